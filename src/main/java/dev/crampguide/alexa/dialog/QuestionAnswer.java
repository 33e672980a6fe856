package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A spoken answer to one of the guidance table's questions (the ones the widget shows): which of its options the
 * person's words stand for, and the situation with those options chosen. Words count as an option when a slot
 * resolved to its value (by Alexa, or by the shipped model's synonyms, also when Alexa filed them under another
 * slot) or when they repeat its label.
 */
final class QuestionAnswer {

    private QuestionAnswer() {
    }

    /** The options the intent's slots name, in the table's order; empty when nothing said is one of them. */
    static List<Option> chosen(Question question, Intent intent, ModelSynonyms model) {
        if (intent == null || intent.slots() == null) {
            return List.of();
        }
        String answerSlot = SlotMeaning.forField(question.field()).map(meaning -> meaning.slotName).orElse(null);
        Set<String> values = new HashSet<>();
        Set<String> words = new HashSet<>();
        for (Slot slot : intent.slots().values()) {
            values.addAll(SlotValues.ids(slot));
            for (String heard : SlotValues.heard(slot)) {
                words.add(normalise(heard));
                String id = answerSlot == null ? null : model.id(answerSlot, heard);
                if (id != null) {
                    values.add(id);
                }
            }
        }
        List<Option> chosen = new ArrayList<>();
        for (Option option : question.options()) {
            if ((!option.flag() && values.contains(option.value())) || words.contains(normalise(option.label()))) {
                chosen.add(option);
            }
        }
        return chosen;
    }

    /** The option a yes or a no stands for, when the question is asked as yes or no. */
    static Optional<Option> yesOrNo(Question question, boolean yes) {
        if (question.kind() != Question.Kind.YESNO) {
            return Optional.empty();
        }
        return question.options().stream().filter(o -> o.flag() && o.value().equals(String.valueOf(yes))).findFirst();
    }

    /** The situation with the options chosen, each in its own request field. */
    static Situation apply(Situation situation, Question question, List<Option> options) {
        Situation.Builder builder = situation.toBuilder();
        for (Option option : options) {
            SituationField field = SituationFields.byPath(option.field() != null ? option.field() : question.field());
            if (field == null) {
                continue;
            }
            field.set(builder, option.value());
        }
        return builder.build();
    }

    /** The labels read out as a list to choose from: "weakness in an arm or leg, …, or a bad headache." */
    static String labels(Question question) {
        List<Option> options = question.options();
        StringBuilder said = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            if (i > 0) {
                said.append(i == options.size() - 1 ? ", or " : ", ");
            }
            String label = options.get(i).label();
            // "Chest pain" reads on in the middle of the list; "I take …" keeps its capital
            boolean capitalWord = label.length() > 1 && !Character.isLowerCase(label.charAt(1));
            said.append(i == 0 || capitalWord ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1));
        }
        return said.append('.').toString();
    }

    private static String normalise(String words) {
        return words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }
}
