package dev.crampguide.situation;

import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Every field of a situation, in request order: the one place that says which fields exist. Adding a field means
 * a line here plus the record component (and builder method) it reads and sets.
 */
public final class SituationFields {

    public static final List<SituationField> ALL = List.of(
            choice("muscle", Muscle.class, "Which muscle cramped.", Situation::muscle, Situation.Builder::muscle),
            choice("when", Onset.class, "What was happening when the cramp started.", Situation::when,
                    Situation.Builder::when),
            flag("crampingNow", "The cramp is happening now.", Situation::crampingNow, Situation.Builder::crampingNow),
            flag("stillLocked", "The muscle stays locked and will not release.", Situation::stillLocked,
                    Situation.Builder::stillLocked),
            flag("soreAfterwards", "The cramp is over but the muscle is sore.", Situation::soreAfterwards,
                    Situation.Builder::soreAfterwards),
            flag("recurring", "Cramps keep coming back.", Situation::recurring, Situation.Builder::recurring),
            flag("exercise.hot", "Hot conditions.", s -> s.exercise().hot(), (b, v) -> b.exerciseBuilder().hot(v)),
            flag("exercise.heavySweating", "Sweating heavily.", s -> s.exercise().heavySweating(),
                    (b, v) -> b.exerciseBuilder().heavySweating(v)),
            number("exercise.durationMinutes", Exercise.MAX_DURATION_MINUTES, 95,
                    "How long the session lasted, in minutes.", s -> s.exercise().durationMinutes(),
                    (b, v) -> b.exerciseBuilder().durationMinutes(v)),
            flag("exercise.harderThanTrained", "Harder or longer than trained for.",
                    s -> s.exercise().harderThanTrained(), (b, v) -> b.exerciseBuilder().harderThanTrained(v)),
            flag("exercise.recentLoadIncrease", "Training recently increased.", s -> s.exercise().recentLoadIncrease(),
                    (b, v) -> b.exerciseBuilder().recentLoadIncrease(v)),
            flag("exercise.hillsOrDownhill", "Hills or downhill running.", s -> s.exercise().hillsOrDownhill(),
                    (b, v) -> b.exerciseBuilder().hillsOrDownhill(v)),
            flag("exercise.returningAfterBreak", "Returning after time off.", s -> s.exercise().returningAfterBreak(),
                    (b, v) -> b.exerciseBuilder().returningAfterBreak(v)),
            flag("exercise.repetitiveMovement", "One movement repeated for a long time.",
                    s -> s.exercise().repetitiveMovement(), (b, v) -> b.exerciseBuilder().repetitiveMovement(v)),
            flag("exercise.newShoes", "New shoes.", s -> s.exercise().newShoes(),
                    (b, v) -> b.exerciseBuilder().newShoes(v)),
            choice("exercise.drinking", Drinking.class, "What was drunk during the session.",
                    s -> s.exercise().drinking(), (b, v) -> b.exerciseBuilder().drinking(v)),
            list("factors", Factor.class, "Background circumstances.", Situation::factors, Situation.Builder::factor),
            list("symptoms", Symptom.class, "Other symptoms; several are warning signs.", Situation::symptoms,
                    Situation.Builder::symptom),
            list("considering", Remedy.class, "Remedies the person is thinking of trying.", Situation::considering,
                    Situation.Builder::considering),
            number("age", Situation.MAX_AGE, 67, "Age in whole years.", Situation::age, Situation.Builder::age));

    private SituationFields() {
    }

    /** The field with this path, or null. */
    public static SituationField byPath(String path) {
        for (SituationField field : ALL) {
            if (field.path().equals(path)) {
                return field;
            }
        }
        return null;
    }

    private static SituationField flag(String path, String description, Predicate<Situation> get,
            BiConsumer<Situation.Builder, Boolean> set) {
        return new SituationField(path, SituationField.Kind.FLAG, List.of(), 0, 0, description, get::test,
                (b, v) -> set.accept(b, (Boolean) v));
    }

    private static SituationField number(String path, int max, int example, String description,
            Function<Situation, Integer> get, BiConsumer<Situation.Builder, Integer> set) {
        return new SituationField(path, SituationField.Kind.NUMBER, List.of(), max, example, description,
                get::apply, (b, v) -> set.accept(b, (Integer) v));
    }

    private static <E extends Enum<E> & Coded> SituationField choice(String path, Class<E> type, String description,
            Function<Situation, E> get, BiConsumer<Situation.Builder, E> set) {
        return new SituationField(path, SituationField.Kind.CHOICE, List.of(type.getEnumConstants()), 0, 0,
                description, get::apply, (b, v) -> set.accept(b, type.cast(v)));
    }

    private static <E extends Enum<E> & Coded> SituationField list(String path, Class<E> type, String description,
            Function<Situation, Set<E>> get, BiConsumer<Situation.Builder, E> add) {
        return new SituationField(path, SituationField.Kind.LIST, List.of(type.getEnumConstants()), 0, 0,
                description, get::apply, (b, v) -> add.accept(b, type.cast(v)));
    }
}
