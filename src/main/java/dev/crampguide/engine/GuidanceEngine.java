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
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < decision.cited().length; i++) {
            if (decision.cited()[i]) {
                references.add(table.references().get(i));
            }
        }
        boolean screened = careLevel == CareLevel.EMERGENCY || questionPicker.screened(answered);
        return new Evaluation(careLevel, screened, held, decision.matched(), Collections.unmodifiableList(references),
                questions, facts, table.catalog());
    }

    /** The rows an answer holds for these facts and its care level, before anything is asked or worded. */
    private record Decision(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched, boolean[] cited) {

        /** Whether another decision shows a different care level or other rows. */
        boolean differs(Decision other) {
            if (careLevel != other.careLevel) {
                return true;
            }
            for (Section section : SECTIONS) {
                List<GuidanceItem> mine = matched.get(section);
                List<GuidanceItem> theirs = other.matched.get(section);
                if (mine.size() != theirs.size()) {
                    return true;
                }
                for (int i = 0; i < mine.size(); i++) {
                    if (!mine.get(i).id().equals(theirs.get(i).id())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Red flags first, then every other section's rows that stay: not left out by a raised flag's comfort decision
     * or by the care-level rules, a safety net only above the answer's level, and while advice is {@code held}
     * (the urgent warning signs not yet asked about) only what stays before advice.
     */
    private Decision decide(FactSet facts, boolean held) {
        Map<Section, List<GuidanceItem>> matched = new EnumMap<>(Section.class);
        boolean[] cited = new boolean[table.references().size()];
        // red flags first: they decide the care level and which comfort rows leave the answer
        List<Raised> raised = new ArrayList<>(2);
        Set<String> suppressed = Set.of();
        Row[] flagRows = plan.rows(Section.RED_FLAGS);
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
            Row[] sectionRows = plan.rows(section);
            boolean[] keep = plan.kept(careLevel, section);
            boolean[] beforeAdvice = plan.beforeAdvice(section);
            List<GuidanceItem> items = new ArrayList<>(4);
            for (int r = 0; r < sectionRows.length; r++) {
                Row row = sectionRows[r];
                if (!keep[r] || (held && !beforeAdvice[r]) || suppressed.contains(row.id())
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
        return new Decision(careLevel, Collections.unmodifiableMap(matched), cited);
    }

    private static GuidanceItem item(Row row, CareLevel careLevel, List<String> because) {
        return new GuidanceItem(row.id(), careLevel, row.title(), row.text(), row.spoken(), because, row.references());
    }

    private void cite(boolean[] cited, Section section, int row) {
        for (int index : plan.citations(section, row)) {
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
            Set<String> targets = plan.givesWayTo(flag.item().id());
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
