package dev.crampguide.properties;

import static dev.crampguide.properties.Properties.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.api.ResponseBodies;
import dev.crampguide.wording.Guidance;
import dev.crampguide.guide.Guide;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Reference;
import dev.crampguide.tablefile.TableFile;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Safety properties of the guidance over random situations (1000 tries each by default, see {@link Properties}):
 * what must hold for every answer anyone can get, not just for the examples we thought of.
 */
class GuidanceSafetyPropertiesTest {

    private static final GuidanceTable TABLE = TableFile.loadBundled();
    private static final Guide ENGINE = new Guide(TABLE);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A situation and one warning symptom to add to it. */
    record WithSymptom(Situation situation, Symptom added) {
        static WithSymptom random(Random r) {
            Symptom[] all = Symptom.values();
            return new WithSymptom(RandomSituations.situation(r), all[r.nextInt(all.length)]);
        }

        List<WithSymptom> simpler() {
            return RandomSituations.simpler(situation).stream().map(s -> new WithSymptom(s, added)).toList();
        }
    }

    /**
     * A red flag of the contract: its condition and the least care level it raises there (contract v1.2: levels are
     * minimums, and context may raise them), written from CONTRACT.md and not from the guidance table.
     */
    record ContractFlag(String id, java.util.function.Function<Situation, CareLevel> atLeast, Predicate<Situation> when) {
        ContractFlag(String id, CareLevel careLevel, Predicate<Situation> when) {
            this(id, s -> careLevel, when);
        }
    }

    private static final Set<Symptom> ONE_LEG = EnumSet.of(Symptom.ONE_LEG_SWOLLEN, Symptom.ONE_LEG_RED,
            Symptom.ONE_LEG_WARM, Symptom.ONE_LEG_VERY_TENDER);

