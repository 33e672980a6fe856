package dev.crampguide.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.tablefile.TableFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The table is refused, with the offending row named, for each kind of mistake a clinical editor could make. */
class TableCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bundledTableIsValid() {
        GuidanceTable table = TableFile.proveBundled();
        assertThat(table.version()).matches("1\\.3\\.0\\+[0-9a-f]{12}");
        assertThat(table.rows()).hasSize(81);
        assertThat(table.references()).extracting(Reference::id).startsWith("statpearls", "jat-review",
                "mayo-clinic", "cochrane-magnesium", "physio-stretching-trial", "jissn-rehydration", "fda-quinine");
    }

    @Test
    void everyEditChangesTheVersion() throws IOException {
        String before = TableFile.loadBundled().version();
        String after = load(t -> row(t, "massage").put("text", "Rub the muscle slowly and firmly.")).version();
        assertThat(after).isNotEqualTo(before).startsWith("1.3.0+");
    }

    @Test
    void unknownFactIsNamed() {
        assertRejected(t -> row(t, "lengthen_calf").putArray("when").add("@crampActive & muscle:calve"),
                "row 'lengthen_calf': unknown fact 'muscle:calve'");
    }

    @Test
    void unknownFactGroupIsNamed() {
        assertRejected(t -> row(t, "massage").putArray("when").add("!@legSigns"),
                "row 'massage': unknown fact group '@legSigns'");
    }

    @Test
    void duplicateIdIsNamed() {
        assertRejected(t -> rows(t).add(row(t, "massage").deepCopy()), "row 'massage': duplicate id");
    }

    @Test
    void citingAMissingReferenceIsNamed() {
        assertRejected(t -> row(t, "massage").putArray("references").add("wikipedia"),
                "row 'massage': cites unknown reference 'wikipedia'");
    }

    @Test
    void rowWithoutReferencesIsNamed() {
        assertRejected(t -> row(t, "massage").putArray("references"), "row 'massage': cites no reference");
    }

    @Test
    void redFlagWithoutCareLevelIsNamed() {
        assertRejected(t -> row(t, "possible_blood_clot").remove("careLevel"),
                "row 'possible_blood_clot': a red flag needs a care level");
    }

    @Test
    void redFlagWithNegationIsRefusedBecauseItCouldLowerTheCareLevel() {
        assertRejected(t -> row(t, "possible_blood_clot").putArray("when").add("@oneLegSign & !symptoms:chest_pain"),
                "row 'possible_blood_clot': a red flag's condition may not use '!'");
    }

    @Test
    void careLevelOutsideRedFlagsIsNamed() {
        assertRejected(t -> row(t, "massage").put("careLevel", "emergency"),
                "row 'massage': only red flags and safety-net rows carry a care level");
    }

    @Test
    void missingContractIdIsNamed() {
        assertRejected(t -> rows(t).remove(indexOf(t, "ice_if_sore")),
                "row 'ice_if_sore': required by the contract in immediateSteps");
    }

    @Test
    void contractIdInTheWrongSectionIsNamed() {
        assertRejected(t -> row(t, "massage").put("section", "prevention"),
                "row 'massage': belongs in section immediateSteps");
    }

    @Test
    void unreachableRowIsNamed() {
        assertRejected(t -> row(t, "hold_and_repeat").putArray("when").add("muscle:calf & muscle:foot"),
                "row 'hold_and_repeat': unreachable");
        assertRejected(t -> row(t, "gentle_movement").putArray("when").add("crampingNow & !crampingNow"),
                "row 'gentle_movement': unreachable");
        assertRejected(t -> row(t, "massage").putArray("when").add("age>=65 & age<18"),
                "row 'massage': unreachable");
    }

    /** The build proved the bundled table (TableProof); start-up repeats only the checks that need no search. */
    @Test
    void startUpTrustsOnlyTheProofOfTheExactTableTheBuildProved() throws IOException {
        String proved;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TableFile.PROOF)) {
            assertThat(in).as("the build's proof record " + TableFile.PROOF).isNotNull();
            proved = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
        }
        assertThat(TableFile.loadBundled().version()).isEqualTo(TableFile.proveBundled().version()).endsWith("+" + proved);
        Consumer<ObjectNode> unreachable = t -> row(t, "massage").putArray("when").add("age>=65 & age<18");
        assertThat(edited(unreachable, TableFile::parseProved).row("massage")).as("no search without proofs").isPresent();
        assertThrows(TableException.class, () -> edited(unreachable, TableFile::parse));
        TableException broken = assertThrows(TableException.class, () -> edited(t -> row(t, "possible_blood_clot")
                .remove("careLevel"), TableFile::parseProved));
        assertThat(broken.problems()).anySatisfy(p -> assertThat(p).startsWith("row 'possible_blood_clot': a red flag needs a care level"));
    }

    @Test
    void unusedReferenceIsNamed() {
        assertRejected(t -> ((ArrayNode) t.get("references")).addObject().put("id", "orphan").put("title", "Orphan"),
                "reference 'orphan': cited by no row");
    }

    @Test
    void missingMessageIsNamed() {
        assertRejected(t -> ((ObjectNode) t.get("messages")).remove("lead.emergency"),
                "table: message 'lead.emergency' is missing");
    }

    @Test
    void everyReferenceOfTheBundledTableHasALink() {
        for (Reference reference : TableFile.loadBundled().references()) {
            assertThat(reference.url()).as(reference.id()).startsWith("https://");
        }
    }

    @Test
    void referenceWithoutLinkIsNamed() {
        assertRejected(t -> ((ObjectNode) ((ArrayNode) t.get("references")).get(0)).remove("url"),
                "reference 'statpearls': needs a link");
    }

    @Test
    void rowThatHandlesTheLegWithoutItsLabelIsRefused() {
        assertRejected(t -> row(t, "lengthen_calf").remove("tags"),
                "row 'lengthen_calf': says 'stretch…' but is not labelled 'handlesLeg'");
        assertRejected(t -> row(t, "quinine_not_advised").put("text", "Walk it off instead of taking quinine."),
                "row 'quinine_not_advised': says 'walk…' but is not labelled 'handlesLeg'");
    }

    @Test
    void redFlagWithALabelIsRefusedBecauseItCouldBeLeftOut() {
        assertRejected(t -> row(t, "possible_blood_clot").putArray("tags").add("general"),
                "row 'possible_blood_clot': a red flag is never left out of an answer");
    }

    @Test
    void unknownLabelIsNamed() {
        assertRejected(t -> row(t, "massage").putArray("tags").add("touchesLeg"),
                "row 'massage': unknown label 'touchesLeg'");
    }

    // ---- class 1: every warning sign counts, in every context, at least as urgently as the contract says ----

    @Test
    void aSymptomThatRaisesNoRedFlagOnItsOwnIsRefused() {
        assertRejected(t -> rows(t).remove(indexOf(t, "bad_headache_or_vomiting")),
                "symptom 'symptoms:headache_or_vomiting': raises no red flag on its own");
        // a warning sign that only counts in one context is the same mistake
        assertRejected(t -> row(t, "neurological_symptoms").putArray("when").add("@nerveSign & exercise.hot"),
                "symptom 'symptoms:weakness': raises no red flag on its own");
    }

    @Test
    void aRedFlagBelowTheContractsLevelIsRefused() {
        assertRejected(t -> row(t, "chest_pain_now").put("careLevel", "prompt_medical_advice"),
                "row 'chest_pain_now': the contract requires it at emergency or higher for symptoms:chest_pain");
    }

    @Test
    void aRedFlagGivesWayOnlyToOneAtLeastAsUrgentAndNeverInACycle() {
        assertRejected(t -> row(t, "chest_pain_now").putArray("givesWayTo").add("possible_blood_clot"),
                "row 'chest_pain_now': gives way to 'possible_blood_clot', which is less urgent");
        assertRejected(t -> row(t, "clot_with_chest_or_breathing").putArray("givesWayTo").add("chest_pain_now"),
                "row 'clot_with_chest_or_breathing': gives way in a cycle");
        assertRejected(t -> row(t, "chest_pain_now").putArray("givesWayTo").add("massage"),
                "row 'chest_pain_now': gives way to 'massage', which is not a red flag");
    }

    // ---- class 2: when to act is said once, by the care level ----

    @Test
    void aTimeframeInARowIsRefused() {
        assertRejected(t -> row(t, "possible_blood_clot").put("text", "A clot needs a doctor's check today."),
                "row 'possible_blood_clot': says 'today', a timeframe for prompt_medical_advice");
        assertRejected(t -> row(t, "massage").put("spoken", "Rub the muscle right away."),
                "row 'massage': says 'right away', a timeframe for emergency");
        assertRejected(t -> row(t, "if_clot_reaches_lungs").put("text", "If chest pain starts, see a doctor today."),
                "row 'if_clot_reaches_lungs': says 'today', a timeframe for prompt_medical_advice");
    }

    @Test
    void aCareLevelsMessageNamingASlowerTimeframeIsRefused() {
        assertRejected(t -> ((ObjectNode) t.get("messages")).put("lead.emergency", "Call for help, or see a doctor today."),
                "message 'lead.emergency': says 'today', slower than emergency");
    }

    // ---- class 3: comfort care beside a warning sign is a decision ----

    @Test
    void anUrgentRedFlagThatHasNotDecidedAboutComfortCareIsRefused() {
        assertRejected(t -> row(t, "possible_muscle_breakdown").remove("comfort"),
                "row 'possible_muscle_breakdown': must decide which comfort care stays beside it");
        assertRejected(t -> ((ObjectNode) row(t, "possible_muscle_breakdown").get("comfort")).remove("why"),
                "row 'possible_muscle_breakdown': comfort decision must say why");
        assertRejected(t -> ((ArrayNode) row(t, "possible_muscle_breakdown").get("comfort").get("keep")).add("medication_review"),
                "row 'possible_muscle_breakdown': comfort decision keeps 'medication_review', which is not a comfort row");
    }

    // ---- class 4: contradictions come from facets, not a list ----

    @Test
    void rowsThatContradictEachOtherOnAFacetAreNamedWithASituation() {
        assertRejected(t -> row(t, "drink_to_thirst").putArray("when").add("@exerciseCramp"),
                "row 'illness_fluid_loss': and row 'drink_to_thirst' contradict each other on fluids");
        assertRejected(t -> row(t, "ice_if_sore").putArray("when").add("soreAfterwards"),
                "row 'warmth_if_locked': and row 'ice_if_sore' contradict each other on heat");
    }

    @Test
    void aRowWhoseWordingNeedsAFacetMustDeclareIt() {
        assertRejected(t -> row(t, "avoid_overdrinking_water").remove("facets"),
                "row 'avoid_overdrinking_water': says 'thirst…' but declares nothing about facet 'fluids'");
        assertRejected(t -> row(t, "quinine_not_advised").putObject("facets").put("fluids", "lots"),
                "row 'quinine_not_advised': facet 'fluids' has no value 'lots'");
    }

    // ---- class 7: canonical sources whose name matches their host ----

    @Test
    void aLinkThatIsNotCanonicalIsRefused() {
        assertRejected(t -> reference(t, "mayo-clinic").put("url", reference(t, "mayo-clinic").get("url").asText() + "?utm_source=x"),
                "reference 'mayo-clinic': link must be canonical");
        assertRejected(t -> reference(t, "cochrane-magnesium").put("url", "https://cochranelibrary.com/cdsr/doi/10.1002/14651858.CD009402.pub3//pl"),
                "reference 'cochrane-magnesium': link must be canonical");
        assertRejected(t -> reference(t, "jat-review").put("url", "https://pmc.ncbi.nlm.nih.gov/articles/PMC8775277"),
                "reference 'jat-review': a paper's link is its DOI link");
        assertRejected(t -> reference(t, "hse-chest-pain").put("title", "NHS inform — Chest pain"),
                "reference 'hse-chest-pain': title names NHS inform but the link's host is www2.hse.ie");
    }

    @Test
    void careLevelRuleWithAnUnknownLevelIsNamed() {
        assertRejected(t -> ((ObjectNode) t.get("careLevelRules").get(0)).put("from", "urgent"),
                "care-level rule from 'urgent': unknown care level");
    }

    @Test
    void bundledTableGivesTheDiaryItsThresholdsWithSources() {
        GuidanceTable table = TableFile.proveBundled();
        assertThat(table.diary()).extracting(TableDefinition.DiaryThresholdDefinition::id)
                .containsExactly("frequent", "worsening");
        assertThat(table.diary()).allSatisfy(t -> assertThat(t.references()).isNotEmpty());
    }

    @Test
    void aDiaryThresholdSettingAFactNoQuestionSaysIsNamed() {
        assertRejected(t -> ((ObjectNode) t.get("diary").get(0)).put("sets", "symptoms:numbness_now"),
                "diary threshold 'frequent': sets 'symptoms:numbness_now', which no question's option says");
        assertRejected(t -> ((ObjectNode) t.get("diary").get(0)).put("sets", "age>=65"),
                "diary threshold 'frequent': sets 'age>=65', which no question's option says");
    }

    @Test
    void aDiaryThresholdOutOfRangeOrWithoutReasonOrSourceIsNamed() {
        assertRejected(t -> ((ObjectNode) t.get("diary").get(0)).put("days", 0),
                "diary threshold 'frequent': days must be 1 to 84");
        assertRejected(t -> ((ObjectNode) t.get("diary").get(1)).put("days", 60),
                "diary threshold 'worsening': a rise compares two windows");
        assertRejected(t -> ((ObjectNode) t.get("diary").get(0)).remove("why"),
                "diary threshold 'frequent': says nothing about why");
        assertRejected(t -> ((ObjectNode) t.get("diary").get(0)).putArray("references").add("a-blog"),
                "diary threshold 'frequent': cites unknown reference 'a-blog'");
        assertRejected(t -> ((ArrayNode) t.get("diary")).remove(1),
                "diary threshold 'worsening': missing: the diary reads it");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        TableException e = assertThrows(TableException.class, () -> load(t -> {
            row(t, "lengthen_calf").putArray("when").add("muscle:calve");
            row(t, "massage").putArray("references").add("wikipedia");
            row(t, "possible_blood_clot").remove("careLevel");
        }));
        assertThat(e.problems()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(e.getMessage()).contains("lengthen_calf", "massage", "possible_blood_clot");
    }

    private static ObjectNode reference(ObjectNode table, String id) {
        for (var r : table.get("references")) {
            if (r.get("id").asText().equals(id)) {
                return (ObjectNode) r;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static void assertRejected(Consumer<ObjectNode> edit, String expected) {
        TableException e = assertThrows(TableException.class, () -> load(edit));
        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(expected));
    }

    private static GuidanceTable load(Consumer<ObjectNode> edit) throws IOException {
        return edited(edit, TableFile::parse);
    }

    private static GuidanceTable edited(Consumer<ObjectNode> edit, java.util.function.Function<byte[], GuidanceTable> parser)
            throws IOException {
        ObjectNode table;
        try (InputStream in = TableCheckTest.class.getClassLoader().getResourceAsStream(TableFile.RESOURCE)) {
            table = (ObjectNode) JSON.readTree(in);
        }
        edit.accept(table);
        return parser.apply(JSON.writeValueAsBytes(table));
    }

    private static ArrayNode rows(ObjectNode table) {
        return (ArrayNode) table.get("rows");
    }

    private static ObjectNode row(ObjectNode table, String id) {
        return (ObjectNode) rows(table).get(indexOf(table, id));
    }

    private static int indexOf(ObjectNode table, String id) {
        ArrayNode rows = rows(table);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).get("id").asText().equals(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException(id);
    }
}
