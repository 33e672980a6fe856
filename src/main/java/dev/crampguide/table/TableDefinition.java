package dev.crampguide.table;

import java.util.List;
import java.util.Map;

/**
 * The table as written in its data file, before it is checked and compiled. Conditions are still text;
 * see {@link Condition} for their form.
 *
 * @param sectionGates a condition every row of that section must also meet, keyed by section id
 * @param messages     sentences the engine puts around the rows: lead-ins per care level and the like
 * @param questions    what the service may ask next, in the order it asks them
 */
public record TableDefinition(
        String version,
        String disclaimer,
        List<Reference> references,
        Map<String, List<String>> factGroups,
        Map<String, String> sectionGates,
        Map<String, String> messages,
        List<RowDefinition> rows,
        List<QuestionDefinition> questions) {

    public TableDefinition {
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    /** A table that asks nothing (test fixtures). */
    public TableDefinition(String version, String disclaimer, List<Reference> references,
            Map<String, List<String>> factGroups, Map<String, String> sectionGates, Map<String, String> messages,
            List<RowDefinition> rows) {
        this(version, disclaimer, references, factGroups, sectionGates, messages, rows, List.of());
    }

    /** One row as written: {@code when} holds alternatives, any one of which makes the row apply. */
    public record RowDefinition(
            String id,
            String section,
            List<String> when,
            int rank,
            String careLevel,
            String title,
            String text,
            String spoken,
            List<String> references) {
    }

    /** One question as written; {@code ask} holds alternatives like a row's {@code when} (empty: always). */
    public record QuestionDefinition(
            String id,
            String text,
            String spoken,
            String kind,
            String field,
            boolean screening,
            List<String> ask,
            Integer min,
            Integer max,
            List<OptionDefinition> options) {
    }

    /** One choice as written: {@code flag} when the value is a JSON boolean; {@code field} only when it has its own. */
    public record OptionDefinition(String value, boolean flag, String label, String field) {
    }
}
