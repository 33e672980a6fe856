package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Condition.Alternative;
import dev.crampguide.table.TableDefinition.FacetDefinition;
import dev.crampguide.table.TableDefinition.TagDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

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
    private final Map<String, TagDefinition> tags;
    private final Map<String, FacetDefinition> facets;
    private final Map<String, List<String>> timeframes;
    private final List<CareLevelRule> careLevelRules;
    private final List<Opposite> opposites;
    private final Questions questions;

    /** From care level {@code from} up, answers leave out rows labelled {@code drop}, or not labelled {@code keepOnly}. */
    public record CareLevelRule(CareLevel from, Set<String> drop, Set<String> keepOnly) {
    }

    /** Rows on one side must never share an answer with those on the other (derived from their facets). */
    public record Opposite(List<String> one, List<String> other, String why) {
    }

    GuidanceTable(String version, TableDefinition definition, FactCatalog catalog,
            Map<Section, List<Row>> rowsBySection, List<CareLevelRule> careLevelRules, List<Opposite> opposites,
            Questions questions) {
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
        this.tags = Collections.unmodifiableMap(new LinkedHashMap<>(definition.tags()));
        this.facets = Collections.unmodifiableMap(new LinkedHashMap<>(definition.facets()));
        this.timeframes = Collections.unmodifiableMap(new LinkedHashMap<>(definition.timeframes()));
        this.careLevelRules = List.copyOf(careLevelRules);
        this.opposites = List.copyOf(opposites);
        this.questions = questions;
    }

    /** What the service may ask next, in the order it asks. */
    public Questions questions() {
        return questions;
    }

    /** The labels rows may carry, with what each means, in table order. */
    public Map<String, TagDefinition> tags() {
        return tags;
    }

    /** The subjects rows may speak about, with the things a row may say about each, in table order. */
    public Map<String, FacetDefinition> facets() {
        return facets;
    }

    /** Per care level id, the words that say when to act at that level. */
    public Map<String, List<String>> timeframes() {
        return timeframes;
    }

    public List<CareLevelRule> careLevelRules() {
        return careLevelRules;
    }

    public List<Opposite> opposites() {
        return opposites;
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

    /** Every message, by key. */
    public Map<String, String> messages() {
        return messages;
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

    public Optional<Row> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** A situation in which the row applies, or empty if none exists (which {@link #compile} forbids). */
    public Optional<Situation> exampleFor(Row row) {
        return witness(row.condition(), catalog);
    }

    /**
     * Checks and compiles a table definition (see {@link TableCompiler} for the stages).
     *
     * @param fingerprint a digest of the table's source, appended to its version so every edit changes it
     * @param required    what the public contract requires of it
     * @throws TableException naming every problem found
     */
    public static GuidanceTable compile(TableDefinition definition, String fingerprint, Requirements required) {
        return TableCompiler.compile(definition, fingerprint, required, true);
    }

    /**
     * As {@link #compile}, without the proofs that search situations (reachability, contradictions): only for a
     * table whose exact source the build has already proved. Every other check still runs, and still refuses.
     */
    public static GuidanceTable compileProved(TableDefinition definition, String fingerprint, Requirements required) {
        return TableCompiler.compile(definition, fingerprint, required, false);
    }

    /** True when an answer at this care level keeps the row (red flags always stay). */
    public boolean kept(Row row, CareLevel careLevel) {
        return kept(careLevelRules, row, careLevel);
    }

    static boolean kept(List<CareLevelRule> rules, Row row, CareLevel careLevel) {
        if (row.section() == Section.RED_FLAGS) {
            return true;
        }
        for (CareLevelRule rule : rules) {
            if (careLevel.compareTo(rule.from()) < 0) {
                continue;
            }
            if (rule.drop().stream().anyMatch(row.tags()::contains)) {
                return false;
            }
            if (!rule.keepOnly().isEmpty() && rule.keepOnly().stream().noneMatch(row.tags()::contains)) {
                return false;
            }
        }
        return true;
    }

    /** True when {@link #witness} tries every combination of the condition's choices. */
    static boolean searchable(Condition condition) {
        for (Alternative alternative : condition.alternatives()) {
            long combinations = 1;
            for (List<String> choice : alternative.anyOf()) {
                combinations *= choice.size();
                if (combinations > MAX_WITNESS_TRIES) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Tries each combination of one fact per "any of" term until a situation meets the condition. */
    static Optional<Situation> witness(Condition condition, FactCatalog catalog) {
        return witness(condition, catalog, facts -> true);
    }

    /**
     * As {@link #witness(Condition, FactCatalog)}, for a situation that {@code accept} also takes. Each try holds
     * one fact per "any of" term and nothing else, the least that meets the condition; for a property that more
     * facts can only take away (as raising more red flags only leaves more rows out), trying these is a proof.
     */
    static Optional<Situation> witness(Condition condition, FactCatalog catalog, Predicate<FactSet> accept) {
        for (Alternative alternative : condition.alternatives()) {
            List<List<String>> choices = alternative.anyOf();
            int[] pick = new int[choices.size()];
            for (int tries = 0; tries < MAX_WITNESS_TRIES; tries++) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < pick.length; i++) {
                    chosen.add(choices.get(i).get(pick[i]));
                }
                Optional<Situation> situation = catalog.witness(chosen);
                if (situation.isPresent()) {
                    FactSet facts = catalog.factsOf(situation.get());
                    if (condition.because(facts) != null && accept.test(facts)) {
                        return situation;
                    }
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
