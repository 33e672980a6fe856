package dev.crampguide.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Drinking;
import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Exercise;
import dev.crampguide.wording.Guidance;
import dev.crampguide.wording.Speech;
import dev.crampguide.wording.Wording;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Witnesses;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import dev.crampguide.tablefile.ContractIds;
import dev.crampguide.tablefile.TableFile;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The engine over the real table, without Quarkus: what a person would notice in the answers. */
class GuidanceEngineTest {

    static final GuidanceTable TABLE = TableFile.loadBundled();
    static final Guide ENGINE = new Guide(TABLE);
    /** Most tests look at the advice, which comes once the urgent warning signs have been asked about. */
    static final Set<String> AFTER_URGENT_CHECK = Set.of("urgent_signs");

    static Guidance answer(Situation situation) {
        return ENGINE.answer(situation, AFTER_URGENT_CHECK);
    }

    static Exercise exercise(boolean hot, boolean sweating, Integer minutes, Drinking drinking) {
        return Exercise.builder().hot(hot).heavySweating(sweating).durationMinutes(minutes).drinking(drinking).build();
    }

    /** Situations people actually describe; together they produce every id the contract names. */
    static final Map<String, Situation> REALISTIC = new LinkedHashMap<>();

    static {
        REALISTIC.put("runner, calf cramp late in a hot race", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.EXERCISE).crampingNow(true)
                .exercise(Exercise.builder().hot(true).heavySweating(true).durationMinutes(95).harderThanTrained(true)
                        .drinking(Drinking.PLAIN_WATER).build())
                .factor(Factor.ALCOHOL).considering(Remedy.MAGNESIUM).age(67).build());
        REALISTIC.put("night calf cramps, asking about magnesium", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.NIGHT).recurring(true).considering(Remedy.MAGNESIUM, Remedy.QUININE).age(45).build());
        REALISTIC.put("one swollen warm calf", Situation.builder().muscle(Muscle.CALF).when(Onset.REST)
                .symptom(Symptom.ONE_LEG_SWOLLEN, Symptom.ONE_LEG_WARM).build());
        REALISTIC.put("swollen leg and short of breath", Situation.builder().muscle(Muscle.CALF)
                .symptom(Symptom.ONE_LEG_SWOLLEN, Symptom.SHORT_OF_BREATH).build());
        REALISTIC.put("calf pain on walking that eases with rest", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.WALKING).symptom(Symptom.PAIN_WALKING_EASES_WITH_REST).age(71).build());
        REALISTIC.put("legs worse walking, better bending forward", Situation.builder().muscle(Muscle.THIGH)
                .when(Onset.WALKING).symptom(Symptom.WORSE_WALKING_BETTER_SITTING_OR_BENDING_FORWARD).build());
        REALISTIC.put("numb weak hamstring, frequent", Situation.builder().muscle(Muscle.HAMSTRING)
                .symptom(Symptom.NUMBNESS, Symptom.WEAKNESS, Symptom.FREQUENT).build());
        REALISTIC.put("new blood pressure tablets", Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .factor(Factor.MEDICATION, Factor.RECENT_MEDICATION_CHANGE).build());
        REALISTIC.put("sore hamstring after a long hilly hike", Situation.builder().muscle(Muscle.HAMSTRING)
                .when(Onset.AFTER_EXERCISE).soreAfterwards(true)
                .exercise(Exercise.builder().durationMinutes(240).recentLoadIncrease(true).hillsOrDownhill(true)
                        .newShoes(true).drinking(Drinking.LARGE_PLAIN_WATER).build())
                .considering(Remedy.PLAIN_WATER).build());
        REALISTIC.put("hamstring seizing near the end of a long hike", Situation.builder().muscle(Muscle.HAMSTRING)
                .when(Onset.EXERCISE).crampingNow(true).exercise(exercise(false, true, 300, Drinking.ELECTROLYTE_DRINK))
                .build());
        REALISTIC.put("thigh locked during a comeback football match", Situation.builder().muscle(Muscle.THIGH)
                .when(Onset.EXERCISE).crampingNow(true).stillLocked(true).recurring(true)
                .exercise(Exercise.builder().hot(true).durationMinutes(70).returningAfterBreak(true)
                        .repetitiveMovement(true).build())
                .considering(Remedy.ICE).build());
        REALISTIC.put("foot cramp in bed right now", Situation.builder().muscle(Muscle.FOOT).when(Onset.NIGHT)
                .crampingNow(true).considering(Remedy.STRETCHING, Remedy.HEAT).build());
        REALISTIC.put("writer's hand cramp", Situation.builder().muscle(Muscle.HAND).when(Onset.REST)
                .crampingNow(true).build());
        REALISTIC.put("dialysis patient with recurring cramps", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.REST).recurring(true).factor(Factor.DIALYSIS, Factor.KIDNEY_DISEASE)
                .considering(Remedy.MAGNESIUM).build());
        REALISTIC.put("stomach bug, cramps after sitting all day", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.REST).factor(Factor.ILLNESS_FLUID_LOSS, Factor.LONG_SITTING, Factor.GI_DISEASE)
                .considering(Remedy.ELECTROLYTE_DRINK).build());
        REALISTIC.put("short cool jog, asking about sports drinks", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.EXERCISE).soreAfterwards(true).considering(Remedy.ELECTROLYTE_DRINK)
                .exercise(exercise(false, false, 30, Drinking.PLAIN_WATER)).build());
        REALISTIC.put("pregnant, calf cramps at night", Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .factor(Factor.PREGNANCY).build());
        REALISTIC.put("chest pain and short of breath at rest", Situation.builder().when(Onset.REST)
                .symptom(Symptom.CHEST_PAIN, Symptom.SHORT_OF_BREATH).build());
        REALISTIC.put("night calf cramp now, one leg swollen, thinking of heat and stretching", Situation.builder()
                .muscle(Muscle.CALF).when(Onset.NIGHT).crampingNow(true).stillLocked(true).recurring(true)
                .symptom(Symptom.ONE_LEG_SWOLLEN).considering(Remedy.HEAT, Remedy.STRETCHING).build());
        REALISTIC.put("hot 40-minute session on plain water", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.EXERCISE).crampingNow(true).exercise(exercise(true, false, 40, Drinking.PLAIN_WATER)).build());
        REALISTIC.put("confused after a three-hour hot run", Situation.builder().when(Onset.AFTER_EXERCISE)
                .exercise(exercise(true, true, 180, Drinking.LARGE_PLAIN_WATER)).symptom(Symptom.CONFUSION).build());
        REALISTIC.put("headache and vomiting after a marathon on lots of water", Situation.builder()
                .when(Onset.AFTER_EXERCISE).exercise(exercise(false, false, 240, Drinking.LARGE_PLAIN_WATER))
                .symptom(Symptom.HEADACHE_OR_VOMITING).build());
        REALISTIC.put("face drooping with a hand cramp", Situation.builder().muscle(Muscle.HAND).crampingNow(true)
                .symptom(Symptom.FACE_DROOPING_OR_SLURRED_SPEECH).build());
        REALISTIC.put("back-related leg pain with saddle numbness", Situation.builder().muscle(Muscle.THIGH)
                .when(Onset.WALKING).symptom(Symptom.WORSE_WALKING_BETTER_SITTING_OR_BENDING_FORWARD,
                        Symptom.SADDLE_NUMBNESS_OR_BLADDER_BOWEL_CHANGE).build());
        REALISTIC.put("dark urine after a hard gym session", Situation.builder().muscle(Muscle.THIGH)
                .when(Onset.AFTER_EXERCISE).soreAfterwards(true).symptom(Symptom.DARK_URINE)
                .exercise(Exercise.builder().heavySweating(true).durationMinutes(90).harderThanTrained(true)
                        .recentLoadIncrease(true).repetitiveMovement(true).build()).build());
        REALISTIC.put("tingling lips with hand spasms", Situation.builder().muscle(Muscle.HAND).crampingNow(true)
                .symptom(Symptom.TINGLING_AROUND_MOUTH).build());
        REALISTIC.put("pregnant, asking about magnesium", Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .factor(Factor.PREGNANCY).considering(Remedy.MAGNESIUM).build());
        REALISTIC.put("kidney disease at 70, night cramps", Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .factor(Factor.KIDNEY_DISEASE).age(70).build());
        REALISTIC.put("short easy run, asking about plain water", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.EXERCISE).exercise(exercise(false, false, 30, Drinking.PLAIN_WATER))
                .considering(Remedy.PLAIN_WATER).build());
        REALISTIC.put("nothing said", Situation.EMPTY);
        // contract v1.2: every warning sign counts on its own
        REALISTIC.put("newly confused at 84 with night cramps", Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .symptom(Symptom.CONFUSION).age(84).build());
        REALISTIC.put("chest pain on its own", Situation.builder().when(Onset.REST).symptom(Symptom.CHEST_PAIN).build());
        REALISTIC.put("breathless on its own", Situation.builder().when(Onset.NIGHT).symptom(Symptom.SHORT_OF_BREATH).build());
        REALISTIC.put("arm went weak on one side", Situation.builder().muscle(Muscle.HAND).crampingNow(true)
                .symptom(Symptom.ONE_SIDE_WEAKNESS_OR_NUMBNESS).build());
        REALISTIC.put("clumsy after a hot run", Situation.builder().muscle(Muscle.CALF).when(Onset.AFTER_EXERCISE)
                .exercise(exercise(true, true, 45, Drinking.PLAIN_WATER)).symptom(Symptom.LOSS_OF_COORDINATION).build());
        REALISTIC.put("cold pale foot with a calf cramp", Situation.builder().muscle(Muscle.CALF).crampingNow(true)
                .symptom(Symptom.COLD_PALE_OR_NUMB_LIMB).build());
        REALISTIC.put("stiff jaw after stepping on a nail", Situation.builder().muscle(Muscle.OTHER)
                .symptom(Symptom.WOUND_WITH_STIFF_JAW_OR_SPASMS).build());
        REALISTIC.put("calf locked for fifteen minutes", Situation.builder().muscle(Muscle.CALF).crampingNow(true)
                .stillLocked(true).symptom(Symptom.CRAMP_WILL_NOT_RELEASE).build());
        REALISTIC.put("pregnant with blurred vision and night cramps", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.NIGHT).factor(Factor.PREGNANCY).symptom(Symptom.VISION_CHANGE_OR_SUDDEN_SWELLING).build());
        REALISTIC.put("swollen hands and a hand cramp", Situation.builder().muscle(Muscle.HAND)
                .symptom(Symptom.VISION_CHANGE_OR_SUDDEN_SWELLING).build());
        REALISTIC.put("diabetic foot pain in bed", Situation.builder().muscle(Muscle.FOOT).when(Onset.NIGHT)
                .factor(Factor.DIABETES).symptom(Symptom.FOOT_PAIN_AT_REST).age(72).build());
        REALISTIC.put("pregnant with a bad headache at night", Situation.builder().muscle(Muscle.CALF)
                .when(Onset.NIGHT).factor(Factor.PREGNANCY).symptom(Symptom.HEADACHE_OR_VOMITING).build());
    }

    static Stream<Arguments> realistic() {
        return REALISTIC.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void everyContractIdIsProducedByARealisticSituation() {
        Set<String> produced = new HashSet<>();
        REALISTIC.values().forEach(s -> produced.addAll(answer(s).matchedRowIds()));
        ContractIds.BY_SECTION.values().forEach(ids -> assertThat(produced).containsAll(ids));
    }

    @Test
    void everyRowIsReachableAndItsExampleProducesIt() {
        for (Row row : TABLE.rows()) {
            Situation example = Witnesses.exampleFor(TABLE, row).orElseThrow(() -> new AssertionError(row.id() + " unreachable"));
            assertThat(answer(example).matchedRowIds()).as(row.id()).contains(row.id());
        }
    }

    @Test
    void eachRedFlagGivesItsCareLevel() {
        Map<Symptom, CareLevel> bySymptom = new LinkedHashMap<>();
        for (Symptom s : List.of(Symptom.ONE_LEG_SWOLLEN, Symptom.ONE_LEG_RED, Symptom.ONE_LEG_WARM, Symptom.ONE_LEG_VERY_TENDER,
                Symptom.WEAKNESS, Symptom.NUMBNESS, Symptom.LOSS_OF_COORDINATION)) {
            bySymptom.put(s, CareLevel.PROMPT_MEDICAL_ADVICE);
        }
        bySymptom.put(Symptom.PAIN_WALKING_EASES_WITH_REST, CareLevel.SEE_CLINICIAN);
        bySymptom.put(Symptom.WORSE_WALKING_BETTER_SITTING_OR_BENDING_FORWARD, CareLevel.SEE_CLINICIAN);
        for (Symptom s : List.of(Symptom.SEVERE, Symptom.FREQUENT, Symptom.PROLONGED, Symptom.WORSENING,
                Symptom.NOT_IMPROVING_WITH_STRETCHING)) {
            bySymptom.put(s, CareLevel.SEE_CLINICIAN);
        }
        bySymptom.forEach((symptom, level) -> assertThat(
                answer(Situation.builder().symptom(symptom).build()).careLevel()).as(symptom.id()).isEqualTo(level));
        assertThat(answer(Situation.builder().factor(Factor.RECENT_MEDICATION_CHANGE).build()).careLevel())
                .isEqualTo(CareLevel.PROMPT_MEDICAL_ADVICE);
        for (Symptom leg : List.of(Symptom.ONE_LEG_SWOLLEN, Symptom.ONE_LEG_RED, Symptom.ONE_LEG_WARM, Symptom.ONE_LEG_VERY_TENDER)) {
            for (Symptom chest : List.of(Symptom.CHEST_PAIN, Symptom.SHORT_OF_BREATH)) {
                Guidance g = answer(Situation.builder().symptom(leg, chest).build());
                assertThat(g.careLevel()).isEqualTo(CareLevel.EMERGENCY);
                assertThat(g.redFlags().get(0).id()).isEqualTo("clot_with_chest_or_breathing");
                assertThat(g.summary()).startsWith("Call your local emergency number now.");
                assertThat(g.speech().text()).startsWith("Call your local emergency number now.");
            }
        }
    }

    @Test
    void noWarningSignMeansSelfCareWithNoRedFlags() {
        Guidance g = answer(REALISTIC.get("runner, calf cramp late in a hot race"));
        assertThat(g.careLevel()).isEqualTo(CareLevel.SELF_CARE);
        assertThat(g.redFlags()).isEmpty();
    }

    /** Every situation we can think of, plus every row's example, plus random ones: the property corpus. */
    static List<Situation> corpus() {
        List<Situation> all = new ArrayList<>(REALISTIC.values());
        TABLE.rows().forEach(r -> Witnesses.exampleFor(TABLE, r).ifPresent(all::add));
        Random random = new Random(20261127);
        for (int i = 0; i < 1500; i++) {
            all.add(randomSituation(random));
        }
        return all;
    }

    static Situation randomSituation(Random r) {
        Situation.Builder b = Situation.builder()
                .muscle(r.nextInt(7) == 0 ? null : Muscle.values()[r.nextInt(Muscle.values().length)])
                .when(r.nextInt(6) == 0 ? null : Onset.values()[r.nextInt(Onset.values().length)])
                .crampingNow(r.nextBoolean()).stillLocked(r.nextInt(4) == 0).soreAfterwards(r.nextInt(3) == 0)
                .recurring(r.nextBoolean()).age(r.nextInt(4) == 0 ? null : r.nextInt(100))
                .exercise(Exercise.builder().hot(r.nextBoolean()).heavySweating(r.nextBoolean())
                        .durationMinutes(r.nextInt(3) == 0 ? null : r.nextInt(300)).harderThanTrained(r.nextBoolean())
                        .recentLoadIncrease(r.nextBoolean()).hillsOrDownhill(r.nextBoolean())
                        .returningAfterBreak(r.nextBoolean()).repetitiveMovement(r.nextBoolean())
                        .newShoes(r.nextBoolean())
                        .drinking(r.nextInt(5) == 0 ? null : Drinking.values()[r.nextInt(Drinking.values().length)])
                        .build());
        for (Factor f : Factor.values()) {
            if (r.nextInt(8) == 0) b.factor(f);
        }
        for (Symptom s : Symptom.values()) {
            if (r.nextInt(10) == 0) b.symptom(s);
        }
        for (Remedy m : Remedy.values()) {
            if (r.nextInt(5) == 0) b.considering(m);
        }
        return b.build();
    }

    @Test
    void addingAnyWarningSymptomOrFactorNeverLowersTheCareLevel() {
        for (Situation s : corpus()) {
            CareLevel before = answer(s).careLevel();
            for (Symptom symptom : Symptom.values()) {
                assertThat(answer(s.toBuilder().symptom(symptom).build()).careLevel())
                        .as("adding %s to %s", symptom.id(), s).isGreaterThanOrEqualTo(before);
            }
            for (Factor factor : Factor.values()) {
                assertThat(answer(s.toBuilder().factor(factor).build()).careLevel())
                        .as("adding %s to %s", factor.id(), s).isGreaterThanOrEqualTo(before);
            }
        }
    }

    /** The care level's lead sentence; until screened, a self-care answer leads with the "so far" sentence. */
    static String lead(Guidance g) {
        return TABLE.message(!g.screened() && g.careLevel() == CareLevel.SELF_CARE ? "lead.so_far" : "lead." + g.careLevel().id());
    }

    @Test
    void everyAnswerKeepsTheContractRules() {
        for (Situation s : corpus()) {
            Guidance g = answer(s);
            CareLevel most = g.redFlags().stream().map(GuidanceItem::careLevel).max(CareLevel::compareTo).orElse(CareLevel.SELF_CARE);
            assertThat(g.careLevel()).isEqualTo(most);
            assertThat(g.disclaimer()).isNotBlank();
            assertThat(g.tableVersion()).isEqualTo(TABLE.version());
            assertThat(Speech.words(g.speech().text())).isLessThanOrEqualTo(Wording.MAX_SPOKEN_WORDS);
            assertThat(g.speech().text()).startsWith(lead(g));
            assertThat(g.summary()).startsWith(lead(g));
            if (!g.redFlags().isEmpty()) {
                assertThat(g.speech().text()).contains(g.redFlags().get(0).spoken());
                assertThat(g.summary()).endsWith(g.redFlags().get(0).spoken());
            }
            assertThat(g.speech().ssml()).startsWith("<speak>").endsWith("</speak>").doesNotContain("&&");
            if (!s.crampingNow() && !s.stillLocked() && !s.soreAfterwards()) {
                assertThat(g.immediateSteps()).isEmpty();
            }

            Set<String> cited = new HashSet<>();
            List<List<GuidanceItem>> sections = List.of(g.redFlags(), g.safetyNet(), g.likelyTriggers(),
                    g.immediateSteps(), g.prevention(), g.cautions());
            FactSet facts = TABLE.catalog().factsOf(s);
            for (int i = 0; i < sections.size(); i++) {
                List<GuidanceItem> items = sections.get(i);
                List<Row> order = TABLE.rows(Section.values()[i]);
                for (int k = 0; k < items.size(); k++) {
                    GuidanceItem item = items.get(k);
                    assertThat(item.references()).isNotEmpty();
                    cited.addAll(item.references());
                    for (String fact : item.because()) {
                        assertThat(facts.contains(TABLE.catalog().indexOf(fact).getAsInt())).as(fact).isTrue();
                    }
                    if (k > 0) {
                        assertThat(order.indexOf(TABLE.row(item.id()).orElseThrow()))
                                .isGreaterThan(order.indexOf(TABLE.row(items.get(k - 1).id()).orElseThrow()));
                    }
                }
            }
            assertThat(g.references()).extracting(Reference::id).containsExactlyInAnyOrderElementsOf(cited);
            List<String> tableOrder = TABLE.references().stream().map(Reference::id).filter(cited::contains).toList();
            assertThat(g.references()).extracting(Reference::id).containsExactlyElementsOf(tableOrder);
        }
    }

    @Test
    void redFlagsComeMostUrgentFirst() {
        Guidance g = answer(Situation.builder().symptom(Symptom.FREQUENT, Symptom.NUMBNESS,
                Symptom.ONE_LEG_RED, Symptom.CHEST_PAIN, Symptom.PAIN_WALKING_EASES_WITH_REST).build());
        // chest_pain_now and possible_blood_clot give way to the flag that says both, at least as urgently
        assertThat(g.redFlags()).extracting(GuidanceItem::id).containsExactly("clot_with_chest_or_breathing",
                "neurological_symptoms", "possible_circulation_problem", "persistent_or_severe");
    }

    @Test
    void immediateStepsComeInTheOrderToDoThem() {
        Guidance g = answer(Situation.builder().muscle(Muscle.CALF).crampingNow(true).stillLocked(true).build());
        assertThat(g.immediateSteps()).extracting(GuidanceItem::id).containsExactly("stop_and_breathe",
                "lengthen_calf", "hold_and_repeat", "massage", "warmth_if_locked", "gentle_movement");
        assertThat(g.immediateSteps().get(1).because()).containsExactly("crampingNow", "stillLocked", "muscle:calf");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realistic")
    void comfortAdviceNeverPrecedesAWarningInSpeech(String name, Situation situation) {
        Guidance g = answer(situation);
        String speech = g.speech().text();
        for (GuidanceItem flag : g.redFlags()) {
            for (GuidanceItem step : g.immediateSteps()) {
                if (speech.contains(step.spoken())) {
                    assertThat(speech.indexOf(flag.spoken())).isLessThan(speech.indexOf(step.spoken()));
                }
            }
        }
        if (g.careLevel() == CareLevel.EMERGENCY) {
            g.immediateSteps().forEach(step -> assertThat(speech).doesNotContain(step.spoken()));
        }
    }

    @Test
    void evaluationIsDeterministic() {
        for (Situation s : REALISTIC.values()) {
            assertThat(answer(s)).isEqualTo(answer(s));
        }
    }

    // ---- the clinical safety review: each finding, in the situation where it was found ----------------------

    private static Set<String> tagged(String tag) {
        Set<String> ids = new HashSet<>();
        TABLE.rows().stream().filter(r -> r.tags().contains(tag)).forEach(r -> ids.add(r.id()));
        return ids;
    }

    private static List<GuidanceItem> nonFlagItems(Guidance g) {
        List<GuidanceItem> all = new ArrayList<>();
        Stream.of(g.likelyTriggers(), g.immediateSteps(), g.prevention(), g.cautions()).forEach(all::addAll);
        return all;
    }

    @Test
    void chestPainWithBreathlessnessAtRestIsAnEmergencyWithNothingElseSaid() {
        Guidance g = answer(REALISTIC.get("chest pain and short of breath at rest"));
        assertThat(g.careLevel()).isEqualTo(CareLevel.EMERGENCY);
        assertThat(g.redFlags().get(0).id()).isEqualTo("chest_pain_with_breathlessness");
        assertThat(nonFlagItems(g)).isEmpty();
        assertThat(g.speech().text()).startsWith("Call your local emergency number now.")
                .doesNotContain("ankle circles", "thirsty");
    }

    @Test
    void aClotSignRemovesEveryStretchWalkHeatAndMassageItemFromEverySectionAndFromSpeech() {
        Set<String> handling = tagged("handlesLeg");
        assertThat(handling).contains("bedtime_stretch_routine", "ankle_circles_short_walk", "dont_force_stretch",
                "warmth_if_locked", "massage", "lengthen_calf", "gentle_movement", "match_heat_or_ice");
        Guidance found = answer(REALISTIC.get("night calf cramp now, one leg swollen, thinking of heat and stretching"));
        assertThat(found.matchedRowIds()).contains("possible_blood_clot", "dont_rub_possible_clot")
                .doesNotContainAnyElementsOf(handling);
        for (Situation s : corpus()) {
            Situation withSign = s.toBuilder().symptom(Symptom.ONE_LEG_RED).build();
            Guidance g = answer(withSign);
            assertThat(g.matchedRowIds()).as("%s", withSign).doesNotContainAnyElementsOf(handling);
            for (String id : handling) {
                String spoken = TABLE.row(id).orElseThrow().spoken();
                assertThat(g.speech().text()).as("speech for %s", withSign).doesNotContain(spoken);
                assertThat(g.summary()).as("summary for %s", withSign).doesNotContain(spoken);
            }
        }
    }

    @Test
    void noAnswerHoldsBothSidesOfADeclaredOpposite() {
        for (Situation s : corpus()) {
            List<String> ids = answer(s).matchedRowIds();
            for (GuidanceTable.Opposite opposite : TABLE.opposites()) {
                boolean one = expand(opposite.one()).stream().anyMatch(ids::contains);
                boolean other = expand(opposite.other()).stream().anyMatch(ids::contains);
                assertThat(one && other).as("%s in %s for %s", opposite, ids, s).isFalse();
            }
        }
    }

    static Set<String> expand(List<String> entries) {
        Set<String> ids = new HashSet<>();
        entries.forEach(e -> ids.addAll(e.startsWith("#") ? tagged(e.substring(1)) : Set.of(e)));
        return ids;
    }

    @Test
    void emergencyAnswersCarryOnlyProtectiveItemsInEverySection() {
        Set<String> protective = tagged("protective");
        int emergencies = 0;
        for (Situation s : corpus()) {
            Guidance g = answer(s);
            if (g.careLevel() == CareLevel.EMERGENCY) {
                emergencies++;
                assertThat(nonFlagItems(g)).extracting(GuidanceItem::id).as("%s", s).isSubsetOf(protective);
            }
        }
        assertThat(emergencies).isGreaterThan(10);
        Guidance clotAndBreath = answer(REALISTIC.get("swollen leg and short of breath"));
        assertThat(nonFlagItems(clotAndBreath)).extracting(GuidanceItem::id).containsExactly("dont_rub_possible_clot");
    }

    @Test
    void promptAnswersLeadWithTheRedFlagsAndDropEverydayPrevention() {
        Set<String> general = tagged("general");
        for (Situation s : corpus()) {
            Guidance g = answer(s);
            if (g.careLevel().compareTo(CareLevel.PROMPT_MEDICAL_ADVICE) >= 0) {
                assertThat(g.matchedRowIds()).as("%s", s).doesNotContainAnyElementsOf(general);
                assertThat(g.summary()).endsWith(g.redFlags().get(0).spoken());
            }
        }
        assertThat(answer(Situation.builder().symptom(Symptom.NUMBNESS).build()).prevention()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("newWarningSigns")
    void eachNewWarningSignEscalatesAsTheContractSays(String flag, CareLevel level, Situation situation) {
        Guidance g = answer(situation);
        assertThat(g.redFlags()).extracting(GuidanceItem::id).contains(flag);
        assertThat(g.careLevel()).isGreaterThanOrEqualTo(level);
        assertThat(g.redFlags().stream().filter(f -> f.id().equals(flag)).findFirst().orElseThrow().careLevel())
                .isGreaterThanOrEqualTo(level);
        if (level == CareLevel.EMERGENCY) {
            assertThat(g.speech().text()).startsWith("Call your local emergency number now.");
        }
    }

    static Stream<Arguments> newWarningSigns() {
        return Stream.of(
                Arguments.of("chest_pain_with_breathlessness", CareLevel.EMERGENCY,
                        Situation.builder().symptom(Symptom.CHEST_PAIN, Symptom.SHORT_OF_BREATH).build()),
                Arguments.of("sudden_confusion", CareLevel.EMERGENCY, Situation.builder().symptom(Symptom.CONFUSION).build()),
                Arguments.of("possible_stroke", CareLevel.EMERGENCY,
                        Situation.builder().symptom(Symptom.FACE_DROOPING_OR_SLURRED_SPEECH).build()),
                Arguments.of("possible_cauda_equina", CareLevel.EMERGENCY,
                        Situation.builder().symptom(Symptom.SADDLE_NUMBNESS_OR_BLADDER_BOWEL_CHANGE).build()),
                Arguments.of("possible_low_sodium_or_heat_illness", CareLevel.EMERGENCY,
                        REALISTIC.get("headache and vomiting after a marathon on lots of water")),
                Arguments.of("possible_low_sodium_or_heat_illness", CareLevel.EMERGENCY,
                        REALISTIC.get("confused after a three-hour hot run")),
                Arguments.of("possible_low_sodium_or_heat_illness", CareLevel.EMERGENCY, Situation.builder()
                        .exercise(exercise(true, false, 20, null)).symptom(Symptom.HEADACHE_OR_VOMITING).build()),
                Arguments.of("possible_muscle_breakdown", CareLevel.PROMPT_MEDICAL_ADVICE,
                        REALISTIC.get("dark urine after a hard gym session")),
                Arguments.of("possible_low_calcium", CareLevel.PROMPT_MEDICAL_ADVICE,
                        REALISTIC.get("tingling lips with hand spasms")));
    }

    @Test
    void theEmptySituationAsksForMoreInsteadOfGivingTips() {
        Guidance g = answer(Situation.EMPTY);
        assertThat(g.matchedRowIds()).isEmpty();
        assertThat(g.speech().text()).contains(TABLE.message("general"));
        assertThat(g.summary()).endsWith(TABLE.message("general"));
    }

    @Test
    void drinkingToThirstOnlyWhereItFitsAndNeverBesidePlainWaterWarnings() {
        assertThat(answer(REALISTIC.get("hot 40-minute session on plain water")).matchedRowIds())
                .contains("plain_water_may_not_be_enough").doesNotContain("drink_to_thirst");
        assertThat(answer(REALISTIC.get("short easy run, asking about plain water")).matchedRowIds())
                .contains("drink_to_thirst");
        assertThat(answer(REALISTIC.get("foot cramp in bed right now")).matchedRowIds())
                .doesNotContain("drink_to_thirst", "review_daily_patterns");
    }

    @Test
    void vomitingOrDiarrheaPointsToOralRehydrationNotAwayFromIt() {
        Guidance g = answer(REALISTIC.get("stomach bug, cramps after sitting all day"));
        assertThat(g.matchedRowIds()).contains("illness_fluid_loss").doesNotContain("electrolytes_not_a_cure_all");
        assertThat(g.likelyTriggers().get(0).text()).contains("oral rehydration");
    }

    @Test
    void dialysisGetsItsOwnWordingAndNoAdviceToReplaceFluids() {
        Guidance g = answer(REALISTIC.get("dialysis patient with recurring cramps"));
        assertThat(g.matchedRowIds()).contains("dialysis_fluid_shifts", "magnesium_kidney_caution")
                .doesNotContain("illness_fluid_loss", "electrolytes_not_a_cure_all", "plan_fluid_and_sodium");
        String all = String.join(" ", nonFlagItems(g).stream().map(GuidanceItem::text).toList());
        assertThat(all).contains("dialysis team").doesNotContainIgnoringCase("replace lost fluids");
    }

    @Test
    void kidneyDiseaseWithAMagnesiumRiskGetsTheKidneyCaution() {
        assertThat(answer(REALISTIC.get("kidney disease at 70, night cramps")).matchedRowIds())
                .contains("magnesium_kidney_caution").doesNotContain("magnesium_discuss_if_at_risk");
    }

    @Test
    void inPregnancyMagnesiumIsAQuestionForTheMidwife() {
        Guidance g = answer(REALISTIC.get("pregnant, asking about magnesium"));
        assertThat(g.matchedRowIds()).contains("magnesium_in_pregnancy").doesNotContain("magnesium_not_default");
        assertThat(g.cautions().get(0).text()).contains("midwife");
    }

    /** The emergency signs beside a nerve warning are safety-net items, not words inside the warning. */
    @Test
    void nerveWarningsNameTheEmergencySignsAsSafetyNets() {
        Guidance nerves = answer(REALISTIC.get("numb weak hamstring, frequent"));
        assertThat(nerves.safetyNet()).extracting(GuidanceItem::id).contains("if_stroke_signs");
        assertThat(TABLE.row("if_stroke_signs").orElseThrow().text()).contains("one side", "call your local emergency number");
        assertThat(answer(REALISTIC.get("legs worse walking, better bending forward")).safetyNet())
                .extracting(GuidanceItem::id).containsExactly("if_bladder_or_saddle_numbness");
        assertThat(TABLE.row("if_bladder_or_saddle_numbness").orElseThrow().text()).contains("bladder or bowels",
                "call your local emergency number");
        assertThat(TABLE.row("dont_rub_possible_clot").orElseThrow().text()).doesNotContain("keep it still", "Keep it still");
        // the trials were mostly in night cramps, which the text says; the title and speech fit a question at any time
        assertThat(TABLE.row("magnesium_not_default").orElseThrow().text()).contains("night leg cramps");
        assertThat(TABLE.row("magnesium_not_default").orElseThrow().spoken()).doesNotContain("night");
    }
}
