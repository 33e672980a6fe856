package dev.crampguide.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The layering the README promises, held by test: a pure domain core (situation, facts, table, engine) that knows
 * no framework, and thin adapters that do not lean on each other. What two adapters share lives in {@code web}.
 * Plain Jupiter tests over imported classes: ArchUnit's own test engine finds nothing on this JUnit platform.
 */
class LayeringTest {

    static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.crampguide");

    static final String[] CORE = {"dev.crampguide.situation..", "dev.crampguide.facts..", "dev.crampguide.table..",
            "dev.crampguide.engine..", "dev.crampguide.wording..", "dev.crampguide.guide.."};
    static final String[] ADAPTERS = {"dev.crampguide.api..", "dev.crampguide.alexa..", "dev.crampguide.widget..",
            "dev.crampguide.web..", "dev.crampguide.tablefile..", "dev.crampguide.config..", "dev.crampguide.origin..",
            "dev.crampguide.priming.."};
    static final String[] FRAMEWORKS = {"io.quarkus..", "io.vertx..", "io.smallrye..", "io.netty..",
            "com.fasterxml.jackson..", "jakarta..", "org.eclipse.microprofile..", "org.jboss..", "com.amazonaws.."};

    static final ArchRule coreKnowsNoFramework = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain core runs the same in a test, a benchmark, a Lambda or a native image");

    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    static final ArchRule onlyAdaptersTouchTheFramework = noClasses().that().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    static final ArchRule adaptersDoNotLeanOnEachOther = slices()
            .matching("dev.crampguide.(api|alexa|widget)..").should().notDependOnEachOther()
            .because("what two adapters share belongs in dev.crampguide.web");

    static final ArchRule sharedWebCodeServesAllAdapters = noClasses().that().resideInAPackage("dev.crampguide.web..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.crampguide.api..", "dev.crampguide.alexa..",
                    "dev.crampguide.widget..");

    /** Adapters go through the one application service: they never drive the engine or the wording themselves. */
    static final ArchRule adaptersCallOnlyTheGuide = noClasses().that().resideInAnyPackage(ADAPTERS)
            .should().accessClassesThat().belongToAnyOf(dev.crampguide.engine.GuidanceEngine.class,
                    dev.crampguide.wording.Wording.class)
            .because("a situation goes in and an evaluation and its wording come out of dev.crampguide.guide.Guide");

    /** Deciding knows nothing of saying: the engine words nothing. */
    static final ArchRule decidingKnowsNoWording = noClasses().that().resideInAPackage("dev.crampguide.engine..")
            .should().dependOnClassesThat().resideInAPackage("dev.crampguide.wording..");

    /** Only the table's published form reads the table itself; the rest of an adapter asks the guide. */
    static final ArchRule onlyThePublishedTableReadsTheTable = noClasses().that().resideInAnyPackage(ADAPTERS)
            .and().doNotHaveFullyQualifiedName("dev.crampguide.api.TableResponse")
            .and().resideOutsideOfPackage("dev.crampguide.tablefile..")
            .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                    com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                            com.tngtech.archunit.base.DescribedPredicate.describe("the guidance table",
                                    c -> c.isEquivalentTo(dev.crampguide.table.GuidanceTable.class)))));

    /** The lookup arrays an evaluation reads are built by the table compiler's last stage, nowhere else. */
    static final ArchRule onlyTheCompilerBuildsThePlan = noClasses().that()
            .doNotHaveFullyQualifiedName("dev.crampguide.table.TableCompiler")
            .should().callConstructor(dev.crampguide.table.AnswerPlan.class,
                    java.util.Map.class, java.util.List.class, java.util.List.class,
                    dev.crampguide.table.TableDefinition.AdviceAfterDefinition.class);

    @Test
    void adaptersGoThroughTheGuideAndDecidingIsApartFromSaying() {
        adaptersCallOnlyTheGuide.check(MAIN);
        decidingKnowsNoWording.check(MAIN);
        onlyThePublishedTableReadsTheTable.check(MAIN);
        onlyTheCompilerBuildsThePlan.check(MAIN);
    }

    @Test
    void theCoreKnowsNoFrameworkAndNoAdapter() {
        coreKnowsNoFramework.check(MAIN);
        coreKnowsNoAdapter.check(MAIN);
        onlyAdaptersTouchTheFramework.check(MAIN);
    }

    @Test
    void adaptersDoNotLeanOnEachOther() {
        adaptersDoNotLeanOnEachOther.check(MAIN);
        sharedWebCodeServesAllAdapters.check(MAIN);
    }
}
