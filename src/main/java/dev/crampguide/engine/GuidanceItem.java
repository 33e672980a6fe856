package dev.crampguide.engine;

import dev.crampguide.table.CareLevel;
import java.util.List;

/** A matched row as the person sees it; {@code careLevel} is null except for red flags. */
public record GuidanceItem(
        String id,
        CareLevel careLevel,
        String title,
        String text,
        String spoken,
        List<String> because,
        List<String> references) {
}
