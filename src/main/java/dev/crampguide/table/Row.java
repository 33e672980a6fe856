package dev.crampguide.table;

import java.util.List;

/**
 * One piece of guidance and the condition under which it applies. {@code careLevel} is set for red flags
 * only; {@code spoken} is the short form used in speech.
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
        List<String> references) {
}
