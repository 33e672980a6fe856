package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.Threshold;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Condition.Alternative;
import dev.crampguide.table.Condition.Term;
import dev.crampguide.table.TableDefinition.RowDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The checked, compiled guidance table: the whole medical knowledge of the service. Built once; immutable
 * and safe to share between threads. {@link #compile} refuses a table with any problem and names them all.
 */
public final class GuidanceTable {

    /** Sentences the engine needs from every table, besides its rows. */
    public static final List<String> REQUIRED_MESSAGES = requiredMessages();

    /** How many combinations of "any of" choices the reachability check tries per alternative. */
    private static final int MAX_WITNESS_TRIES = 4096;

    private final String version;
    private final String disclaimer;
    private final List<Reference> references;
    private final Map<String, String> messages;
    private final Map<String, String> sectionGates;
    private final FactCatalog catalog;
    private final Map<Section, List<Row>> rowsBySection;
    private final List<Row> rows;
    private final Questions questions;

    private GuidanceTable(String version, TableDefinition definition, FactCatalog catalog,
            Map<Section, List<Row>> rowsBySection, Questions questions) {
        this.version = version;
        this.disclaimer = definition.disclaimer();
        this.references = List.copyOf(definition.references());
        this.messages = Map.copyOf(definition.messages());
        this.sectionGates = Map.copyOf(definition.sectionGates());
        this.catalog = catalog;
        this.rowsBySection = rowsBySection;
        List<Row> all = new ArrayList<>();
        rowsBySection.values().forEach(all::addAll);
        this.rows = List.copyOf(all);
        this.questions = questions;
    }

    public String version() {
        return version;
    }

    public String disclaimer() {
        return disclaimer;
    }

    /** In the order the table lists them (the article's order first). */
    public List<Reference> references() {
        return references;
    }

    public String message(String key) {
        return messages.get(key);
    }

    public Map<String, String> sectionGates() {
        return sectionGates;
    }

    public FactCatalog catalog() {
        return catalog;
    }

    /** A section's rows in answer order: red flags most urgent first, the others by rank. */
    public List<Row> rows(Section section) {
        return rowsBySection.get(section);
    }

    public List<Row> rows() {
        return rows;
    }

    /** What the service may ask next, in the order it asks. */
    public Questions questions() {
        return questions;
    }

    public Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A situation in which the row applies, or empty if none exists (which {@link #compile} forbids). */
    public Optional<Situation> exampleFor(Row row) {
        return witness(row.condition(), catalog);
    }

    /**
     * Checks and compiles a table definition.
     *
     * @param fingerprint a digest of the table's source, appended to its version so every edit changes it
     * @param requiredIds ids a section must contain (the public contract's), keyed by section
     * @throws TableException naming every problem found
     */
    public static GuidanceTable compile(TableDefinition definition, String fingerprint,
            Map<Section, Set<String>> requiredIds) {
        return compile(definition, fingerprint, requiredIds, Map.of());
    }

    /**
     * As {@link #compile(TableDefinition, String, Map)}, also requiring the contract's questions.
     *
     * @param requiredQuestions question ids that must come first, in this order, each with the facts its options
     *                          must cover
     */
    public static GuidanceTable compile(TableDefinition definition, String fingerprint,
            Map<Section, Set<String>> requiredIds, Map<String, Set<String>> requiredQuestions) {
        List<String> problems = new ArrayList<>();
        if (blank(definition.version())) {
            problems.add("table: version is missing");
        }
        if (blank(definition.disclaimer())) {
            problems.add("table: disclaimer is missing");
        }
        for (String key : REQUIRED_MESSAGES) {
            if (blank(definition.messages().get(key))) {
                problems.add("table: message '" + key + "' is missing");
            }
        }
        Set<String> referenceIds = new LinkedHashSet<>();
        for (Reference reference : definition.references()) {
            if (!referenceIds.add(reference.id())) {
                problems.add("reference '" + reference.id() + "': duplicate id");
            }
            if (blank(reference.title())) {
                problems.add("reference '" + reference.id() + "': title is missing");
            }
        }

        // Pass 1: syntax, so every threshold fact the table names is known before facts get indexes.
        Map<Section, List<Term>> gates = new EnumMap<>(Section.class);
        definition.sectionGates().forEach((sectionId, gate) -> {
            Optional<Section> section = Section.byId(sectionId);
            if (section.isEmpty()) {
                problems.add("section gate '" + sectionId + "': unknown section");
            } else {
                gates.put(section.get(), Condition.parse(gate, definition.factGroups(),
                        p -> problems.add("section gate '" + sectionId + "': " + p)));
            }
        });
        Map<RowDefinition, List<List<Term>>> parsed = new LinkedHashMap<>();
        Set<String> rowIds = new HashSet<>();
        for (RowDefinition row : definition.rows()) {
            String where = "row '" + row.id() + "': ";
            if (blank(row.id())) {
                problems.add("row with title '" + row.title() + "': id is missing");
                continue;
            }
            if (!rowIds.add(row.id())) {
                problems.add(where + "duplicate id");
                continue;
            }
            Optional<Section> section = Section.byId(row.section());
            if (section.isEmpty()) {
                problems.add(where + "unknown section '" + row.section() + "'");
                continue;
            }
            if (row.when() == null || row.when().isEmpty()) {
                problems.add(where + "condition 'when' is missing (write \"always\" for unconditional rows)");
                continue;
            }
            List<List<Term>> alternatives = new ArrayList<>();
            for (String alternative : row.when()) {
                List<Term> terms = new ArrayList<>(gates.getOrDefault(section.get(), List.of()));
                terms.addAll(Condition.parse(alternative, definition.factGroups(), p -> problems.add(where + p)));
                alternatives.add(terms);
            }
            parsed.put(row, alternatives);
        }
        Set<Threshold> thresholds = new LinkedHashSet<>();
        definition.factGroups().values().forEach(names -> names.forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)));
        parsed.values().forEach(alts -> alts.forEach(terms -> terms.forEach(
                term -> term.facts().forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)))));
        FactCatalog catalog = FactCatalog.withThresholds(thresholds);

        // Pass 2: meaning.
        Set<String> cited = new HashSet<>();
        Map<Section, List<Row>> bySection = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            bySection.put(section, new ArrayList<>());
        }
        parsed.forEach((row, alternatives) -> {
            String where = "row '" + row.id() + "': ";
            Section section = Section.byId(row.section()).orElseThrow();
            Condition condition = Condition.compile(alternatives, catalog, p -> problems.add(where + p));
            if (condition == null) {
                return;
            }
            CareLevel careLevel = null;
            if (section == Section.RED_FLAGS) {
                careLevel = row.careLevel() == null ? null : Coded.parse(CareLevel.class, row.careLevel()).orElse(null);
                if (careLevel == null) {
                    problems.add(where + "a red flag needs a care level, one of " + Coded.ids(CareLevel.class)
                            + " (got " + row.careLevel() + ")");
                }
                if (condition.negates()) {
                    // A negated fact could make an added symptom remove a red flag and lower the care level.
                    problems.add(where + "a red flag's condition may not use '!'");
                }
            } else if (row.careLevel() != null) {
                problems.add(where + "only red flags carry a care level");
            }
            for (String field : List.of("title", "text", "spoken")) {
                String value = field.equals("title") ? row.title() : field.equals("text") ? row.text() : row.spoken();
                if (blank(value)) {
                    problems.add(where + field + " is missing");
                }
            }
            if (row.references() == null || row.references().isEmpty()) {
                problems.add(where + "cites no reference");
            } else {
                for (String ref : row.references()) {
                    if (!referenceIds.contains(ref)) {
                        problems.add(where + "cites unknown reference '" + ref + "'");
                    }
                    cited.add(ref);
                }
            }
            if (witness(condition, catalog).isEmpty()) {
                problems.add(where + "unreachable: no situation meets '" + condition.text() + "'");
            }
            bySection.get(section).add(new Row(row.id(), section, condition, row.rank(), careLevel, row.title(),
                    row.text(), row.spoken(), row.references() == null ? List.of() : List.copyOf(row.references())));
        });
        for (String id : referenceIds) {
            if (!cited.contains(id)) {
                problems.add("reference '" + id + "': cited by no row");
            }
        }
        requiredIds.forEach((section, ids) -> {
            Set<String> present = new HashSet<>();
            bySection.get(section).forEach(r -> present.add(r.id()));
            definition.rows().stream()
                    .filter(r -> ids.contains(r.id()) && !section.id().equals(r.section()) && rowIds.contains(r.id()))
                    .forEach(r -> problems.add("row '" + r.id() + "': belongs in section " + section.id()));
            ids.stream().filter(id -> !present.contains(id)).sorted()
                    .forEach(id -> problems.add("row '" + id + "': required by the contract in " + section.id()
                            + " but missing or invalid"));
        });
        List<Row> allRows = new ArrayList<>();
        bySection.values().forEach(allRows::addAll);
        Questions questions = definition.questions().isEmpty() && requiredQuestions.isEmpty()
                ? Questions.compile(List.of(), definition.factGroups(), catalog, List.of(), Map.of(), problems::add)
                : Questions.compile(definition.questions(), definition.factGroups(), catalog, allRows,
                        requiredQuestions, problems::add);
        if (!problems.isEmpty()) {
            throw new TableException(problems);
        }
        Comparator<Row> byRank = Comparator.comparingInt(Row::rank).thenComparing(Row::id);
        Comparator<Row> urgentFirst = Comparator.comparing(Row::careLevel, Comparator.reverseOrder()).thenComparing(byRank);
        Map<Section, List<Row>> ordered = new EnumMap<>(Section.class);
        bySection.forEach((section, list) -> {
            list.sort(section == Section.RED_FLAGS ? urgentFirst : byRank);
            ordered.put(section, List.copyOf(list));
        });
        return new GuidanceTable(definition.version() + "+" + fingerprint, definition, catalog, ordered, questions);
    }

    /** Tries each combination of one fact per "any of" term until a situation meets the condition. */
    private static Optional<Situation> witness(Condition condition, FactCatalog catalog) {
        for (Alternative alternative : condition.alternatives()) {
            List<List<String>> choices = alternative.anyOf();
            int[] pick = new int[choices.size()];
            for (int tries = 0; tries < MAX_WITNESS_TRIES; tries++) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < pick.length; i++) {
                    chosen.add(choices.get(i).get(pick[i]));
                }
                Optional<Situation> situation = catalog.witness(chosen);
                if (situation.isPresent() && condition.because(catalog.factsOf(situation.get())) != null) {
                    return situation;
                }
                if (!advance(pick, choices)) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean advance(int[] pick, List<List<String>> choices) {
        for (int i = pick.length - 1; i >= 0; i--) {
            if (++pick[i] < choices.get(i).size()) {
                return true;
            }
            pick[i] = 0;
        }
        return false;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static List<String> requiredMessages() {
        List<String> keys = new ArrayList<>();
        for (CareLevel level : CareLevel.values()) {
            keys.add("lead." + level.id());
            keys.add("title." + level.id());
        }
        keys.add("general");
        keys.add("closing");
        keys.add("lead.so_far");
        keys.add("title.so_far");
        keys.add("so_far");
        return List.copyOf(keys);
    }
}
