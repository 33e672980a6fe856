package dev.crampguide.engine;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates a situation against the guidance table: situation, then facts, then every row whose condition
 * holds, then the answer. Red flags come first and decide the care level; the other rows then stay only if no
 * raised red flag's comfort decision leaves them out and the table's care-level rules keep them at that level, and a
 * safety-net row only if it acts at a higher level than the answer's.
 * Knows nothing about cramps; all wording and all rules come from the table. Stateless and thread-safe.
 */
public final class GuidanceEngine {

    private static final Section[] SECTIONS = Section.values();

    private final GuidanceTable table;
    private final SpeechWriter speechWriter;
    private final QuestionPicker questionPicker;
    /** Each section's rows in answer order, and the positions in {@code table.references()} each row cites. */
    private final Row[][] rows = new Row[SECTIONS.length][];
    private final int[][][] citations = new int[SECTIONS.length][][];
    /** Whether the table's care-level rules keep each row, by care level, section and position. */
    private final boolean[][][] kept = new boolean[CareLevel.values().length][SECTIONS.length][];
    /** Per red flag that gives way to others, their ids. */
    private final Map<String, Set<String>> givesWayTo = new HashMap<>();

    public GuidanceEngine(GuidanceTable table) {
        this.table = table;
        this.speechWriter = new SpeechWriter(table);
        this.questionPicker = new QuestionPicker(table);
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
        table.rows(Section.RED_FLAGS).stream().filter(r -> !r.givesWayTo().isEmpty())
                .forEach(r -> givesWayTo.put(r.id(), r.givesWayTo()));
    }

    public GuidanceTable table() {
        return table;
    }

    /** The same answer spoken for another place, e.g. the voice skill's shorter budget and its follow-up. */
    public Speech speak(Guidance guidance, SpeechWriter.Voice voice) {
        return speechWriter.speech(guidance, voice);
    }

    /** The answer before any question has been answered. */
    public Guidance evaluate(Situation situation) {
        return evaluate(situation, Set.of());
    }

    /**
     * The answer, the questions still worth asking and whether screening is done.
     *
     * @param answered ids of the table's questions the person has been asked (nothing chosen means "none of these")
     */
    public Guidance evaluate(Situation situation, Set<String> answered) {
        FactSet facts = table.catalog().factsOf(situation);
        Map<Section, List<GuidanceItem>> matched = new EnumMap<>(Section.class);
        boolean[] cited = new boolean[table.references().size()];
        // red flags first: they decide the care level and which comfort rows leave the answer
        List<Raised> raised = new ArrayList<>(2);
        Set<String> suppressed = Set.of();
        Row[] flagRows = rows[Section.RED_FLAGS.ordinal()];
        for (int r = 0; r < flagRows.length; r++) {
            Row row = flagRows[r];
            List<String> because = row.condition().because(facts);
            if (because == null) {
                continue;
            }
            if (!row.suppressed().isEmpty()) {
                // a flag that gives way still decides about comfort care: its reason holds whoever says it
                suppressed = union(suppressed, row.suppressed());
            }
            raised.add(new Raised(r, item(row, row.careLevel(), because)));
        }
        CareLevel careLevel = CareLevel.SELF_CARE;
        List<GuidanceItem> flags = new ArrayList<>(raised.size());
        for (Raised flag : standing(raised)) {
            careLevel = careLevel.atLeast(flag.item().careLevel());
            flags.add(flag.item());
            cite(cited, Section.RED_FLAGS, flag.row());
        }
        matched.put(Section.RED_FLAGS, Collections.unmodifiableList(flags));
        for (Section section : SECTIONS) {
            if (section == Section.RED_FLAGS) {
                continue;
            }
            Row[] sectionRows = rows[section.ordinal()];
            boolean[] keep = kept[careLevel.ordinal()][section.ordinal()];
            List<GuidanceItem> items = new ArrayList<>(4);
            for (int r = 0; r < sectionRows.length; r++) {
                Row row = sectionRows[r];
                if (!keep[r] || suppressed.contains(row.id())
                        // a safety net says when to act at a higher level than the answer's, never a slower one
                        || (row.careLevel() != null && row.careLevel().compareTo(careLevel) <= 0)) {
                    continue;
                }
                List<String> because = row.condition().because(facts);
                if (because != null) {
                    items.add(item(row, row.careLevel(), because));
                    cite(cited, section, r);
                }
            }
            matched.put(section, Collections.unmodifiableList(items));
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < cited.length; i++) {
            if (cited[i]) {
                references.add(table.references().get(i));
            }
        }
        List<Question> questions = careLevel == CareLevel.EMERGENCY ? List.of()
                : questionPicker.next(situation, facts, answered);
        boolean screened = careLevel == CareLevel.EMERGENCY || questionPicker.screened(answered);
        // Until screened, the spoken answer ends by asking the next (screening) question.
        SpeechWriter.Voice voice = screened || questions.isEmpty() ? SpeechWriter.Voice.API
                : new SpeechWriter.Voice(SpeechWriter.MAX_SPOKEN_WORDS, null, questions.get(0).spoken(), null, Set.of());
        return new Guidance(
                careLevel,
                speechWriter.title(careLevel, screened),
                screened,
                speechWriter.summary(careLevel, matched, screened),
                matched.get(Section.RED_FLAGS),
                matched.get(Section.SAFETY_NET),
                matched.get(Section.LIKELY_TRIGGERS),
                matched.get(Section.IMMEDIATE_STEPS),
                matched.get(Section.PREVENTION),
                matched.get(Section.CAUTIONS),
                speechWriter.speech(careLevel, matched, voice, screened),
                Collections.unmodifiableList(references),
                table.disclaimer(),
                table.version(),
                questions);
    }

    private static GuidanceItem item(Row row, CareLevel careLevel, List<String> because) {
        return new GuidanceItem(row.id(), careLevel, row.title(), row.text(), row.spoken(), because, row.references());
    }

    private void cite(boolean[] cited, Section section, int row) {
        for (int index : citations[section.ordinal()][row]) {
            cited[index] = true;
        }
    }

    /** A raised red flag: its position among the table's red flags, and the item as the person sees it. */
    private record Raised(int row, GuidanceItem item) {
    }

    /**
     * The raised red flags that stand: those that give way to another raised one leave (the table proves that one is
     * at least as urgent), in the table's order, most urgent first.
     */
    private List<Raised> standing(List<Raised> raised) {
        if (raised.size() < 2) {
            return raised;
        }
        List<Raised> standing = new ArrayList<>(raised.size());
        for (Raised flag : raised) {
            Set<String> targets = givesWayTo.get(flag.item().id());
            if (targets == null || raised.stream().noneMatch(other -> targets.contains(other.item().id()))) {
                standing.add(flag);
            }
        }
        return standing;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
