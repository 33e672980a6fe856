package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.table.TableDefinition.FacetDefinition;
import dev.crampguide.table.TableDefinition.TagDefinition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
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
    private final AnswerPlan plan;
    private final List<TableDefinition.DiaryThresholdDefinition> diary;

    /** From care level {@code from} up, answers leave out rows labelled {@code drop}, or not labelled {@code keepOnly}. */
    public record CareLevelRule(CareLevel from, Set<String> drop, Set<String> keepOnly) {
    }

    /** Rows on one side must never share an answer with those on the other (derived from their facets). */
    public record Opposite(List<String> one, List<String> other, String why) {
    }

    GuidanceTable(String version, TableDefinition definition, FactCatalog catalog,
            Map<Section, List<Row>> rowsBySection, List<CareLevelRule> careLevelRules, List<Opposite> opposites,
            Questions questions, AnswerPlan plan) {
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
        this.plan = plan;
        this.diary = definition.diary();
    }

    /** When a cramp diary may say {@code symptoms:frequent} and the like of its own record, in table order. */
    public List<TableDefinition.DiaryThresholdDefinition> diary() {
        return diary;
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

    /** The lookup arrays an evaluation reads (built by the compiler's last stage). */
    public AnswerPlan plan() {
        return plan;
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
     * As {@link #compile}, without the proofs that search situations (reachability, contradictions) and the stages
     * that only check: only for a table whose exact source the build has already checked and proved. The stages that
     * build the table still refuse what they cannot build.
     */
    public static GuidanceTable compileProved(TableDefinition definition, String fingerprint, Requirements required) {
        return TableCompiler.compile(definition, fingerprint, required, false);
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
        keys.add("lead.advice_held");
        return List.copyOf(keys);
    }
}
