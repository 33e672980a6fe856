package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.Threshold;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Condition.Term;
import dev.crampguide.table.GuidanceTable.CareLevelRule;
import dev.crampguide.table.GuidanceTable.Opposite;
import dev.crampguide.table.TableDefinition.CareLevelRuleDefinition;
import dev.crampguide.table.TableDefinition.OppositeDefinition;
import dev.crampguide.table.TableDefinition.RowDefinition;
import dev.crampguide.table.TableDefinition.TagDefinition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks and compiles a {@link TableDefinition}, one named stage after another like a compiler's passes. Every
 * stage adds its problems, each located at the row or entry it concerns, and the table is refused with all of
 * them at once. Later stages read what earlier ones built, so the order of {@link #STAGES} matters.
 */
final class TableCompiler {

    /** A pass over the table; {@code name} says what it checks. */
    private record Stage(String name, Consumer<TableCompiler> run) {
    }

    private static final List<Stage> STAGES = List.of(
            new Stage("header: version, disclaimer, messages", TableCompiler::checkHeader),
            new Stage("references: ids, titles, links", TableCompiler::checkReferences),
            new Stage("labels: sections and exceptions they name", TableCompiler::checkTagDefinitions),
            new Stage("section gates: syntax", TableCompiler::parseGates),
            new Stage("rows: ids, sections, labels, condition syntax", TableCompiler::parseRows),
            new Stage("facts: the thresholds the table names", TableCompiler::buildCatalog),
            new Stage("rows: facts, care levels, texts, citations, reachability", TableCompiler::compileRows),
            new Stage("references: each cited", TableCompiler::checkEveryReferenceCited),
            new Stage("contract: required ids in their sections", TableCompiler::checkContractIds),
            new Stage("labels: rows whose wording needs them", TableCompiler::checkWordingCarriesTags),
            new Stage("care-level rules", TableCompiler::compileCareLevelRules),
            new Stage("opposites: never in one answer", TableCompiler::checkOpposites),
            new Stage("questions: options, the contract's screening questions first, every row's facts askable",
                    TableCompiler::compileQuestions));

    private final TableDefinition definition;
    private final Map<Section, Set<String>> requiredIds;
    private final Map<String, Set<String>> requiredQuestions;
    private final List<String> problems = new ArrayList<>();

    private final Set<String> referenceIds = new LinkedHashSet<>();
    private final Map<Section, List<Term>> gates = new EnumMap<>(Section.class);
    /** Rows that parsed, with their alternatives (gate terms first) for the later stages. */
    private final Map<RowDefinition, List<List<Term>>> parsed = new LinkedHashMap<>();
    private final Set<String> rowIds = new HashSet<>();
    private FactCatalog catalog;
    private final Map<String, Row> compiled = new LinkedHashMap<>();
    private final Set<String> cited = new HashSet<>();
    private final List<CareLevelRule> careLevelRules = new ArrayList<>();
    private Questions questions;

    /**
     * Whether to run the proofs: every row reachable, no pair of opposites in one answer. They search situations
     * (tens of milliseconds in a fresh JVM, performance.md); the build runs them, and a start-up whose table the
     * build proved skips them.
     */
    private final boolean prove;

    private TableCompiler(TableDefinition definition, Map<Section, Set<String>> requiredIds,
            Map<String, Set<String>> requiredQuestions, boolean prove) {
        this.definition = definition;
        this.requiredIds = requiredIds;
        this.requiredQuestions = requiredQuestions;
        this.prove = prove;
    }

    static GuidanceTable compile(TableDefinition definition, String fingerprint, Map<Section, Set<String>> requiredIds,
            Map<String, Set<String>> requiredQuestions, boolean prove) {
        TableCompiler compiler = new TableCompiler(definition, requiredIds, requiredQuestions, prove);
        STAGES.forEach(stage -> stage.run().accept(compiler));
        if (!compiler.problems.isEmpty()) {
            throw new TableException(compiler.problems);
        }
        return new GuidanceTable(definition.version() + "+" + fingerprint, definition, compiler.catalog,
                compiler.inAnswerOrder(), compiler.careLevelRules, compiler.opposites(), compiler.questions);
    }

    private void problem(String where, String message) {
        problems.add(where + ": " + message);
    }

    private static String row(String id) {
        return "row '" + id + "'";
    }

    // ---- stages ----------------------------------------------------------------------------------------

    private void checkHeader() {
        if (blank(definition.version())) {
            problem("table", "version is missing");
        }
        if (blank(definition.disclaimer())) {
            problem("table", "disclaimer is missing");
        }
        for (String key : GuidanceTable.REQUIRED_MESSAGES) {
            if (blank(definition.messages().get(key))) {
                problem("table", "message '" + key + "' is missing");
            }
        }
    }

    private void checkReferences() {
        for (Reference reference : definition.references()) {
            String where = "reference '" + reference.id() + "'";
            if (!referenceIds.add(reference.id())) {
                problem(where, "duplicate id");
            }
            if (blank(reference.title())) {
                problem(where, "title is missing");
            }
            if (blank(reference.url()) || !reference.url().startsWith("https://")) {
                problem(where, "needs a link (an https url) a reader can follow");
            }
        }
    }

    private void checkTagDefinitions() {
        definition.tags().forEach((tag, meaning) -> {
            String where = "label '" + tag + "'";
            if (blank(meaning.means())) {
                problem(where, "says nothing about what it means");
            }
            meaning.requiredIn().stream().filter(s -> Section.byId(s).isEmpty())
                    .forEach(s -> problem(where, "unknown section '" + s + "'"));
            if (meaning.unlessTagged() != null && !definition.tags().containsKey(meaning.unlessTagged())) {
                problem(where, "unknown label '" + meaning.unlessTagged() + "'");
            }
        });
    }

    private void parseGates() {
        definition.sectionGates().forEach((sectionId, gate) -> {
            String where = "section gate '" + sectionId + "'";
            Optional<Section> section = Section.byId(sectionId);
            if (section.isEmpty()) {
                problem(where, "unknown section");
            } else {
                gates.put(section.get(), Condition.parse(gate, definition.factGroups(), p -> problem(where, p)));
            }
        });
    }

    private void parseRows() {
        for (RowDefinition row : definition.rows()) {
            String where = row(row.id());
            if (blank(row.id())) {
                problem("row with title '" + row.title() + "'", "id is missing");
                continue;
            }
            if (!rowIds.add(row.id())) {
                problem(where, "duplicate id");
                continue;
            }
            Optional<Section> section = Section.byId(row.section());
            if (section.isEmpty()) {
                problem(where, "unknown section '" + row.section() + "'");
                continue;
            }
            if (row.when() == null || row.when().isEmpty()) {
                problem(where, "condition 'when' is missing (write \"always\" for unconditional rows)");
                continue;
            }
            checkLabels(row, section.get());
            List<List<Term>> alternatives = new ArrayList<>();
            for (String alternative : row.when()) {
                List<Term> terms = new ArrayList<>(gates.getOrDefault(section.get(), List.of()));
                terms.addAll(Condition.parse(alternative, definition.factGroups(), p -> problem(where, p)));
                alternatives.add(terms);
            }
            parsed.put(row, alternatives);
        }
    }

    private void checkLabels(RowDefinition row, Section section) {
        String where = row(row.id());
        for (String tag : concat(row.tags(), row.suppresses())) {
            if (!definition.tags().containsKey(tag)) {
                problem(where, "unknown label '" + tag + "'");
            }
        }
        if (section == Section.RED_FLAGS && !row.tags().isEmpty()) {
            // a label could let a rule leave the red flag out, and with it the care level it sets
            problem(where, "a red flag is never left out of an answer, so it carries no labels");
        }
        if (section != Section.RED_FLAGS && !row.suppresses().isEmpty()) {
            problem(where, "only a red flag may suppress labelled rows");
        }
    }

    private void buildCatalog() {
        Set<Threshold> thresholds = new LinkedHashSet<>();
        definition.factGroups().values().forEach(names -> names.forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)));
        parsed.values().forEach(alts -> alts.forEach(terms -> terms.forEach(
                term -> term.facts().forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)))));
        catalog = FactCatalog.withThresholds(thresholds);
    }

    private void compileRows() {
        parsed.forEach((row, alternatives) -> {
            String where = row(row.id());
            Section section = Section.byId(row.section()).orElseThrow();
            Condition condition = Condition.compile(alternatives, catalog, p -> problem(where, p));
            if (condition == null) {
                return;
            }
            CareLevel careLevel = careLevel(row, section, condition);
            for (String field : List.of("title", "text", "spoken")) {
                String value = field.equals("title") ? row.title() : field.equals("text") ? row.text() : row.spoken();
                if (blank(value)) {
                    problem(where, field + " is missing");
                }
            }
            if (row.references() == null || row.references().isEmpty()) {
                problem(where, "cites no reference");
            } else {
                for (String ref : row.references()) {
                    if (!referenceIds.contains(ref)) {
                        problem(where, "cites unknown reference '" + ref + "'");
                    }
                    cited.add(ref);
                }
            }
            if (prove && GuidanceTable.witness(condition, catalog).isEmpty()) {
                problem(where, "unreachable: no situation meets '" + condition.text() + "'");
            }
            compiled.put(row.id(), new Row(row.id(), section, condition, row.rank(), careLevel, row.title(),
                    row.text(), row.spoken(), row.references() == null ? List.of() : List.copyOf(row.references()),
                    Set.copyOf(row.tags()), Set.copyOf(row.suppresses())));
        });
    }

    private CareLevel careLevel(RowDefinition row, Section section, Condition condition) {
        String where = row(row.id());
        if (section != Section.RED_FLAGS) {
            if (row.careLevel() != null) {
                problem(where, "only red flags carry a care level");
            }
            return null;
        }
        CareLevel careLevel = row.careLevel() == null ? null : Coded.parse(CareLevel.class, row.careLevel()).orElse(null);
        if (careLevel == null) {
            problem(where, "a red flag needs a care level, one of " + Coded.ids(CareLevel.class)
                    + " (got " + row.careLevel() + ")");
        }
        if (condition.negates()) {
            // A negated fact could make an added symptom remove a red flag and lower the care level.
            problem(where, "a red flag's condition may not use '!'");
        }
        return careLevel;
    }

    /** A table that asks nothing (a test fixture) has nothing to reach; the bundled one must ask the contract's. */
    private void compileQuestions() {
        boolean asks = !definition.questions().isEmpty() || !requiredQuestions.isEmpty();
        questions = Questions.compile(definition.questions(), definition.factGroups(), catalog,
                asks ? List.copyOf(compiled.values()) : List.of(), requiredQuestions, problems::add);
    }

    private void checkEveryReferenceCited() {
        referenceIds.stream().filter(id -> !cited.contains(id))
                .forEach(id -> problem("reference '" + id + "'", "cited by no row"));
    }

    private void checkContractIds() {
        requiredIds.forEach((section, ids) -> {
            definition.rows().stream()
                    .filter(r -> ids.contains(r.id()) && !section.id().equals(r.section()) && rowIds.contains(r.id()))
                    .forEach(r -> problem(row(r.id()), "belongs in section " + section.id()));
            ids.stream().filter(id -> !(compiled.containsKey(id) && compiled.get(id).section() == section)).sorted()
                    .forEach(id -> problem(row(id), "required by the contract in " + section.id()
                            + " but missing or invalid"));
        });
    }

    /** A row whose words tell the person to do what a label covers must carry that label. */
    private void checkWordingCarriesTags() {
        definition.tags().forEach((tag, meaning) -> {
            if (meaning.words().isEmpty()) {
                return;
            }
            Pattern words = Pattern.compile("\\b(" + String.join("|", meaning.words().stream().map(Pattern::quote).toList())
                    + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (Row row : compiled.values()) {
                if (!meaning.requiredIn().contains(row.section().id()) || row.tags().contains(tag)
                        || (meaning.unlessTagged() != null && row.tags().contains(meaning.unlessTagged()))) {
                    continue;
                }
                var found = words.matcher(row.title() + " " + row.text() + " " + row.spoken());
                if (found.find()) {
                    problem(row(row.id()), "says '" + found.group().toLowerCase(Locale.ROOT) + "…' but is not labelled '"
                            + tag + "' (" + meaning.means() + ")");
                }
            }
        });
    }

    private void compileCareLevelRules() {
        for (CareLevelRuleDefinition rule : definition.careLevelRules()) {
            String where = "care-level rule from '" + rule.from() + "'";
            Optional<CareLevel> from = rule.from() == null ? Optional.empty() : Coded.parse(CareLevel.class, rule.from());
            if (from.isEmpty()) {
                problem(where, "unknown care level, one of " + Coded.ids(CareLevel.class));
            }
            concat(rule.drop(), rule.keepOnly()).stream().filter(t -> !definition.tags().containsKey(t))
                    .forEach(t -> problem(where, "unknown label '" + t + "'"));
            from.ifPresent(level -> careLevelRules.add(
                    new CareLevelRule(level, Set.copyOf(rule.drop()), Set.copyOf(rule.keepOnly()))));
        }
    }

    /**
     * Each declared pair is kept apart by the table itself: one side suppresses the other, the care-level rules
     * drop one side wherever the other is raised, or no situation meets both conditions (the reachability
     * solver finds none).
     */
    private void checkOpposites() {
        for (OppositeDefinition opposite : definition.opposites()) {
            String where = "opposites " + opposite.one() + " / " + opposite.other();
            List<Row> one = expand(opposite.one(), where);
            List<Row> other = expand(opposite.other(), where);
            if (blank(opposite.why())) {
                problem(where, "say why they contradict each other");
            }
            if (!prove) {
                continue;
            }
            for (Row a : one) {
                for (Row b : other) {
                    Optional<Situation> together = together(a, b);
                    together.ifPresent(s -> problem(row(a.id()), "and " + row(b.id())
                            + " give opposite advice but can appear together, e.g. for " + describe(s)));
                }
            }
        }
    }

    private List<Row> expand(List<String> entries, String where) {
        List<Row> rows = new ArrayList<>();
        for (String entry : entries) {
            if (entry.startsWith("#")) {
                String tag = entry.substring(1);
                if (!definition.tags().containsKey(tag)) {
                    problem(where, "unknown label '" + tag + "'");
                }
                compiled.values().stream().filter(r -> r.tags().contains(tag)).forEach(rows::add);
            } else if (compiled.containsKey(entry)) {
                rows.add(compiled.get(entry));
            } else if (!rowIds.contains(entry)) {
                problem(where, "unknown row '" + entry + "'");
            }
        }
        return rows;
    }

    /** A situation in which both rows would be in one answer, or empty when the table keeps them apart. */
    private Optional<Situation> together(Row a, Row b) {
        if (leavesOut(a, b) || leavesOut(b, a)) {
            return Optional.empty();
        }
        List<List<Term>> both = new ArrayList<>();
        for (List<Term> x : parsed.get(definitionOf(a))) {
            for (List<Term> y : parsed.get(definitionOf(b))) {
                List<Term> merged = new ArrayList<>(x);
                merged.addAll(y);
                both.add(merged);
            }
        }
        Condition condition = Condition.compile(both, catalog, p -> { });
        if (condition == null || !GuidanceTable.searchable(condition)) {
            // too many combinations to rule out: say so rather than guess
            return Optional.of(Situation.EMPTY);
        }
        return GuidanceTable.witness(condition, catalog);
    }

    /** True when raising red flag {@code flag} always takes {@code row} out of the answer. */
    private boolean leavesOut(Row flag, Row row) {
        if (flag.section() != Section.RED_FLAGS || row.section() == Section.RED_FLAGS) {
            return false;
        }
        if (flag.suppresses().stream().anyMatch(row.tags()::contains)) {
            return true;
        }
        return flag.careLevel() != null && !GuidanceTable.kept(careLevelRules, row, flag.careLevel());
    }

    private String describe(Situation situation) {
        var facts = catalog.factsOf(situation);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (facts.contains(i)) {
                names.add(catalog.name(i));
            }
        }
        return names.isEmpty() ? "a situation too large to search" : String.join(" & ", names);
    }

    private RowDefinition definitionOf(Row row) {
        return parsed.keySet().stream().filter(d -> d.id().equals(row.id())).findFirst().orElseThrow();
    }

    private List<Opposite> opposites() {
        return definition.opposites().stream()
                .map(o -> new Opposite(List.copyOf(o.one()), List.copyOf(o.other()), o.why())).toList();
    }

    private Map<Section, List<Row>> inAnswerOrder() {
        Comparator<Row> byRank = Comparator.comparingInt(Row::rank).thenComparing(Row::id);
        Comparator<Row> urgentFirst = Comparator.comparing(Row::careLevel, Comparator.reverseOrder()).thenComparing(byRank);
        Map<Section, List<Row>> ordered = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            List<Row> list = new ArrayList<>(compiled.values().stream().filter(r -> r.section() == section).toList());
            list.sort(section == Section.RED_FLAGS ? urgentFirst : byRank);
            ordered.put(section, List.copyOf(list));
        }
        return ordered;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
