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
        assertThat(table.version()).matches("1\\.1\\.0\\+[0-9a-f]{12}");
        assertThat(table.rows()).hasSize(57);
        assertThat(table.references()).extracting(Reference::id).startsWith("statpearls", "jat-review",
                "mayo-clinic", "cochrane-magnesium", "physio-stretching-trial", "jissn-rehydration", "fda-quinine");
    }

    @Test
    void everyEditChangesTheVersion() throws IOException {
        String before = TableFile.loadBundled().version();
        String after = load(t -> row(t, "massage").put("text", "Rub the muscle slowly and firmly.")).version();
        assertThat(after).isNotEqualTo(before).startsWith("1.1.0+");
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
                "row 'massage': only red flags carry a care level");
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
        assertRejected(t -> row(t, "possible_blood_clot").putArray("suppresses").add("touchesLeg"),
                "row 'possible_blood_clot': unknown label 'touchesLeg'");
    }

    @Test
    void oppositesThatCanMeetAreNamedWithASituation() {
        assertRejected(t -> row(t, "drink_to_thirst").putArray("when").add("@exerciseCramp"),
                "row 'drink_to_thirst': and row 'plain_water_may_not_be_enough' give opposite advice but can appear together");
    }

    @Test
    void withoutItsSuppressionAClotSignWouldMeetTheComfortSteps() {
        assertRejected(t -> row(t, "possible_blood_clot").remove("suppresses"),
                "row 'lengthen_calf': and row 'possible_blood_clot' give opposite advice");
    }

    @Test
    void careLevelRuleWithAnUnknownLevelIsNamed() {
        assertRejected(t -> ((ObjectNode) t.get("careLevelRules").get(0)).put("from", "urgent"),
                "care-level rule from 'urgent': unknown care level");
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
