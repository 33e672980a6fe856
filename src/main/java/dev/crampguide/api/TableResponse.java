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
        @Schema(description = "Labels rows may carry (`tags`), by name, with what each means. Rows with a `comfort` "
                + "label are comfort care: every red flag from prompt_medical_advice up decides which of them stay.")
        Map<String, TableTag> tags,
        @Schema(description = "Subjects rows may speak about (fluids, salt, movement, …), by name, with the values a "
                + "row may declare; two rows with different values of one facet contradict each other.")
        Map<String, TableFacet> facets,
        @Schema(description = "Per care level, the words that say when to act at that level. Only the answer's care "
                + "level says when: rows name no timeframe, a safety-net row only its own level's.")
        Map<String, List<String>> timeframes,
        @Schema(description = "From a care level up, answers drop rows with any `drop` label and, if `keepOnly` is "
                + "given, every row without one of those labels. Red flags always stay.")
        List<TableCareLevelRule> careLevelRules,
        @Schema(description = "Pairs of rows that contradict each other, derived from their facets; the table is "
                + "refused unless no situation can show both sides.")
        List<TableOpposite> opposites,
        @Schema(description = "Rows grouped by section, each in answer order.") List<TableRow> rows,
        @Schema(description = "Every question the service may ask, in the order it asks them, with when each is worth asking.")
        List<TableQuestion> questions,
        @Schema(description = "When a cramp diary may say a fact of its own record (`symptoms:frequent`, "
                + "`symptoms:worsening`): the diary reads these thresholds here, so it holds none of its own.")
        List<DiaryThreshold> diary) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GuidanceTableDiaryThreshold", description = "At least `cramps` cramps in the last `days` days; with "
            + "`risePercent`, at least `cramps` more than in the `days` days before and at least that many percent more.")
    public record DiaryThreshold(
            @Schema(example = "frequent") String id,
            @Schema(description = "The fact the diary may then say, named like a row's condition.", example = "symptoms:frequent")
            String sets,
            @Schema(example = "4") int cramps,
            @Schema(example = "14") int days,
            @Schema(nullable = true, example = "50") Integer risePercent,
            String why,
            List<String> references) {
    }

    @Schema(name = "GuidanceTableQuestion")
    public record TableQuestion(
            @Schema(implementation = GuidanceResponse.Ask.class) GuidanceResponse.Ask question,
            @Schema(description = "Whether its answer can raise the care level; all of these answered means `screened`.")
            boolean screening,
            @Schema(description = "When it is worth asking, in the rows' condition form; `always` when always.", example = "@exerciseCramp")
            String ask) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GuidanceTableRow")
    public record TableRow(
            String id,
            @Schema(enumeration = {"redFlags", "safetyNet", "likelyTriggers", "immediateSteps", "prevention", "cautions"})
            String section,
            @Schema(description = "Alternatives joined by OR; within one, `&` joins terms, `a | b` means either, `!` means not.",
                    example = "crampingNow | stillLocked | soreAfterwards & (crampingNow | stillLocked) & muscle:calf & !(…)")
            String condition,
            @Schema(description = "Lower comes first within the section.") int rank,
            @Schema(nullable = true, description = "Red flags: the level raised; safety-net rows: the level to act at.")
            String careLevel,
            String title,
            String text,
            String spoken,
            List<String> references,
            @Schema(description = "Labels of this row; see `tags` of the table.") List<String> tags,
            @Schema(description = "What this row says about each facet it speaks to; see `facets` of the table.")
            Map<String, String> facets,
            @Schema(nullable = true, description = "Red flags only: which comfort rows stay beside it, and why.")
            TableComfort comfort,
            @Schema(description = "Red flags only: raised red flags, at least as urgent, that say the same more precisely;"
                    + " this one then leaves the answer.")
            List<String> givesWayTo) {
    }

    @Schema(name = "GuidanceTableComfort")
    public record TableComfort(
            @Schema(description = "Comfort rows that may stay beside the red flag.") List<String> keep,
            @Schema(description = "Comfort rows that leave an answer raising it.") List<String> leavesOut,
            String why,
            List<String> references) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "GuidanceTableFacet")
    public record TableFacet(
            String means,
            @Schema(description = "What a row may say about the facet, with what each value means.") Map<String, String> values,
            @Schema(description = "Pairs of values that can stand together; any other two different values contradict.")
            List<List<String>> agree,
            @Schema(description = "A row whose wording uses one of these word beginnings must declare the facet.")
            List<String> words,
            @Schema(description = "Sections where `words` are checked.") List<String> requiredIn) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @Schema(name = "GuidanceTableTag")
    public record TableTag(
            String means,
            @Schema(description = "A row whose wording uses one of these word beginnings must carry the label.")
            List<String> words,
            @Schema(description = "Sections where `words` are checked.") List<String> requiredIn,
            @Schema(description = "A label that excuses a row from carrying this one.", nullable = true)
            String unlessTagged,
            @Schema(description = "Rows with this label are comfort care (see a red flag's `comfort`).")
            boolean comfort) {
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
                table.catalog().names(), tags(table), facets(table), table.timeframes(), rules(table),
                table.opposites().stream().map(o -> new TableOpposite(o.one(), o.other(), o.why())).toList(), rows,
                table.questions().all().stream()
                        .map(q -> new TableQuestion(GuidanceResponse.Ask.of(q), q.screening(), q.ask().text())).toList(),
                table.diary().stream().map(t -> new DiaryThreshold(t.id(), t.sets(), t.cramps(), t.days(),
                        t.risePercent(), t.why(), t.references())).toList());
    }

    private static TableRow row(Row r) {
        return new TableRow(r.id(), r.section().id(), r.condition().text(), r.rank(),
                r.careLevel() == null ? null : r.careLevel().id(), r.title(), r.text(), r.spoken(), r.references(),
                sorted(r.tags()), r.facets().isEmpty() ? null : r.facets(), r.comfort() == null ? null
                        : new TableComfort(sorted(r.comfort().keep()), sorted(r.suppressed()), r.comfort().why(),
                        r.comfort().references()),
                r.givesWayTo().isEmpty() ? null : sorted(r.givesWayTo()));
    }

    private static Map<String, TableFacet> facets(GuidanceTable table) {
        Map<String, TableFacet> facets = new LinkedHashMap<>();
        table.facets().forEach((name, f) -> facets.put(name, new TableFacet(f.means(), f.values(), f.agree(), f.words(),
                f.requiredIn())));
        return facets;
    }

    private static Map<String, TableTag> tags(GuidanceTable table) {
        Map<String, TableTag> tags = new LinkedHashMap<>();
        table.tags().forEach((name, t) -> tags.put(name, new TableTag(t.means(), t.words(), t.requiredIn(), t.unlessTagged(),
                t.comfort())));
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
