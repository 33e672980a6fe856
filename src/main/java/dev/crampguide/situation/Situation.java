package dev.crampguide.situation;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What a person tells us about a cramp. Every field is optional: null enums and numbers mean "not said",
 * false flags and empty sets mean "not reported".
 */
public record Situation(
        Muscle muscle,
        Onset when,
        boolean crampingNow,
        boolean stillLocked,
        boolean soreAfterwards,
        boolean recurring,
        Exercise exercise,
        Set<Factor> factors,
        Set<Symptom> symptoms,
        Set<Remedy> considering,
        Integer age) {

    public static final int MAX_AGE = 130;

    public Situation {
        exercise = exercise == null ? Exercise.NONE : exercise;
        factors = immutable(factors, Factor.class);
        symptoms = immutable(symptoms, Symptom.class);
        considering = immutable(considering, Remedy.class);
    }

    public static final Situation EMPTY = builder().build();

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        Builder b = new Builder();
        b.muscle = muscle;
        b.when = when;
        b.crampingNow = crampingNow;
        b.stillLocked = stillLocked;
        b.soreAfterwards = soreAfterwards;
        b.recurring = recurring;
        b.exercise = exercise.toBuilder();
        b.factors.addAll(factors);
        b.symptoms.addAll(symptoms);
        b.considering.addAll(considering);
        b.age = age;
        return b;
    }

    private static <E extends Enum<E>> Set<E> immutable(Collection<E> values, Class<E> type) {
        return values == null || values.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(type))
                : Collections.unmodifiableSet(EnumSet.copyOf(values));
    }

    /** Builds situations for adapters and tests; the record stays the single source of truth. */
    public static final class Builder {
        private Muscle muscle;
        private Onset when;
        private boolean crampingNow;
        private boolean stillLocked;
        private boolean soreAfterwards;
        private boolean recurring;
        private Exercise.Builder exercise = Exercise.builder();
        private final Set<Factor> factors = EnumSet.noneOf(Factor.class);
        private final Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        private final Set<Remedy> considering = EnumSet.noneOf(Remedy.class);
        private Integer age;

        public Builder muscle(Muscle value) { muscle = value; return this; }
        public Builder when(Onset value) { when = value; return this; }
        public Builder crampingNow(boolean value) { crampingNow = value; return this; }
        public Builder stillLocked(boolean value) { stillLocked = value; return this; }
        public Builder soreAfterwards(boolean value) { soreAfterwards = value; return this; }
        public Builder recurring(boolean value) { recurring = value; return this; }
        public Builder exercise(Exercise value) { exercise = (value == null ? Exercise.NONE : value).toBuilder(); return this; }
        /** The exercise being built, for setting one of its fields at a time. */
        public Exercise.Builder exerciseBuilder() { return exercise; }
        public Builder factor(Factor... values) { factors.addAll(List.of(values)); return this; }
        public Builder symptom(Symptom... values) { symptoms.addAll(List.of(values)); return this; }
        public Builder considering(Remedy... values) { considering.addAll(List.of(values)); return this; }
        public Builder age(Integer value) { age = value; return this; }

        public Situation build() {
            return new Situation(muscle, when, crampingNow, stillLocked, soreAfterwards, recurring, exercise.build(),
                    factors, symptoms, considering, age);
        }
    }
}
