package dev.crampguide.engine;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine decided for one situation, before anything is worded: the care level, the matched rows of each
 * section with their {@code because}, the references they cite, whether screening is done and what to ask next.
 *
 * @param facts     the situation's facts, so that two evaluations can be compared (what a turn added)
 * @param matched   every section's matched rows in answer order (red flags most urgent first)
 * @param screened  every question that can raise the care level has been answered, or it is an emergency
 * @param adviceHeld advice is held back until the urgent warning signs have been asked about
 * @param questions what to ask next, most important first; empty for an emergency
 */
public record Evaluation(
        CareLevel careLevel,
        boolean screened,
        boolean adviceHeld,
        Map<Section, List<GuidanceItem>> matched,
        List<Reference> references,
        List<Question> questions,
        FactSet facts,
        FactCatalog catalog) {

    public List<GuidanceItem> items(Section section) {
        return matched.get(section);
    }

    /** Ids of every matched row, in answer order; safe to log since it holds no situation data. */
    public List<String> matchedRowIds() {
        List<String> ids = new ArrayList<>();
        for (Section section : Section.values()) {
            matched.get(section).forEach(item -> ids.add(item.id()));
        }
        return ids;
    }

    /** The fact names (as rows' {@code because} spells them) that hold now and did not in {@code before}. */
    public Set<String> factsAddedSince(Evaluation before) {
        return factNames(before.facts);
    }

    /** Every fact name that holds now. */
    public Set<String> factNames() {
        return factNames(null);
    }

    private Set<String> factNames(FactSet except) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (facts.contains(i) && (except == null || !except.contains(i))) {
                names.add(catalog.name(i));
            }
        }
        return names;
    }
}
