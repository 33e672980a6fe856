package dev.crampguide.table;

import java.util.List;
import java.util.Map;

/**
 * The table as written in its data file, before it is checked and compiled. Conditions are still text;
 * see {@link Condition} for their form.
 *
 * @param sectionGates   a condition every row of that section must also meet, keyed by section id
 * @param messages       sentences the engine puts around the rows: lead-ins per care level and the like
 * @param tags           the words rows may be labelled with, by name
 * @param careLevelRules which labelled rows an answer keeps once its care level is this high
 * @param opposites      pairs of rows, or labels, that give opposite advice and so may never appear together
 */
public record TableDefinition(
        String version,
        String disclaimer,
        List<Reference> references,
        Map<String, List<String>> factGroups,
        Map<String, String> sectionGates,
        Map<String, String> messages,
        Map<String, TagDefinition> tags,
        List<CareLevelRuleDefinition> careLevelRules,
        List<OppositeDefinition> opposites,
        List<RowDefinition> rows) {

    /** A table without labels, care-level rules or opposites (small test tables). */
    public TableDefinition(String version, String disclaimer, List<Reference> references,
            Map<String, List<String>> factGroups, Map<String, String> sectionGates, Map<String, String> messages,
            List<RowDefinition> rows) {
        this(version, disclaimer, references, factGroups, sectionGates, messages, Map.of(), List.of(), List.of(), rows);
    }

    /**
     * A label rows carry. When {@code words} is not empty, every row of {@code requiredIn} whose wording uses one
     * of them (a word starting so) must carry the label, or the label {@code unlessTagged}: the table refuses a
     * row that, say, tells you to stretch a leg without saying so in its labels.
     */
    public record TagDefinition(String means, List<String> words, List<String> requiredIn, String unlessTagged) {
    }

    /**
     * From care level {@code from} up, answers leave out rows labelled with any of {@code drop} and, when
     * {@code keepOnly} is not empty, every row not labelled with one of {@code keepOnly}. Red flags always stay.
     */
    public record CareLevelRuleDefinition(String from, List<String> drop, List<String> keepOnly) {
    }

    /** Entries are row ids or {@code #tag} (every row with that label); no answer may hold one of each side. */
    public record OppositeDefinition(List<String> one, List<String> other, String why) {
    }

    /**
     * One row as written: {@code when} holds alternatives, any one of which makes the row apply. A red flag's
     * {@code suppresses} names labels whose rows leave the answer whenever that red flag is raised.
     */
    public record RowDefinition(
            String id,
            String section,
            List<String> when,
            int rank,
            String careLevel,
            String title,
            String text,
            String spoken,
            List<String> references,
            List<String> tags,
            List<String> suppresses) {

        public RowDefinition(String id, String section, List<String> when, int rank, String careLevel, String title,
                String text, String spoken, List<String> references) {
            this(id, section, when, rank, careLevel, title, text, spoken, references, List.of(), List.of());
        }
    }
}
