package dev.crampguide.table;

import java.util.List;
import java.util.Set;

/**
 * One piece of guidance and the condition under which it applies. {@code careLevel} is set for red flags
 * only; {@code spoken} is the short form used in speech. {@code tags} label the row (see the table's
 * {@code tags}); a red flag's {@code suppresses} names the labels whose rows leave an answer that raises it.
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
        Set<String> suppresses) {
}
