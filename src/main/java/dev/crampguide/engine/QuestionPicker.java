package dev.crampguide.engine;

import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Chooses the questions still worth asking: in table order, those not yet answered whose {@code ask} condition holds
 * and whose one-value field the person has not already given. The same situation and answered ids always give the
 * same questions, so GET answers stay cacheable.
 */
final class QuestionPicker {

    private final List<Question> questions;
    private final List<String> screening;

    QuestionPicker(GuidanceTable table) {
        this.questions = table.questions().all();
        this.screening = questions.stream().filter(Question::screening).map(Question::id).toList();
    }

    List<Question> next(Situation situation, FactSet facts, Set<String> answered) {
        List<Question> next = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!answered.contains(q.id()) && !given(q, situation)
                    && q.ask().because(facts) != null) {
                next.add(q);
            }
        }
        return Collections.unmodifiableList(next);
    }

    boolean screened(Set<String> answered) {
        return answered.containsAll(screening);
    }

    /** A one-value field the person has already filled needs no question; list answers only count once asked. */
    private static boolean given(Question q, Situation situation) {
        return q.kind() != Kind.MANY && SituationFields.byPath(q.field()).isSaid(situation);
    }
}
