package dev.crampguide.engine;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a situation against the guidance table: situation, then facts, then every row whose condition
 * holds, then the answer. Knows nothing about cramps; all wording and all rules come from the table.
 * Stateless and thread-safe.
 */
public final class GuidanceEngine {

    private final GuidanceTable table;
    private final SpeechWriter speechWriter;

    public GuidanceEngine(GuidanceTable table) {
        this.table = table;
        this.speechWriter = new SpeechWriter(table);
    }

    public GuidanceTable table() {
        return table;
    }

    public Guidance evaluate(Situation situation) {
        FactSet facts = table.catalog().factsOf(situation);
        Map<Section, List<GuidanceItem>> matched = new EnumMap<>(Section.class);
        Set<String> cited = new HashSet<>();
        CareLevel careLevel = CareLevel.SELF_CARE;
        for (Section section : Section.values()) {
            List<GuidanceItem> items = new ArrayList<>();
            for (Row row : table.rows(section)) {
                List<String> because = row.condition().because(facts);
                if (because == null) {
                    continue;
                }
                items.add(new GuidanceItem(row.id(), row.careLevel(), row.title(), row.text(), row.spoken(),
                        because, row.references()));
                cited.addAll(row.references());
                careLevel = careLevel.atLeast(row.careLevel());
            }
            matched.put(section, List.copyOf(items));
        }
        List<Reference> references = new ArrayList<>();
        for (Reference reference : table.references()) {
            if (cited.contains(reference.id())) {
                references.add(reference);
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
                speechWriter.speech(careLevel, matched),
                List.copyOf(references),
                table.disclaimer(),
                table.version());
    }
}
