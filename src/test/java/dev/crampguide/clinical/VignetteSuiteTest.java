package dev.crampguide.clinical;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.wording.Guidance;
import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import dev.crampguide.tablefile.TableFile;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.problem.FieldError;
import dev.crampguide.web.problem.ProblemException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Clinical vignettes ({@code src/test/resources/vignettes/*.json}) run against the bundled table and reported as
 * triage accuracy in {@code target/triage-report.md}, the way symptom-checker studies report it: a confusion matrix
 * of expected against given care level, under-triage (must be 0), over-triage rate and every miss.
 *
 * <p>Each vignette's expected care level comes from the public source it cites, not from the table. The test fails
 * on any under-triage, any must-include item missing or must-exclude item present, a malformed vignette (no story,
 * no source, a reference id the table does not have, a situation the API would refuse), or fewer than
 * {@value #MIN_VIGNETTES} vignettes. Over-triage is reported, never failed.
 */
class VignetteSuiteTest {

    static final int MIN_VIGNETTES = 100;
    static final String DIRECTORY = "vignettes";
    static final Path REPORT = Path.of("target", "triage-report.md");
    /** The published page; its report block must match this run (a moved care level shows up in its diff). */
    static final Path PAGE = Path.of("src", "site", "markdown", "clinical-validation.md");
    static final String START = "<!-- triage-report:start (written by VignetteSuiteTest; -Dvignettes.publish=true rewrites it) -->";
    static final String END = "<!-- triage-report:end -->";
    static final List<String> SECTIONS = List.of("redFlags", "safetyNet", "likelyTriggers", "immediateSteps",
            "prevention", "cautions");

    record Vignette(String file, String theme, String id, List<String> story, JsonNode situation, Set<String> answered,
                    CareLevel expected, List<String> include, List<String> exclude, String reference, String why) {
    }

    record Outcome(Vignette vignette, CareLevel given, boolean screened, List<String> missing, List<String> present,
                   List<String> redFlags, List<String> safetyNet) {

        boolean under() {
            return given.compareTo(vignette.expected()) < 0;
        }

        boolean over() {
            return given.compareTo(vignette.expected()) > 0;
        }

        boolean itemsOk() {
            return missing.isEmpty() && present.isEmpty();
        }

        boolean exact() {
            return given == vignette.expected();
        }
    }

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void vignettesAreTriagedSafely() throws IOException, URISyntaxException {
        GuidanceTable table = TableFile.loadBundled();
        Guide engine = new Guide(table);
        Set<String> referenceIds = table.references().stream().map(Reference::id).collect(Collectors.toSet());
        Set<String> questionIds = table.questions().ids();
        Set<String> screening = table.questions().all().stream().filter(Question::screening).map(Question::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));

        List<String> problems = new ArrayList<>();
        List<Vignette> vignettes = load(problems);
        Set<String> seen = new LinkedHashSet<>();
        List<Outcome> outcomes = new ArrayList<>();
        for (Vignette v : vignettes) {
            String at = v.file() + " " + v.id();
            if (!seen.add(v.id())) {
                problems.add(at + ": duplicate id");
            }
            if (v.story().size() != 2 || v.story().stream().anyMatch(String::isBlank)) {
                problems.add(at + ": story must be two non-blank lines in the person's words");
            }
            if (v.reference() == null || v.reference().isBlank() || v.why() == null || v.why().isBlank()) {
                problems.add(at + ": source needs a reference id and a why");
            } else if (!referenceIds.contains(v.reference())) {
                problems.add(at + ": cites '" + v.reference() + "', which is not a reference of table " + table.version());
            }
            if (v.expected() == null) {
                problems.add(at + ": expect.careLevel must be one of " + levels());
                continue;
            }
            for (String id : concat(v.include(), v.exclude())) {
                if (table.row(id).isEmpty()) {
                    problems.add(at + ": expects row '" + id + "', which table " + table.version() + " does not have");
                }
            }
            for (String q : v.answered()) {
                if (!questionIds.contains(q)) {
                    problems.add(at + ": answered '" + q + "' is not a question id of the table");
                }
            }
            Situation situation;
            try {
                situation = SituationReader.read(v.situation());
            } catch (ProblemException refused) {
                problems.add(at + ": situation refused: " + refused.errors().stream()
                        .map(FieldError::field).collect(Collectors.joining(", ")));
                continue;
            }
            Guidance guidance = engine.answer(situation, v.answered());
            List<String> matched = guidance.matchedRowIds();
            List<String> missing = v.include().stream().filter(id -> !matched.contains(id)).toList();
            List<String> present = v.exclude().stream().filter(matched::contains).toList();
            Outcome outcome = new Outcome(v, guidance.careLevel(), guidance.screened(), missing, present,
                    guidance.redFlags().stream().map(f -> f.id()).toList(),
                    guidance.safetyNet().stream().map(f -> f.id()).toList());
            outcomes.add(outcome);
            boolean shouldBeScreened = guidance.careLevel() == CareLevel.EMERGENCY || v.answered().containsAll(screening);
            if (guidance.screened() != shouldBeScreened) {
                problems.add(at + ": screened is " + guidance.screened() + " with answered " + v.answered());
            }
            if (outcome.under()) {
                problems.add(at + ": UNDER-TRIAGE, expected " + id(v.expected()) + " (" + v.reference() + "), given "
                        + id(outcome.given()));
            }
            if (!missing.isEmpty()) {
                problems.add(at + ": missing " + missing);
            }
            if (!present.isEmpty()) {
                problems.add(at + ": must not contain " + present);
            }
        }
        List<String> coverage = coverage(table, vignettes, outcomes);
        coverage.forEach(gap -> problems.add("coverage: " + gap));
        if (vignettes.size() < MIN_VIGNETTES) {
            problems.add("only " + vignettes.size() + " vignettes; at least " + MIN_VIGNETTES + " are required");
        }

        String report = report(table, outcomes, problems);
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, report, StandardCharsets.UTF_8);
        publish(table, report, problems);
        if (!problems.isEmpty()) {
            fail(problems.size() + " vignette problem(s), see " + REPORT + ":\n  " + String.join("\n  ", problems));
        }
    }

    /**
     * What the suite must exercise: every red flag of the table raised by some vignette, every option of every
     * screening question used, and every comfort decision (a red flag that keeps or leaves out comfort rows) met
     * while cramping now. A new red flag, option or decision in the table needs a vignette before this passes.
     */
    static List<String> coverage(GuidanceTable table, List<Vignette> vignettes, List<Outcome> outcomes) {
        List<String> gaps = new ArrayList<>();
        Set<String> raised = new LinkedHashSet<>();
        outcomes.forEach(o -> raised.addAll(o.redFlags()));
        for (Row row : table.rows(Section.RED_FLAGS)) {
            if (!raised.contains(row.id())) {
                gaps.add("no vignette raises red flag '" + row.id() + "'");
            }
            if (row.comfort() != null && outcomes.stream().noneMatch(o -> o.redFlags().contains(row.id())
                    && o.vignette().situation().path("crampingNow").asBoolean(false))) {
                gaps.add("no vignette meets the comfort decision of '" + row.id() + "' while cramping now");
            }
        }
        Set<String> used = new LinkedHashSet<>();
        for (Vignette v : vignettes) {
            if (v.situation() != null) {
                used.addAll(strings(v.situation().get("symptoms")));
                used.addAll(strings(v.situation().get("factors")));
            }
        }
        for (Question q : table.questions().all()) {
            if (!q.screening()) {
                continue;
            }
            for (Question.Option option : q.options()) {
                if (!used.contains(option.value())) {
                    gaps.add("no vignette uses option '" + option.value() + "' of screening question '" + q.id() + "'");
                }
            }
        }
        return gaps;
    }

    /**
     * Keeps the report block of {@link #PAGE} equal to this run's report: with {@code -Dvignettes.publish=true} it
     * rewrites the block, otherwise a stale block is a problem. The block names the table's version without its
     * content fingerprint, so only a change in the results (not every table edit) makes it stale.
     */
    static void publish(GuidanceTable table, String report, List<String> problems) throws IOException {
        if (!Files.exists(PAGE)) {
            problems.add(PAGE + " is missing");
            return;
        }
        String page = Files.readString(PAGE, StandardCharsets.UTF_8);
        int start = page.indexOf(START);
        int end = page.indexOf(END);
        if (start < 0 || end < start) {
            problems.add(PAGE + " has no report block between " + START + " and " + END);
            return;
        }
        String version = table.version();
        int plus = version.indexOf('+');
        String block = START + "\n\nGuidance table " + (plus < 0 ? version : version.substring(0, plus)) + ".\n\n"
                + report.substring(report.indexOf("## Summary")).replace("\n## ", "\n### ").replaceFirst("^## ", "### ")
                + "\n" + END;
        String current = page.substring(start, end + END.length());
        if (current.equals(block)) {
            return;
        }
        if (Boolean.getBoolean("vignettes.publish")) {
            Files.writeString(PAGE, page.substring(0, start) + block + page.substring(end + END.length()),
                    StandardCharsets.UTF_8);
        } else {
            problems.add(PAGE + " shows an older report: rerun with -Dvignettes.publish=true and commit the page");
        }
    }

    // ---- loading

    private List<Vignette> load(List<String> problems) throws IOException, URISyntaxException {
        URL url = getClass().getClassLoader().getResource(DIRECTORY);
        if (url == null) {
            problems.add("no " + DIRECTORY + " directory on the test class path");
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(url.toURI()))) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
        List<Vignette> vignettes = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            JsonNode root;
            try {
                root = mapper.readTree(file.toFile());
            } catch (IOException bad) {
                problems.add(name + ": not valid JSON: " + bad.getMessage());
                continue;
            }
            String theme = root.path("theme").asText("");
            if (theme.isBlank()) {
                problems.add(name + ": needs a theme");
            }
            if (!root.path("vignettes").isArray() || root.path("vignettes").isEmpty()) {
                problems.add(name + ": needs a non-empty vignettes array");
                continue;
            }
            for (JsonNode node : root.path("vignettes")) {
                JsonNode expect = node.path("expect");
                JsonNode source = node.path("source");
                JsonNode situation = node.get("situation");
                vignettes.add(new Vignette(name, theme, node.path("id").asText(""), strings(node.path("story")),
                        situation, new LinkedHashSet<>(strings(situation == null ? null : situation.get("answered"))),
                        level(expect.path("careLevel").asText("")), strings(expect.get("include")),
                        strings(expect.get("exclude")), text(source.get("reference")), text(source.get("why"))));
            }
        }
        return vignettes;
    }

    private static List<String> strings(JsonNode node) {
        List<String> out = new ArrayList<>();
        if (node != null && node.isArray()) {
            node.forEach(n -> out.add(n.asText("")));
        }
        return out;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }

    private static CareLevel level(String id) {
        for (CareLevel level : CareLevel.values()) {
            if (level.id().equals(id)) {
                return level;
            }
        }
        return null;
    }

    private static String levels() {
        return Stream.of(CareLevel.values()).map(CareLevel::id).collect(Collectors.joining(", "));
    }

    private static String id(CareLevel level) {
        return level.id();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    // ---- report

    static String report(GuidanceTable table, List<Outcome> outcomes, List<String> problems) {
        StringBuilder md = new StringBuilder();
        int n = outcomes.size();
        long exact = outcomes.stream().filter(Outcome::exact).count();
        long under = outcomes.stream().filter(Outcome::under).count();
        long over = outcomes.stream().filter(Outcome::over).count();
        long itemMisses = outcomes.stream().filter(o -> !o.itemsOk()).count();
        long safe = outcomes.stream().filter(o -> !o.under() && o.itemsOk()).count();

        md.append("# Triage report\n\n");
        md.append("Guidance table ").append(table.version()).append(", ").append(n).append(" vignettes evaluated")
                .append(" (written by `VignetteSuiteTest`; do not edit by hand).\n\n");
        md.append("## Summary\n\n");
        md.append("| measure | value |\n|---|---|\n");
        md.append("| vignettes | ").append(n).append(" |\n");
        md.append("| exact care level (accuracy) | ").append(exact).append(" (").append(pct(exact, n)).append(") |\n");
        md.append("| under-triage (given lower than expected) | ").append(under).append(" (").append(pct(under, n)).append(") |\n");
        md.append("| over-triage (given higher than expected) | ").append(over).append(" (").append(pct(over, n)).append(") |\n");
        md.append("| must-include / must-exclude violations | ").append(itemMisses).append(" vignettes |\n");
        md.append("| safe (no under-triage, items as expected) | ").append(safe).append(" (").append(pct(safe, n)).append(") |\n");
        md.append("| suite problems (under-triage, items, malformed) | ").append(problems.size()).append(" |\n\n");

        md.append("## Confusion matrix\n\nRows: expected care level (from the cited source). Columns: care level the table gave."
                + " Cells above the diagonal are over-triage, below it under-triage.\n\n");
        md.append("| expected \\ given |");
        for (CareLevel given : CareLevel.values()) {
            md.append(' ').append(given.id()).append(" |");
        }
        md.append(" total |\n|---|");
        md.append("---:|".repeat(CareLevel.values().length + 1)).append('\n');
        for (CareLevel expected : CareLevel.values()) {
            md.append("| **").append(expected.id()).append("** |");
            int row = 0;
            for (CareLevel given : CareLevel.values()) {
                long cell = outcomes.stream().filter(o -> o.vignette().expected() == expected && o.given() == given).count();
                row += (int) cell;
                md.append(' ').append(given == expected ? "**" + cell + "**" : String.valueOf(cell)).append(" |");
            }
            md.append(' ').append(row).append(" |\n");
        }
        md.append('\n');

        md.append("## Per theme\n\n| theme | file | vignettes | exact | under | over | item misses |\n|---|---|---:|---:|---:|---:|---:|\n");
        Map<String, List<Outcome>> byFile = new LinkedHashMap<>();
        outcomes.forEach(o -> byFile.computeIfAbsent(o.vignette().file(), k -> new ArrayList<>()).add(o));
        byFile.forEach((file, list) -> md.append("| ").append(list.get(0).vignette().theme()).append(" | `").append(file)
                .append("` | ").append(list.size())
                .append(" | ").append(list.stream().filter(Outcome::exact).count())
                .append(" | ").append(list.stream().filter(Outcome::under).count())
                .append(" | ").append(list.stream().filter(Outcome::over).count())
                .append(" | ").append(list.stream().filter(o -> !o.itemsOk()).count()).append(" |\n"));
        md.append('\n');

        md.append("## Misses\n\nEvery vignette whose care level differs from the expected one, or whose must-include /"
                + " must-exclude items are not met.\n\n");
        List<Outcome> misses = outcomes.stream().filter(o -> !o.exact() || !o.itemsOk()).toList();
        if (misses.isEmpty()) {
            md.append("None.\n\n");
        } else {
            md.append("| id | kind | expected | given | red flags given | safety net given | missing includes | present excludes | source |\n"
                    + "|---|---|---|---|---|---|---|---|---|\n");
            for (Outcome o : misses) {
                String kind = o.under() ? "UNDER-TRIAGE" : o.over() ? "over-triage" : "items";
                if (!o.exact() && !o.itemsOk()) {
                    kind += " + items";
                }
                md.append("| ").append(o.vignette().id()).append(" | ").append(kind).append(" | ")
                        .append(o.vignette().expected().id()).append(" | ").append(o.given().id()).append(" | ")
                        .append(list(o.redFlags())).append(" | ").append(list(o.safetyNet())).append(" | ")
                        .append(list(o.missing())).append(" | ")
                        .append(list(o.present())).append(" | ").append(o.vignette().reference()).append(" |\n");
            }
            md.append('\n');
        }

        List<Outcome> overs = outcomes.stream().filter(Outcome::over).toList();
        md.append("## Over-triage, one by one\n\n");
        if (overs.isEmpty()) {
            md.append("None.\n\n");
        } else {
            for (Outcome o : overs) {
                md.append("- **").append(o.vignette().id()).append("**: expected ").append(o.vignette().expected().id())
                        .append(", given ").append(o.given().id()).append(" by ").append(list(o.redFlags()))
                        .append(". Source: ").append(o.vignette().why()).append('\n');
            }
            md.append('\n');
        }

        md.append("## Suite problems\n\n");
        if (problems.isEmpty()) {
            md.append("None: no under-triage, every include/exclude met, every vignette well formed.\n");
        } else {
            problems.forEach(p -> md.append("- ").append(p).append('\n'));
        }
        return md.toString();
    }

    private static String list(List<String> ids) {
        return ids.isEmpty() ? "" : ids.stream().map(s -> "`" + s + "`").collect(Collectors.joining(", "));
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