    static final List<ContractFlag> CONTRACT_FLAGS = List.of(
            new ContractFlag("clot_with_chest_or_breathing", CareLevel.EMERGENCY,
                    s -> any(s, ONE_LEG) && any(s, EnumSet.of(Symptom.CHEST_PAIN, Symptom.SHORT_OF_BREATH))),
            new ContractFlag("possible_blood_clot", CareLevel.PROMPT_MEDICAL_ADVICE, s -> any(s, ONE_LEG)),
            new ContractFlag("neurological_symptoms", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> any(s, EnumSet.of(Symptom.WEAKNESS, Symptom.NUMBNESS, Symptom.LOSS_OF_COORDINATION))),
            new ContractFlag("after_medication_change", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.factors().contains(Factor.RECENT_MEDICATION_CHANGE)),
            new ContractFlag("possible_circulation_problem", CareLevel.SEE_CLINICIAN,
                    s -> s.symptoms().contains(Symptom.PAIN_WALKING_EASES_WITH_REST)),
            new ContractFlag("possible_nerve_compression", CareLevel.SEE_CLINICIAN,
                    s -> s.symptoms().contains(Symptom.WORSE_WALKING_BETTER_SITTING_OR_BENDING_FORWARD)),
            new ContractFlag("persistent_or_severe", CareLevel.SEE_CLINICIAN,
                    s -> any(s, EnumSet.of(Symptom.SEVERE, Symptom.FREQUENT, Symptom.PROLONGED, Symptom.WORSENING,
                            Symptom.NOT_IMPROVING_WITH_STRETCHING))),
            // contract v1.1 "More warning signs"; the chest flag needs no leg sign (with one, both flags show)
            new ContractFlag("chest_pain_with_breathlessness", CareLevel.EMERGENCY,
                    s -> s.symptoms().containsAll(EnumSet.of(Symptom.CHEST_PAIN, Symptom.SHORT_OF_BREATH))),
            new ContractFlag("sudden_confusion", CareLevel.EMERGENCY, s -> s.symptoms().contains(Symptom.CONFUSION)),
            // the table adds the other sudden stroke signs it asks about (balance, sight) to the contract's two
            new ContractFlag("possible_stroke", CareLevel.EMERGENCY,
                    s -> any(s, EnumSet.of(Symptom.FACE_DROOPING_OR_SLURRED_SPEECH, Symptom.ONE_SIDE_WEAKNESS_OR_NUMBNESS,
                            Symptom.SUDDEN_LOSS_OF_BALANCE_OR_SIGHT))),
            new ContractFlag("possible_cauda_equina", CareLevel.EMERGENCY,
                    s -> s.symptoms().contains(Symptom.SADDLE_NUMBNESS_OR_BLADDER_BOWEL_CHANGE)),
            // "when it follows exercise: long sessions, heat, or large amounts of plain water"; a long session is
            // an hour or more, and confusion after such exercise counts as well as headache or vomiting
            new ContractFlag("possible_low_sodium_or_heat_illness", CareLevel.EMERGENCY,
                    s -> any(s, EnumSet.of(Symptom.HEADACHE_OR_VOMITING, Symptom.CONFUSION)) && demandingExercise(s)),
            new ContractFlag("possible_muscle_breakdown", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.symptoms().contains(Symptom.DARK_URINE)),
            new ContractFlag("possible_low_calcium", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.symptoms().contains(Symptom.TINGLING_AROUND_MOUTH)),
            // contract v1.2 "Every warning sign counts, in every context"
            new ContractFlag("chest_pain_now", CareLevel.EMERGENCY, s -> s.symptoms().contains(Symptom.CHEST_PAIN)),
            new ContractFlag("trouble_breathing", CareLevel.EMERGENCY, s -> s.symptoms().contains(Symptom.SHORT_OF_BREATH)),
            new ContractFlag("possible_heat_stroke", CareLevel.EMERGENCY,
                    s -> any(s, EnumSet.of(Symptom.LOSS_OF_COORDINATION, Symptom.CONFUSION)) && s.exercise().hot()
                            && (s.when() == Onset.EXERCISE || s.when() == Onset.AFTER_EXERCISE)),
            new ContractFlag("possible_blocked_artery", CareLevel.EMERGENCY,
                    s -> s.symptoms().contains(Symptom.COLD_PALE_OR_NUMB_LIMB)),
            new ContractFlag("possible_tetanus", CareLevel.EMERGENCY,
                    s -> s.symptoms().contains(Symptom.WOUND_WITH_STIFF_JAW_OR_SPASMS)),
            new ContractFlag("cramp_not_releasing", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.symptoms().contains(Symptom.CRAMP_WILL_NOT_RELEASE)),
            new ContractFlag("possible_pre_eclampsia", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.factors().contains(Factor.PREGNANCY)
                            && any(s, EnumSet.of(Symptom.VISION_CHANGE_OR_SUDDEN_SWELLING, Symptom.HEADACHE_OR_VOMITING))),
            new ContractFlag("sudden_swelling_or_vision_change", CareLevel.PROMPT_MEDICAL_ADVICE,
                    s -> s.symptoms().contains(Symptom.VISION_CHANGE_OR_SUDDEN_SWELLING)),
            new ContractFlag("possible_rest_pain",
                    s -> s.factors().contains(Factor.VASCULAR_DISEASE) || s.factors().contains(Factor.DIABETES)
                            ? CareLevel.PROMPT_MEDICAL_ADVICE : CareLevel.SEE_CLINICIAN,
                    s -> s.symptoms().contains(Symptom.FOOT_PAIN_AT_REST)));

    /** The symptoms contracts v1.1 and v1.2 add, each at least prompt_medical_advice on its own. */
    static final Set<Symptom> NEW_WARNING_SIGNS = EnumSet.of(Symptom.CONFUSION, Symptom.FACE_DROOPING_OR_SLURRED_SPEECH,
            Symptom.SADDLE_NUMBNESS_OR_BLADDER_BOWEL_CHANGE, Symptom.HEADACHE_OR_VOMITING, Symptom.DARK_URINE,
            Symptom.TINGLING_AROUND_MOUTH, Symptom.ONE_SIDE_WEAKNESS_OR_NUMBNESS, Symptom.COLD_PALE_OR_NUMB_LIMB,
            Symptom.WOUND_WITH_STIFF_JAW_OR_SPASMS, Symptom.CRAMP_WILL_NOT_RELEASE,
            Symptom.VISION_CHANGE_OR_SUDDEN_SWELLING);

    private static boolean demandingExercise(Situation s) {
        var x = s.exercise();
        return x.hot() || x.drinking() == Drinking.LARGE_PLAIN_WATER
                || (x.durationMinutes() != null && x.durationMinutes() >= 60);
    }

