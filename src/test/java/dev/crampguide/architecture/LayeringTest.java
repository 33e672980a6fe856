package dev.crampguide.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering the README promises, held by test: a pure domain core (situation, facts, table, engine) that knows
 * no framework, and thin adapters that do not lean on each other. What two adapters share lives in {@code web}.
 */
@AnalyzeClasses(packages = "dev.crampguide", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    static final String[] CORE = {"dev.crampguide.situation..", "dev.crampguide.facts..", "dev.crampguide.table..",
            "dev.crampguide.engine.."};
    static final String[] ADAPTERS = {"dev.crampguide.api..", "dev.crampguide.alexa..", "dev.crampguide.widget..",
            "dev.crampguide.web..", "dev.crampguide.tablefile..", "dev.crampguide.config.."};
    static final String[] FRAMEWORKS = {"io.quarkus..", "io.vertx..", "io.smallrye..", "io.netty..",
            "com.fasterxml.jackson..", "jakarta..", "org.eclipse.microprofile..", "org.jboss..", "com.amazonaws.."};

    @ArchTest
    static final ArchRule coreKnowsNoFramework = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
            .because("the domain core runs the same in a test, a benchmark, a Lambda or a native image");

    @ArchTest
    static final ArchRule coreKnowsNoAdapter = noClasses().that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(ADAPTERS);

    @ArchTest
    static final ArchRule onlyAdaptersTouchTheFramework = noClasses().that().resideOutsideOfPackages(ADAPTERS)
            .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS);

    @ArchTest
    static final ArchRule adaptersDoNotLeanOnEachOther = slices()
            .matching("dev.crampguide.(api|alexa|widget)..").should().notDependOnEachOther()
            .because("what two adapters share belongs in dev.crampguide.web");

    @ArchTest
    static final ArchRule sharedWebCodeServesAllAdapters = noClasses().that().resideInAPackage("dev.crampguide.web..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.crampguide.api..", "dev.crampguide.alexa..",
                    "dev.crampguide.widget..");
}
