package dev.crampguide.engine;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.facts.Threshold;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Kind;
import dev.crampguide.table.Question.Option;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the questions still worth asking, in table order: not yet answered, its {@code ask} condition holding,
 * nothing of it said already (a filled one-value field, or for a list question one of its own options), and, the
 * stop rule, some answer to it would change the answer: a screening question always can until it is answered (its
 * options are warning signs); any other question only if one of its options (for a number, a value on either side of
 * a threshold the table names) changes the care level or the rows shown. When none is left the answer is final. The
 * same situation and answered ids always give the same questions, so GET answers stay cacheable.
 */
final class QuestionPicker {

    private final List<Question> questions;
    private final List<String> screening;
    private final FactCatalog catalog;
    /** Per question, the numbers worth trying for a number question: both sides of each threshold on its field. */
    private final List<List<String>> tries = new ArrayList<>();

    QuestionPicker(GuidanceTable table) {
        this.questions = table.questions().all();
        this.screening = questions.stream().filter(Question::screening).map(Question::id).toList();
        this.catalog = table.catalog();
        for (Question q : questions) {
            List<String> values = new ArrayList<>();
            if (q.kind() == Kind.NUMBER) {
                for (String name : catalog.names()) {
                    Threshold.parse(name).filter(t -> t.field().equals(q.field())).ifPresent(t -> {
                        values.add(String.valueOf(t.bound()));
                        values.add(String.valueOf(Math.max(0, t.bound() - 1)));
                    });
                }
            } else {
                q.options().forEach(o -> values.add(o.value()));
            }
            tries.add(List.copyOf(values));
        }
    }

    /**
     * @param changes whether the answer for the given situation would differ from the answer now (care level or
     *                rows): the stop rule's test
     */
    List<Question> next(Situation situation, FactSet facts, Set<String> answered, Predicate<Situation> changes) {
        List<Question> next = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!answered.contains(q.id()) && !said(q, situation, facts) && q.ask().because(facts) != null
                    && (q.screening() || anAnswerWouldChange(q, tries.get(i), situation, changes))) {
                next.add(q);
            }
        }
        return Collections.unmodifiableList(next);
    }

    boolean screened(Set<String> answered) {
        return answered.containsAll(screening);
    }

    /**
     * Already said, in any words and on any surface: a one-value field that is filled; for a question that lists
     * options, one of its own options already holds (a screening question is still asked: one warning sign said is
     * not "none of the others").
     */
    private boolean said(Question q, Situation situation, FactSet facts) {
        if (q.kind() != Kind.MANY) {
            return SituationFields.byPath(q.field()).isSaid(situation);
        }
        if (q.screening()) {
            return false;
        }
        for (Option option : q.options()) {
            OptionalInt index = option.fact() == null ? OptionalInt.empty() : catalog.indexOf(option.fact());
            if (index.isPresent() && facts.contains(index.getAsInt())) {
                return true;
            }
        }
        return false;
    }

    private static boolean anAnswerWouldChange(Question q, List<String> values, Situation situation,
            Predicate<Situation> changes) {
        for (int v = 0; v < values.size(); v++) {
            String field = q.kind() == Kind.NUMBER ? q.field() : fieldOf(q, q.options().get(v));
            SituationField target = SituationFields.byPath(field);
            Situation.Builder with = situation.toBuilder();
            if (target != null && target.set(with, values.get(v)) && changes.test(with.build())) {
                return true;
            }
        }
        return false;
    }

    private static String fieldOf(Question q, Option option) {
        return option.field() != null ? option.field() : q.field();
    }
}
