package dev.crampguide.engine;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a situation against the guidance table: situation, then facts, then every row whose condition
 * holds, then the answer. Red flags come first and decide the care level; the other rows then stay only if no
 * raised red flag suppresses one of their labels and the table's care-level rules keep them at that level.
 * Knows nothing about cramps; all wording and all rules come from the table. Stateless and thread-safe.
 */
public final class GuidanceEngine {

    private static final Section[] SECTIONS = Section.values();

    private final GuidanceTable table;
    private final SpeechWriter speechWriter;
    /** Each section's rows in answer order, and the positions in {@code table.references()} each row cites. */
    private final Row[][] rows = new Row[SECTIONS.length][];
    private final int[][][] citations = new int[SECTIONS.length][][];
    /** Whether the table's care-level rules keep each row, by care level, section and position. */
    private final boolean[][][] kept = new boolean[CareLevel.values().length][SECTIONS.length][];

    public GuidanceEngine(GuidanceTable table) {
        this.table = table;
        this.speechWriter = new SpeechWriter(table);
        List<String> referenceIds = table.references().stream().map(Reference::id).toList();
        for (Section section : SECTIONS) {
            rows[section.ordinal()] = table.rows(section).toArray(Row[]::new);
            citations[section.ordinal()] = table.rows(section).stream()
                    .map(row -> row.references().stream().mapToInt(referenceIds::indexOf).toArray())
                    .toArray(int[][]::new);
            for (CareLevel level : CareLevel.values()) {
                List<Row> sectionRows = table.rows(section);
                boolean[] keep = new boolean[sectionRows.size()];
                for (int r = 0; r < keep.length; r++) {
                    keep[r] = table.kept(sectionRows.get(r), level);
                }
                kept[level.ordinal()][section.ordinal()] = keep;
            }
        }
    }

    public GuidanceTable table() {
        return table;
    }

    /** The same answer spoken for another place, e.g. the voice skill's shorter budget and its follow-up. */
    public Speech speak(Guidance guidance, SpeechWriter.Voice voice) {
        return speechWriter.speech(guidance, voice);
    }

    public Guidance evaluate(Situation situation) {
        FactSet facts = table.catalog().factsOf(situation);
        Map<Section, List<GuidanceItem>> matched = new EnumMap<>(Section.class);
        boolean[] cited = new boolean[table.references().size()];
        CareLevel careLevel = CareLevel.SELF_CARE;
        Set<String> suppressed = Set.of();
        for (Section section : SECTIONS) {
            // red flags come first, so the care level and the suppressed labels are final for later sections
            Row[] sectionRows = rows[section.ordinal()];
            boolean[] keep = kept[careLevel.ordinal()][section.ordinal()];
            List<GuidanceItem> items = new ArrayList<>(4);
            for (int r = 0; r < sectionRows.length; r++) {
                Row row = sectionRows[r];
                if (!keep[r] || (!suppressed.isEmpty() && !Collections.disjoint(row.tags(), suppressed))) {
                    continue;
                }
                List<String> because = row.condition().because(facts);
                if (because == null) {
                    continue;
                }
                if (!row.suppresses().isEmpty()) {
                    suppressed = union(suppressed, row.suppresses());
                }
                items.add(new GuidanceItem(row.id(), row.careLevel(), row.title(), row.text(), row.spoken(),
                        because, row.references()));
                for (int index : citations[section.ordinal()][r]) {
                    cited[index] = true;
                }
                careLevel = careLevel.atLeast(row.careLevel());
            }
            matched.put(section, Collections.unmodifiableList(items));
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < cited.length; i++) {
            if (cited[i]) {
                references.add(table.references().get(i));
            }
        }
        return new Guidance(
                careLevel,
                speechWriter.summary(careLevel, matched),
                matched.get(Section.RED_FLAGS),
                matched.get(Section.LIKELY_TRIGGERS),
                matched.get(Section.IMMEDIATE_STEPS),
                matched.get(Section.PREVENTION),
                matched.get(Section.CAUTIONS),
                speechWriter.speech(careLevel, matched, SpeechWriter.Voice.API),
                Collections.unmodifiableList(references),
                table.disclaimer(),
                table.version());
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
