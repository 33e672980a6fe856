package dev.crampguide.table;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One piece of guidance and the condition under which it applies. {@code careLevel} is set for red flags (the
 * level it raises at least) and safety-net rows (the level to act at if it happens); {@code spoken} is the short
 * form used in speech. {@code tags} label the row (see the table's {@code tags}) and {@code facets} say what it
 * says about a subject (see the table's {@code facets}). A red flag's {@code comfort} decision leaves the comfort
 * rows it does not keep ({@code suppressed}, by id) out of an answer that raises it, and it gives way to the red
 * flags in {@code givesWayTo} when they are raised too.
 */
public record Row(
        String id,
        Section section,
        Condition condition,
        int rank,
        CareLevel careLevel,
        String title,
        String text,
        String spoken,
        List<String> references,
        Set<String> tags,
        Map<String, String> facets,
        Comfort comfort,
        Set<String> suppressed,
        Set<String> givesWayTo) {

    /** Which comfort rows stay beside this red flag ({@code keep}), and the cited reason. */
    public record Comfort(Set<String> keep, String why, List<String> references) {
    }
}
