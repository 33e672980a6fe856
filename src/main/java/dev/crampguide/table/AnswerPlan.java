package dev.crampguide.table;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lookup arrays an evaluation reads, built once by the table compiler's last stage so that the engine only
 * holds and evaluates: each section's rows in answer order, the positions in the table's references that each row
 * cites, whether the care-level rules keep each row at each level, and the red flags each flag gives way to.
 * Read-only after construction (the arrays are the engine's inner loop, so they are not copied on access).
 */
public final class AnswerPlan {

    private final Row[][] rows;
    private final int[][][] citations;
    private final boolean[][][] kept;
    private final Map<String, Set<String>> givesWayTo;
    /** The question asked before any advice, or null; and per section, whether a row stays before it is asked. */
    private final String adviceAfter;
    private final boolean[][] beforeAdvice;

    AnswerPlan(Map<Section, List<Row>> bySection, List<Reference> references, List<GuidanceTable.CareLevelRule> rules,
            TableDefinition.AdviceAfterDefinition after) {
        Section[] sections = Section.values();
        rows = new Row[sections.length][];
        citations = new int[sections.length][][];
        kept = new boolean[CareLevel.values().length][sections.length][];
        List<String> referenceIds = references.stream().map(Reference::id).toList();
        for (Section section : sections) {
            List<Row> list = bySection.get(section);
            rows[section.ordinal()] = list.toArray(Row[]::new);
            citations[section.ordinal()] = list.stream()
                    .map(row -> row.references().stream().mapToInt(referenceIds::indexOf).toArray())
                    .toArray(int[][]::new);
            for (CareLevel level : CareLevel.values()) {
                boolean[] keep = new boolean[list.size()];
                for (int r = 0; r < keep.length; r++) {
                    keep[r] = GuidanceTable.kept(rules, list.get(r), level);
                }
                kept[level.ordinal()][section.ordinal()] = keep;
            }
        }
        adviceAfter = after == null ? null : after.question();
        beforeAdvice = new boolean[sections.length][];
        for (Section section : sections) {
            List<Row> list = bySection.get(section);
            boolean[] stays = new boolean[list.size()];
            for (int r = 0; r < stays.length; r++) {
                Row row = list.get(r);
                stays[r] = after == null || section == Section.RED_FLAGS || section == Section.SAFETY_NET
                        || row.tags().stream().anyMatch(after.keepOnly()::contains);
            }
            beforeAdvice[section.ordinal()] = stays;
        }
        givesWayTo = Map.copyOf(bySection.get(Section.RED_FLAGS).stream().filter(r -> !r.givesWayTo().isEmpty())
                .collect(java.util.stream.Collectors.toMap(Row::id, Row::givesWayTo)));
    }

    /** A section's rows in answer order. */
    public Row[] rows(Section section) {
        return rows[section.ordinal()];
    }

    /** The positions in the table's references that a section's row (by position) cites. */
    public int[] citations(Section section, int row) {
        return citations[section.ordinal()][row];
    }

    /** Whether the care-level rules keep each row of a section in an answer at this level. */
    public boolean[] kept(CareLevel level, Section section) {
        return kept[level.ordinal()][section.ordinal()];
    }

    /** Whether advice is still held back: the question asked before any advice has not been asked. */
    public boolean holdsAdvice(Set<String> answered) {
        return adviceAfter != null && !answered.contains(adviceAfter);
    }

    /** Whether each row of a section stays while advice is held back (red flags, safety nets, kept labels). */
    public boolean[] beforeAdvice(Section section) {
        return beforeAdvice[section.ordinal()];
    }

    /** The red flags this one gives way to, or null when it gives way to none. */
    public Set<String> givesWayTo(String redFlag) {
        return givesWayTo.get(redFlag);
    }
}
