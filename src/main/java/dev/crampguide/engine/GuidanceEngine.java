package dev.crampguide.engine;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.AnswerPlan;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import dev.crampguide.table.Row;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides for a situation against the guidance table: situation, then facts, then every row whose condition holds,
 * then the evaluation (the wording package says it). Red flags come first and decide the care level; the other rows
 * stay only if no raised red flag's comfort decision leaves them out, the table's care-level rules keep them at that
 * level, advice is no longer held for the urgent check, and a safety-net row only if it acts at a higher level than
 * the answer's. Knows nothing about cramps and words nothing; all rules come from the table. Stateless, thread-safe.
 */
public final class GuidanceEngine {

    private static final Section[] SECTIONS = Section.values();

    private final GuidanceTable table;
    private final AnswerPlan plan;
    private final QuestionPicker questionPicker;

    public GuidanceEngine(GuidanceTable table) {
        this.table = table;
        this.plan = table.plan();
        this.questionPicker = new QuestionPicker(table);
    }

    /** The decision before any question has been answered. */
    public Evaluation evaluate(Situation situation) {
        return evaluate(situation, Set.of());
    }

    /**
     * The decision, the questions still worth asking and whether screening is done.
     *
     * @param answered ids of the table's questions the person has been asked (nothing chosen means "none of these")
     */
    public Evaluation evaluate(Situation situation, Set<String> answered) {
        FactSet facts = table.catalog().factsOf(situation);
        boolean held = plan.holdsAdvice(answered);
        Decision decision = decide(facts, held);
        CareLevel careLevel = decision.careLevel();
        List<Question> questions = List.of();
        if (careLevel != CareLevel.EMERGENCY) {
            // the stop rule compares final answers, advice included, whether or not it is still held back
            Decision whole = held ? decide(facts, false) : decision;
            questions = questionPicker.next(situation, facts, answered, other -> whole.differs(decide(
                    table.catalog().factsOf(other), false)));
        }
        boolean[] cited = new boolean[table.references().size()];
        Map<Section, List<GuidanceItem>> matched = items(decision, facts, cited);
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < cited.length; i++) {
            if (cited[i]) {
                references.add(table.references().get(i));
            }
        }
        boolean screened = careLevel == CareLevel.EMERGENCY || questionPicker.screened(answered);
        return new Evaluation(careLevel, screened, held, matched, Collections.unmodifiableList(references),
                questions, facts, table.catalog());
    }

    /** The decision's rows as the person sees them, with the facts that raised each; marks what they cite. */
    private Map<Section, List<GuidanceItem>> items(Decision decision, FactSet facts, boolean[] cited) {
        Map<Section, List<GuidanceItem>> matched = new EnumMap<>(Section.class);
        for (Section section : SECTIONS) {
            Row[] sectionRows = plan.rows(section);
            int[] shown = decision.shown()[section.ordinal()];
            List<GuidanceItem> items = new ArrayList<>(shown.length);
            for (int r : shown) {
                Row row = sectionRows[r];
                items.add(new GuidanceItem(row.id(), row.careLevel(), row.title(), row.text(), row.spoken(),
                        row.condition().because(facts), row.references()));
                for (int index : plan.citations(section, r)) {
                    cited[index] = true;
                }
            }
            matched.put(section, Collections.unmodifiableList(items));
        }
        return Collections.unmodifiableMap(matched);
    }

    /**
     * The rows an answer shows for some facts, and its care level: per section (by ordinal), the positions of its
     * rows in the plan, in answer order. Only the answer given is worded and cited; the stop rule decides again
     * for every answer a question could get, so a decision is positions only.
     */
    private record Decision(CareLevel careLevel, int[][] shown) {

        /** Whether another decision shows a different care level or other rows. */
        boolean differs(Decision other) {
            return careLevel != other.careLevel || !Arrays.deepEquals(shown, other.shown);
        }
    }

    /**
     * Red flags first, then every other section's rows that stay: not left out by a raised flag's comfort decision
     * or by the care-level rules, a safety net only above the answer's level, and while advice is {@code held}
     * (the urgent warning signs not yet asked about) only what stays before advice.
     */
    private Decision decide(FactSet facts, boolean held) {
        int[][] shown = new int[SECTIONS.length][];
        // red flags first: they decide the care level and which comfort rows leave the answer
        Row[] flagRows = plan.rows(Section.RED_FLAGS);
        int[] raised = new int[flagRows.length];
        int raisedCount = 0;
        Set<String> suppressed = Set.of();
        for (int r = 0; r < flagRows.length; r++) {
            Row row = flagRows[r];
            if (!row.condition().holds(facts)) {
                continue;
            }
            if (!row.suppressed().isEmpty()) {
                // a flag that gives way still decides about comfort care: its reason holds whoever says it
                suppressed = union(suppressed, row.suppressed());
            }
            raised[raisedCount++] = r;
        }
        int[] flags = standing(flagRows, Arrays.copyOf(raised, raisedCount));
        CareLevel careLevel = CareLevel.SELF_CARE;
        for (int r : flags) {
            careLevel = careLevel.atLeast(flagRows[r].careLevel());
        }
        shown[Section.RED_FLAGS.ordinal()] = flags;
        for (Section section : SECTIONS) {
            if (section == Section.RED_FLAGS) {
                continue;
            }
            Row[] sectionRows = plan.rows(section);
            boolean[] keep = plan.kept(careLevel, section);
            boolean[] beforeAdvice = plan.beforeAdvice(section);
            int[] rows = new int[sectionRows.length];
            int count = 0;
            for (int r = 0; r < sectionRows.length; r++) {
                Row row = sectionRows[r];
                if (!keep[r] || (held && !beforeAdvice[r]) || suppressed.contains(row.id())
                        // a safety net says when to act at a higher level than the answer's, never a slower one
                        || (row.careLevel() != null && row.careLevel().compareTo(careLevel) <= 0)) {
                    continue;
                }
                if (row.condition().holds(facts)) {
                    rows[count++] = r;
                }
            }
            shown[section.ordinal()] = Arrays.copyOf(rows, count);
        }
        return new Decision(careLevel, shown);
    }

    /**
     * The raised red flags (positions among the table's red flags) that stand: those that give way to another raised
     * one leave (the table proves that one is at least as urgent), in the table's order, most urgent first.
     */
    private int[] standing(Row[] flagRows, int[] raised) {
        if (raised.length < 2) {
            return raised;
        }
        int[] standing = new int[raised.length];
        int count = 0;
        for (int r : raised) {
            Set<String> targets = plan.givesWayTo(flagRows[r].id());
            if (targets == null || Arrays.stream(raised).noneMatch(other -> targets.contains(flagRows[other].id()))) {
                standing[count++] = r;
            }
        }
        return Arrays.copyOf(standing, count);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
