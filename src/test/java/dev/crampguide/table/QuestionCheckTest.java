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

/** The table's questions are refused, naming the question or row, for each mistake an editor could make. */
class QuestionCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void bundledQuestionsStartWithTheContractsScreeningQuestions() {
        assertThat(TableFile.loadBundled().questions().all()).extracting(Question::id)
                .startsWith("urgent_signs", "other_signs", "pattern", "medicines");
    }

    @Test
    void anOptionValueTheRequestDoesNotAcceptIsNamed() {
        assertRejected(t -> options(t, "muscle").addObject().put("value", "neck").put("label", "Neck"),
                "question 'muscle': option 'neck' is not a value the request accepts for muscle");
    }

    @Test
    void aWarningSignNoQuestionOffersIsNamedOnItsRow() {
        assertRejected(t -> options(t, "other_signs").remove(0),
                "row 'neurological_symptoms': no question lets a person say [symptoms:weakness]");
    }

    @Test
    void aFactorThatRaisesARedFlagMustBeAskable() {
        assertRejected(t -> options(t, "medicines").remove(1),
                "question 'medicines': must also offer [factors:recent_medication_change]");
    }

    @Test
    void duplicateQuestionIdsAreNamed() {
        assertRejected(t -> questions(t).add(question(t, "age").deepCopy()), "question 'age': id is missing or not unique");
    }

    @Test
    void theContractsQuestionsMustComeFirstInItsOrder() {
        assertRejected(t -> questions(t).insert(0, questions(t).remove(1)),
                "question 'urgent_signs': required by the contract as screening question 1");
    }

    @Test
    void aNumberQuestionStaysWithinWhatTheRequestAccepts() {
        assertRejected(t -> question(t, "age").put("max", 200), "question 'age': a number question needs");
    }

    @Test
    void aQuestionNeedsWhyAndATopicInIdForm() {
        assertRejected(t -> question(t, "age").remove("why"), "question 'age': why is needed");
        assertRejected(t -> question(t, "age").put("topic", "About you"), "question 'age': topic must be a lower-case id");
    }

    private static void assertRejected(Consumer<ObjectNode> edit, String expected) {
        TableException e = assertThrows(TableException.class, () -> load(edit));
        assertThat(e.problems()).anySatisfy(problem -> assertThat(problem).startsWith(expected));
    }

    private static GuidanceTable load(Consumer<ObjectNode> edit) throws IOException {
        ObjectNode table;
        try (InputStream in = QuestionCheckTest.class.getClassLoader().getResourceAsStream(TableFile.RESOURCE)) {
            table = (ObjectNode) JSON.readTree(in);
        }
        edit.accept(table);
        return TableFile.parse(JSON.writeValueAsBytes(table));
    }

    private static ArrayNode questions(ObjectNode table) {
        return (ArrayNode) table.get("questions");
    }

    private static ObjectNode question(ObjectNode table, String id) {
        for (var q : questions(table)) {
            if (q.get("id").asText().equals(id)) {
                return (ObjectNode) q;
            }
        }
        throw new IllegalArgumentException(id);
    }

    private static ArrayNode options(ObjectNode table, String id) {
        return (ArrayNode) question(table, id).get("options");
    }
}