    private static boolean any(Situation s, Set<Symptom> symptoms) {
        return s.symptoms().stream().anyMatch(symptoms::contains);
    }

    private static void forAllSituations(java.util.function.Consumer<Situation> property) {
        forAll(RandomSituations::situation, RandomSituations::simpler, property);
    }

    @Test
    void addingAnyWarningSymptomNeverLowersTheCareLevel() {
        forAll(WithSymptom::random, WithSymptom::simpler, p -> {
            CareLevel before = ENGINE.answer(p.situation()).careLevel();
            CareLevel after = ENGINE.answer(p.situation().toBuilder().symptom(p.added()).build()).careLevel();
            assertThat(after).as("care level after adding %s", p.added()).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void addingANewWarningSignNeverLowersTheCareLevelAndNeverLeavesSelfCare() {
        Symptom[] added = NEW_WARNING_SIGNS.toArray(Symptom[]::new);
        forAll(r -> new WithSymptom(RandomSituations.situation(r), added[r.nextInt(added.length)]), WithSymptom::simpler, p -> {
            CareLevel before = ENGINE.answer(p.situation()).careLevel();
            CareLevel after = ENGINE.answer(p.situation().toBuilder().symptom(p.added()).build()).careLevel();
            assertThat(after).as("care level after adding %s", p.added()).isGreaterThanOrEqualTo(before)
                    .isGreaterThanOrEqualTo(CareLevel.PROMPT_MEDICAL_ADVICE);
        });
    }

    /** Every symptom a person can report is a warning sign on its own, whatever else the situation holds. */
    @Test
    void everySymptomRaisesARedFlagInEveryContext() {
        forAll(WithSymptom::random, WithSymptom::simpler, p -> {
            Guidance g = ENGINE.answer(p.situation().toBuilder().symptom(p.added()).build());
            assertThat(g.redFlags()).as("red flags with %s", p.added()).isNotEmpty();
            assertThat(g.careLevel()).isGreaterThan(CareLevel.SELF_CARE);
            assertThat(g.summary() + " " + g.speech().text()).doesNotContain(TABLE.message("lead.self_care"));
        });
    }

    /** When to act is said once, by the care level: nothing a person reads or hears names a slower timeframe. */
    @Test
    void noAnswerNamesATimeframeSlowerThanItsCareLevel() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s, Set.of("urgent_signs", "other_signs", "pattern", "medicines"));
            StringBuilder said = new StringBuilder(g.careLevelTitle()).append(' ').append(g.summary()).append(' ')
                    .append(g.speech().text());
            items(g).forEach(i -> said.append(' ').append(i.title()).append(' ').append(i.text()).append(' ')
                    .append(i.spoken()));
            TABLE.timeframes().forEach((level, words) -> {
                if (CareLevel.valueOf(level.toUpperCase(java.util.Locale.ROOT)).compareTo(g.careLevel()) < 0) {
                    for (String word : words) {
                        assertThat(said.toString()).as("a %s answer names the %s timeframe", g.careLevel(), level)
                                .doesNotContainPattern("(?i)\\b" + java.util.regex.Pattern.quote(word) + "\\b");
                    }
                }
            });
        });
    }

    /** A safety net says when to act if something happens: always at a higher level than the answer's own. */
    @Test
    void safetyNetItemsAlwaysActAboveTheAnswersLevel() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            g.safetyNet().forEach(item -> assertThat(item.careLevel()).as(item.id()).isGreaterThan(g.careLevel()));
        });
    }

    /** Every raised red flag's comfort decision holds: the comfort rows it does not keep are in no answer with it. */
    @Test
    void noAnswerHoldsComfortCareThatItsRedFlagsLeaveOut() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            List<String> ids = g.matchedRowIds();
            for (GuidanceItem flag : g.redFlags()) {
                Set<String> leftOut = TABLE.row(flag.id()).orElseThrow().suppressed();
                assertThat(ids).as("beside %s", flag.id()).noneMatch(leftOut::contains);
            }
        });
    }

    @Test
    void aLegThatMayHoldAClotIsNeverStretchedRubbedWarmedOrMoved() {
        Set<String> handling = tagged("handlesLeg");
        forAllSituations(s -> {
            if (any(s, ONE_LEG)) {
                Guidance g = ENGINE.answer(s);
                assertThat(g.matchedRowIds()).doesNotContainAnyElementsOf(handling);
                handling.forEach(id -> assertThat(g.speech().text()).doesNotContain(TABLE.row(id).orElseThrow().spoken()));
            }
        });
    }

    @Test
    void noAnswerGivesOppositeAdvice() {
        forAllSituations(s -> {
            List<String> ids = ENGINE.answer(s).matchedRowIds();
            for (GuidanceTable.Opposite opposite : TABLE.opposites()) {
                boolean one = expand(opposite.one()).stream().anyMatch(ids::contains);
                boolean other = expand(opposite.other()).stream().anyMatch(ids::contains);
                assertThat(one && other).as("both sides of %s in %s", opposite, ids).isFalse();
            }
        });
    }

    @Test
    void anEmergencyAnswerHoldsOnlyRedFlagsAndProtectiveCautions() {
        Set<String> protective = tagged("protective");
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            if (g.careLevel() == CareLevel.EMERGENCY) {
                List<String> others = new ArrayList<>(g.matchedRowIds());
                g.redFlags().forEach(f -> others.remove(f.id()));
                assertThat(others).isSubsetOf(protective);
            }
        });
    }

    private static Set<String> tagged(String tag) {
        Set<String> ids = new HashSet<>();
        TABLE.rows().stream().filter(r -> r.tags().contains(tag)).forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static Set<String> expand(List<String> entries) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.addAll(e.startsWith("#") ? tagged(e.substring(1)) : Set.of(e)));
        return ids;
    }

    @Test
    void careLevelIsTheMostUrgentRedFlagElseSelfCare() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            CareLevel highest = g.redFlags().stream().map(GuidanceItem::careLevel)
                    .max(CareLevel::compareTo).orElse(CareLevel.SELF_CARE);
            assertThat(g.careLevel()).isEqualTo(highest);
            List<CareLevel> order = g.redFlags().stream().map(GuidanceItem::careLevel).toList();
            assertThat(order).as("red flags most urgent first")
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        });
    }

    /** Where a contract flag's condition holds, it (or a flag it gives way to) is raised, at least as urgently. */
    @Test
    void everyContractRedFlagIsRaisedWheneverItsConditionHolds() {
        forAllSituations(s -> {
            Map<String, CareLevel> raised = redFlags(ENGINE.answer(s));
            for (ContractFlag flag : CONTRACT_FLAGS) {
                if (flag.when().test(s)) {
                    assertThat(standingFor(flag.id(), raised)).as("red flags for a situation meeting the condition of %s: %s",
                            flag.id(), raised).isPresent().get().satisfies(level ->
                            assertThat(level).isGreaterThanOrEqualTo(flag.atLeast().apply(s)));
                }
            }
        });
    }

    /** The level of the flag, or of the raised flag it gave way to (directly or through others). */
    private static java.util.Optional<CareLevel> standingFor(String id, Map<String, CareLevel> raised) {
        if (raised.containsKey(id)) {
            return java.util.Optional.of(raised.get(id));
        }
        for (String next : TABLE.row(id).orElseThrow().givesWayTo()) {
            java.util.Optional<CareLevel> level = standingFor(next, raised);
            if (level.isPresent()) {
                return level;
            }
        }
        return java.util.Optional.empty();
    }

    /** The converse: no false alarms from the contract's own flags (the table may add further flags of its own). */
    @Test
    void noContractRedFlagIsRaisedWithoutItsCondition() {
        forAllSituations(s -> {
            Map<String, CareLevel> raised = redFlags(ENGINE.answer(s));
            for (ContractFlag flag : CONTRACT_FLAGS) {
                if (!flag.when().test(s)) {
                    assertThat(raised).as("red flags without the condition of %s", flag.id()).doesNotContainKey(flag.id());
                }
            }
        });
    }

    @Test
    void everyItemCitesListedReferencesAndOnlyCitedOnesAreListed() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            Set<String> cited = new HashSet<>();
            for (GuidanceItem item : items(g)) {
                assertThat(item.references()).as("references of %s", item.id()).isNotEmpty();
                cited.addAll(item.references());
            }
            List<String> listed = g.references().stream().map(Reference::id).toList();
            assertThat(listed).as("references").doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(cited);
        });
    }

    /**
     * The second engine's table went through every stage and proof, the first (as at start-up) only through the
     * stages that build it, the build having checked and proved the same bytes: both must answer alike.
     */
    @Test
    void theSameSituationAlwaysGivesTheSameResponseBytes() {
        Guide second = new Guide(TableFile.proveBundled());
        assertThat(second.tableVersion()).isEqualTo(ENGINE.tableVersion());
        forAllSituations(s -> {
            byte[] first = bytes(ENGINE.answer(s));
            byte[] again = bytes(ENGINE.answer(s.toBuilder().build()));
            byte[] otherEngine = bytes(second.answer(s));
            assertThat(again).as("same engine, second evaluation").isEqualTo(first);
            assertThat(otherEngine).as("a second engine over the same table, checked and proved at load").isEqualTo(first);
        });
    }

    @Test
    void speechIsShortAndLeadsWithTheCareLevelsLeadSentence() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            String text = g.speech().text();
            assertThat(text.trim().split("\\s+")).as("words of: %s", text).hasSizeLessThanOrEqualTo(90);
            // nothing answered yet: a self-care answer says the safety check comes first
            String lead = TABLE.message(!g.screened() && g.careLevel() == CareLevel.SELF_CARE ? "lead.advice_held"
                    : "lead." + g.careLevel().id());
            assertThat(text).startsWith(lead);
            assertThat(g.speech().ssml()).startsWith("<speak>").endsWith("</speak>");
            assertThat(g.summary()).startsWith(lead);
        });
    }

    /** No self-care advice before the urgent warning signs are asked about: only warnings and protective cautions. */
    @Test
    void noAdviceBeforeTheUrgentCheck() {
        Set<String> protective = tagged("protective");
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s, Set.of());
            assertThat(g.immediateSteps()).isEmpty();
            assertThat(g.prevention()).isEmpty();
            assertThat(g.likelyTriggers()).isEmpty();
            assertThat(g.cautions()).extracting(GuidanceItem::id).isSubsetOf(protective);
            TABLE.rows().stream().filter(r -> r.section() == dev.crampguide.table.Section.IMMEDIATE_STEPS)
                    .forEach(r -> assertThat(g.speech().text()).doesNotContain(r.spoken()));
        });
    }

    @Test
    void untilScreenedNoAnswerIsCalledSelfCare() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            if (g.careLevel() != CareLevel.EMERGENCY) {
                assertThat(g.screened()).isFalse();
                assertThat(g.questions()).extracting(q -> q.id()).first().isEqualTo("urgent_signs");
                assertThat(g.summary() + " " + g.speech().text() + " " + g.careLevelTitle())
                        .doesNotContain(TABLE.message("lead.self_care"))
                        .doesNotContain(TABLE.message("title.self_care"))
                        .contains("so far");
            } else {
                assertThat(g.screened()).isTrue();
                assertThat(g.questions()).isEmpty();
            }
        });
    }

    @Test
    void immediateStepsOnlyWhileCrampingLockedOrSore() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            if (!s.crampingNow() && !s.stillLocked() && !s.soreAfterwards()) {
                assertThat(g.immediateSteps()).extracting(GuidanceItem::id).isEmpty();
            }
        });
    }

    @Test
    void everyAnswerCarriesTheDisclaimerAndTableVersion() {
        forAllSituations(s -> {
            Guidance g = ENGINE.answer(s);
            assertThat(g.disclaimer()).isEqualTo(TABLE.disclaimer()).isNotBlank();
            assertThat(g.tableVersion()).isEqualTo(TABLE.version()).isNotBlank();
        });
    }

    private static Map<String, CareLevel> redFlags(Guidance g) {
        Map<String, CareLevel> out = new LinkedHashMap<>();
        g.redFlags().forEach(f -> out.put(f.id(), f.careLevel()));
        return out;
    }

    private static List<GuidanceItem> items(Guidance g) {
        List<GuidanceItem> all = new ArrayList<>();
        Stream.of(g.redFlags(), g.safetyNet(), g.likelyTriggers(), g.immediateSteps(), g.prevention(), g.cautions())
                .forEach(all::addAll);
        return all;
    }

    private static byte[] bytes(Guidance g) {
        try {
            return JSON.writeValueAsBytes(ResponseBodies.of(g));
        } catch (Exception e) {
            throw new AssertionError("response does not serialise", e);
        }
    }
}
