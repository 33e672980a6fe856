package dev.crampguide.properties;

import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Arbitrary situations over the whole input space the API accepts: every enum value or none, any flags, ages
 * 0–130 and durations 0–2880 (often at the edges the table's thresholds sit on), any subsets of factors,
 * symptoms and remedies. Also shrinks a failing situation to a smaller one that still fails.
 */
final class RandomSituations {

    /** Edges of the ranges and the thresholds the table compares against. */
    private static final int[] AGE_EDGES = {0, 1, 17, 18, 64, 65, 66, 129, 130};
    private static final int[] DURATION_EDGES = {0, 1, 29, 30, 59, 60, 61, 89, 90, 120, 2879, 2880};

    private RandomSituations() {
    }

    static Situation situation(Random r) {
        return new Situation(oneOrNone(r, Muscle.values()), oneOrNone(r, Onset.values()), r.nextBoolean(),
                r.nextBoolean(), r.nextBoolean(), r.nextBoolean(), exercise(r), subset(r, Factor.class),
                subset(r, Symptom.class), subset(r, Remedy.class), number(r, Situation.MAX_AGE, AGE_EDGES));
    }

    static Exercise exercise(Random r) {
        if (r.nextInt(5) == 0) {
            return null; // not said: the record makes it Exercise.NONE
        }
        return Exercise.builder().hot(r.nextBoolean()).heavySweating(r.nextBoolean())
                .durationMinutes(number(r, Exercise.MAX_DURATION_MINUTES, DURATION_EDGES))
                .harderThanTrained(r.nextBoolean()).recentLoadIncrease(r.nextBoolean())
                .hillsOrDownhill(r.nextBoolean()).returningAfterBreak(r.nextBoolean())
                .repetitiveMovement(r.nextBoolean()).newShoes(r.nextBoolean())
                .drinking(oneOrNone(r, Drinking.values())).build();
    }

    private static <E> E oneOrNone(Random r, E[] values) {
        int i = r.nextInt(values.length + 1);
        return i == values.length ? null : values[i];
    }

    /** Any subset; sizes spread evenly so that empty, small and nearly full sets are all common. */
    private static <E extends Enum<E>> Set<E> subset(Random r, Class<E> type) {
        E[] all = type.getEnumConstants();
        double p = r.nextInt(4) == 0 ? 0 : r.nextDouble();
        Set<E> out = EnumSet.noneOf(type);
        for (E e : all) {
            if (r.nextDouble() < p) {
                out.add(e);
            }
        }
        return out;
    }

    private static Integer number(Random r, int max, int[] edges) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> edges[r.nextInt(edges.length)];
            default -> r.nextInt(max + 1);
        };
    }

    /** Situations one step simpler than {@code s}: one field unsaid, one flag off, one set element gone. */
    static List<Situation> simpler(Situation s) {
        List<Situation> out = new ArrayList<>();
        Exercise x = s.exercise();
        if (s.muscle() != null) out.add(with(s, b -> b.muscle(null)));
        if (s.when() != null) out.add(with(s, b -> b.when(null)));
        if (s.age() != null) out.add(with(s, b -> b.age(null)));
        if (s.crampingNow()) out.add(with(s, b -> b.crampingNow(false)));
        if (s.stillLocked()) out.add(with(s, b -> b.stillLocked(false)));
        if (s.soreAfterwards()) out.add(with(s, b -> b.soreAfterwards(false)));
        if (s.recurring()) out.add(with(s, b -> b.recurring(false)));
        if (!x.equals(Exercise.NONE)) out.add(with(s, b -> b.exercise(null)));
        for (Factor f : s.factors()) {
            out.add(new Situation(s.muscle(), s.when(), s.crampingNow(), s.stillLocked(), s.soreAfterwards(),
                    s.recurring(), x, without(s.factors(), f, Factor.class), s.symptoms(), s.considering(), s.age()));
        }
        for (Symptom y : s.symptoms()) {
            out.add(new Situation(s.muscle(), s.when(), s.crampingNow(), s.stillLocked(), s.soreAfterwards(),
                    s.recurring(), x, s.factors(), without(s.symptoms(), y, Symptom.class), s.considering(), s.age()));
        }
        for (Remedy c : s.considering()) {
            out.add(new Situation(s.muscle(), s.when(), s.crampingNow(), s.stillLocked(), s.soreAfterwards(),
                    s.recurring(), x, s.factors(), s.symptoms(), without(s.considering(), c, Remedy.class), s.age()));
        }
        return out;
    }

    private static Situation with(Situation s, java.util.function.UnaryOperator<Situation.Builder> change) {
        return change.apply(s.toBuilder()).build();
    }

    private static <E extends Enum<E>> Set<E> without(Set<E> set, E e, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        copy.addAll(set);
        copy.remove(e);
        return copy;
    }
}
