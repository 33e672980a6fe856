package dev.crampguide.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crampguide.api.GuidanceResponse.Source;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Row;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The whole guidance table, for clinical review and for clients that render offline. */
@Schema(name = "GuidanceTable", description = "Every row of the guidance table with its condition in readable form.")
public record TableResponse(
        @Schema(description = "Same value as `tableVersion` in guidance responses.") String version,
        String disclaimer,
        @Schema(description = "Every reference the table cites.") List<Source> references,
        @Schema(description = "Extra condition every row of a section must also meet, by section.")
        Map<String, String> sectionGates,
        @Schema(description = "Every fact name a condition may use; `because` values come from this list.")
        List<String> facts,
        @Schema(description = "Labels rows may carry (`tags`), by name, with what each means. A red flag's "
                + "`suppresses` names labels whose rows leave every section of an answer that raises it.")
        Map<String, TableTag> tags,
        @Schema(description = "From a care level up, answers drop rows with any `drop` label and, if `keepOnly` is "
                + "given, every row without one of those labels. Red flags always stay.")
        List<TableCareLevelRule> careLevelRules,
        @Schema(description = "Rows (ids, or `#label` for every row with that label) that give opposite advice; the "
                + "table is refused unless no situation can show both sides.")
        List<TableOpposite> opposites,
        @Schema(description = "Rows grouped by section, each in answer order.") List<TableRow> rows) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GuidanceTableRow")
    public record TableRow(
            String id,
            @Schema(enumeration = {"redFlags", "likelyTriggers", "immediateSteps", "prevention", "cautions"})
            String section,
            @Schema(description = "Alternatives joined by OR; within one, `&` joins terms, `a | b` means either, `!` means not.",
                    example = "crampingNow | stillLocked | soreAfterwards & (crampingNow | stillLocked) & muscle:calf & !(…)")
            String condition,
            @Schema(description = "Lower comes first within the section.") int rank,
            @Schema(nullable = true)
            String careLevel,
            String title,
            String text,
            String spoken,
            List<String> references,
            @Schema(description = "Labels of this row; see `tags` of the table.") List<String> tags,
            @Schema(description = "Red flags only: labels whose rows leave the answer when this flag is raised.")
            List<String> suppresses) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "GuidanceTableTag")
    public record TableTag(
            String means,
            @Schema(description = "A row whose wording uses one of these word beginnings must carry the label.")
            List<String> words,
            @Schema(description = "Sections where `words` are checked.") List<String> requiredIn,
            @Schema(description = "A label that excuses a row from carrying this one.", nullable = true)
            String unlessTagged) {
    }

    @Schema(name = "GuidanceTableCareLevelRule")
    public record TableCareLevelRule(
            @Schema(enumeration = {"self_care", "see_clinician", "prompt_medical_advice", "emergency"}) String from,
            List<String> drop,
            List<String> keepOnly) {
    }

    @Schema(name = "GuidanceTableOpposite")
    public record TableOpposite(List<String> one, List<String> other, String why) {
    }

    static TableResponse of(GuidanceTable table) {
        List<TableRow> rows = table.rows().stream().map(TableResponse::row).toList();
        return new TableResponse(table.version(), table.disclaimer(),
                table.references().stream().map(Source::of).toList(), table.sectionGates(),
                table.catalog().names(), tags(table), rules(table),
                table.opposites().stream().map(o -> new TableOpposite(o.one(), o.other(), o.why())).toList(), rows);
    }

    private static TableRow row(Row r) {
        return new TableRow(r.id(), r.section().id(), r.condition().text(), r.rank(),
                r.careLevel() == null ? null : r.careLevel().id(), r.title(), r.text(), r.spoken(), r.references(),
                sorted(r.tags()), sorted(r.suppresses()));
    }

    private static Map<String, TableTag> tags(GuidanceTable table) {
        Map<String, TableTag> tags = new LinkedHashMap<>();
        table.tags().forEach((name, t) -> tags.put(name, new TableTag(t.means(), t.words(), t.requiredIn(), t.unlessTagged())));
        return tags;
    }

    private static List<TableCareLevelRule> rules(GuidanceTable table) {
        return table.careLevelRules().stream().map(r -> new TableCareLevelRule(r.from().id(), sorted(r.drop()),
                sorted(r.keepOnly()))).toList();
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
