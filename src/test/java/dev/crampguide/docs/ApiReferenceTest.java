package dev.crampguide.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.api.GuidanceResponse;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import dev.crampguide.tablefile.TableFile;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The API reference names exactly what the service has: every request field and each of its values (from the
 * situation's field list and enums), every response field (from the response record), and every red flag with its
 * care level, every other item id and every question of the bundled guidance table. When the code or the table
 * gains a value, the failure lists the ids the document lacks (and those it names but the service does not have).
 */
class ApiReferenceTest {

    static final Markdown API = Markdown.read(Path.of("src/site/markdown/api.md"));
    static final GuidanceTable TABLE = TableFile.loadBundled();

    @Test
    void theRequestTableNamesEveryFieldAndExactlyItsValues() {
        List<List<String>> rows = API.section("## Request").tableRows();
        Set<String> documented = rows.stream().flatMap(r -> Markdown.codeSpans(r.get(0)).stream())
                .collect(Collectors.toSet());
        List<String> fields = SituationFields.ALL.stream().map(SituationField::path).collect(Collectors.toList());
        fields.add("answered");
        assertThat(documented).as("request fields in api.md's request table").containsExactlyInAnyOrderElementsOf(fields);

        for (SituationField field : SituationFields.ALL) {
            if (field.values().isEmpty()) {
                continue;
            }
            List<String> row = rows.stream().filter(r -> Markdown.codeSpans(r.get(0)).contains(field.path()))
                    .findFirst().orElseThrow();
            assertThat(Markdown.codeSpans(row.get(row.size() - 1))).as("values of `%s` in api.md", field.path())
                    .containsExactlyInAnyOrderElementsOf(field.ids());
        }
    }

    @Test
    void theResponseTableNamesEveryResponseField() {
        Set<String> documented = API.section("## Response").tableRows().stream()
                .flatMap(r -> Markdown.codeSpans(r.get(0)).stream()).collect(Collectors.toSet());
        List<String> fields = Arrays.stream(GuidanceResponse.class.getRecordComponents()).map(RecordComponent::getName)
                .toList();
        assertThat(documented).as("response fields in api.md's response table").containsExactlyInAnyOrderElementsOf(fields);
    }

    @Test
    void everyRedFlagIsListedWithItsCareLevel() {
        Map<String, String> documented = new LinkedHashMap<>();
        for (List<String> row : API.section("### Red flags").tableRows()) {
            documented.put(only(row.get(0)), only(row.get(1)));
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (Row row : TABLE.rows(Section.RED_FLAGS)) {
            table.put(row.id(), row.careLevel().id());
        }
        assertThat(documented.keySet()).as("red flag ids in api.md").containsExactlyInAnyOrderElementsOf(table.keySet());
        assertThat(documented).as("red flag care levels in api.md").isEqualTo(table);
    }

    @Test
    void everyOtherSectionListsExactlyTheTablesIds() {
        for (Section section : Section.values()) {
            if (section == Section.RED_FLAGS) {
                continue;
            }
            Set<String> documented = API.section("### `" + section.id() + "`").codeSpans();
            assertThat(documented).as("%s ids in api.md", section.id())
                    .containsExactlyInAnyOrderElementsOf(TABLE.rows(section).stream().map(Row::id).toList());
        }
    }

    @Test
    void everyQuestionIsListedWithItsFieldAndTopic() {
        Map<String, String> documented = new LinkedHashMap<>();
        for (List<String> row : API.section("### Questions").tableRows()) {
            documented.put(only(row.get(0)), only(row.get(1)) + " " + only(row.get(3)));
        }
        Map<String, String> table = new LinkedHashMap<>();
        for (Question question : TABLE.questions().all()) {
            table.put(question.id(), question.field() + " " + question.topic());
        }
        assertThat(documented.keySet()).as("question ids in api.md").containsExactlyInAnyOrderElementsOf(table.keySet());
        assertThat(documented).as("question fields in api.md").isEqualTo(table);
    }

    private static String only(String cell) {
        Set<String> spans = Markdown.codeSpans(cell);
        assertThat(spans).as("code spans in table cell '%s'", cell).hasSize(1);
        return spans.iterator().next();
    }
}
