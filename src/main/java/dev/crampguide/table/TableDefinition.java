package dev.crampguide.table;

import java.util.List;
import java.util.Map;

/**
 * The table as written in its data file, before it is checked and compiled. Conditions are still text;
 * see {@link Condition} for their form.
 *
 * @param sectionGates a condition every row of that section must also meet, keyed by section id
 * @param messages     sentences the engine puts around the rows: lead-ins per care level and the like
 */
public record TableDefinition(
        String version,
        String disclaimer,
        List<Reference> references,
        Map<String, List<String>> factGroups,
        Map<String, String> sectionGates,
        Map<String, String> messages,
        List<RowDefinition> rows) {

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
}
