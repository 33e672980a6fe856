package dev.crampguide.wording;

import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The answer for one situation as a person reads or hears it, in the shape of the public contract's response: the
 * engine's evaluation with its wording (title, summary, speech) and the table's disclaimer and version.
 *
 * @param careLevelTitle the care level in a few words, for a banner
 * @param screened       every question that can raise the care level has been answered, or it is an emergency
 * @param safetyNet      conditional advice: if this happens, act at the item's (higher) care level
 * @param questions      what to ask next, most important first; empty for an emergency
 */
public record Guidance(
        CareLevel careLevel,
        String careLevelTitle,
        boolean screened,
        String summary,
        List<GuidanceItem> redFlags,
        List<GuidanceItem> safetyNet,
        List<GuidanceItem> likelyTriggers,
        List<GuidanceItem> immediateSteps,
        List<GuidanceItem> prevention,
        List<GuidanceItem> cautions,
        Speech speech,
        List<Reference> references,
        String disclaimer,
        String tableVersion,
        List<Question> questions) {

    /** Ids of every matched row, in answer order; safe to log since it holds no situation data. */
    public List<String> matchedRowIds() {
        List<String> ids = new ArrayList<>();
        for (List<GuidanceItem> section : List.of(redFlags, safetyNet, likelyTriggers, immediateSteps, prevention, cautions)) {
            section.forEach(item -> ids.add(item.id()));
        }
        return ids;
    }
}
