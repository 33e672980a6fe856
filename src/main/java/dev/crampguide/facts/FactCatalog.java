package dev.crampguide.facts;

import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The names of every fact a situation can produce, each with a fixed index. Names follow the request's
 * field paths ({@code muscle:calf}, {@code crampingNow}, {@code exercise.hot}, {@code symptoms:numbness}),
 * so a row's {@code because} reads as the situation the person sent.
 */
public final class FactCatalog {

    public static final Set<String> NUMERIC_FIELDS = Set.of("age", "exercise.durationMinutes");

    /** Yes/no fields of the situation, in request order. */
    private static final List<Flag> FLAGS = List.of(
            new Flag("crampingNow", Situation::crampingNow),
            new Flag("stillLocked", Situation::stillLocked),
            new Flag("soreAfterwards", Situation::soreAfterwards),
            new Flag("recurring", Situation::recurring),
            new Flag("exercise.hot", s -> s.exercise().hot()),
            new Flag("exercise.heavySweating", s -> s.exercise().heavySweating()),
            new Flag("exercise.harderThanTrained", s -> s.exercise().harderThanTrained()),
            new Flag("exercise.recentLoadIncrease", s -> s.exercise().recentLoadIncrease()),
            new Flag("exercise.hillsOrDownhill", s -> s.exercise().hillsOrDownhill()),
            new Flag("exercise.returningAfterBreak", s -> s.exercise().returningAfterBreak()),
            new Flag("exercise.repetitiveMovement", s -> s.exercise().repetitiveMovement()),
            new Flag("exercise.newShoes", s -> s.exercise().newShoes()));

    private record Flag(String name, Predicate<Situation> test) {
    }

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<Threshold> thresholds = new ArrayList<>();
    private final int muscleBase;
    private final int whenBase;
    private final int flagBase;
    private final int drinkingBase;
    private final int factorBase;
    private final int symptomBase;
    private final int remedyBase;
    private final int thresholdBase;

    private FactCatalog(Collection<Threshold> wanted) {
        muscleBase = addAll("muscle:", Muscle.class);
        whenBase = addAll("when:", Onset.class);
        flagBase = names.size();
        FLAGS.forEach(flag -> add(flag.name()));
        drinkingBase = addAll("exercise.drinking:", Drinking.class);
        factorBase = addAll("factors:", Factor.class);
        symptomBase = addAll("symptoms:", Symptom.class);
        remedyBase = addAll("considering:", Remedy.class);
        thresholdBase = names.size();
        for (Threshold threshold : wanted) {
            add(threshold.name());
            thresholds.add(threshold);
        }
    }

    /** The situation's own facts plus the numeric thresholds a table asks for. */
    public static FactCatalog withThresholds(Collection<Threshold> thresholds) {
        return new FactCatalog(thresholds);
    }

    private <E extends Enum<E> & Coded> int addAll(String prefix, Class<E> type) {
        int base = names.size();
        for (E value : type.getEnumConstants()) {
            add(prefix + value.id());
        }
        return base;
    }

    private int add(String name) {
        indexes.put(name, names.size());
        names.add(name);
        return names.size() - 1;
    }

    public int size() {
        return names.size();
    }

    public String name(int index) {
        return names.get(index);
    }

    public OptionalInt indexOf(String name) {
        Integer index = indexes.get(name);
        return index == null ? OptionalInt.empty() : OptionalInt.of(index);
    }

    public List<String> names() {
        return List.copyOf(names);
    }

    /** Every fact that holds for the situation; the hot path, so plain loops and no lookups by name. */
    public FactSet factsOf(Situation s) {
        long[] words = new long[FactSet.wordsFor(names.size())];
        if (s.muscle() != null) {
            set(words, muscleBase + s.muscle().ordinal());
        }
        if (s.when() != null) {
            set(words, whenBase + s.when().ordinal());
        }
        for (int i = 0; i < FLAGS.size(); i++) {
            if (FLAGS.get(i).test().test(s)) {
                set(words, flagBase + i);
            }
        }
        Exercise exercise = s.exercise();
        if (exercise.drinking() != null) {
            set(words, drinkingBase + exercise.drinking().ordinal());
        }
        for (Factor factor : s.factors()) {
            set(words, factorBase + factor.ordinal());
        }
        for (Symptom symptom : s.symptoms()) {
            set(words, symptomBase + symptom.ordinal());
        }
        for (Remedy remedy : s.considering()) {
            set(words, remedyBase + remedy.ordinal());
        }
        for (int i = 0; i < thresholds.size(); i++) {
            Threshold threshold = thresholds.get(i);
            Integer value = number(s, threshold.field());
            if (threshold.test(value)) {
                set(words, thresholdBase + i);
            }
        }
        return new FactSet(words);
    }

    /** The value of one of {@link #NUMERIC_FIELDS}, or null when the person has not said it. */
    public static Integer number(Situation s, String field) {
        return field.equals("age") ? s.age() : s.exercise().durationMinutes();
    }

    private static void set(long[] words, int index) {
        words[index >>> 6] |= 1L << index;
    }

    /**
     * A situation in which exactly the named facts are reported (plus whatever they imply, such as a
     * threshold on the same number), or empty when no situation can hold them all, e.g. two muscles at once.
     * Used to prove every table row reachable and to find examples for it.
     */
    public Optional<Situation> witness(Collection<String> facts) {
        Set<String> wanted = new TreeSet<>(facts);
        Situation.Builder b = Situation.builder();
        Map<String, Integer> numbers = new HashMap<>();
        Drinking drinking = null;
        boolean[] flags = new boolean[FLAGS.size()];
        for (String fact : wanted) {
            OptionalInt index = indexOf(fact);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            int i = index.getAsInt();
            // Two values of a one-value field (two muscles) overwrite each other; the final check catches it.
            if (i < whenBase) {
                b.muscle(Muscle.values()[i - muscleBase]);
            } else if (i < flagBase) {
                b.when(Onset.values()[i - whenBase]);
            } else if (i < drinkingBase) {
                flags[i - flagBase] = true;
            } else if (i < factorBase) {
                drinking = Drinking.values()[i - drinkingBase];
            } else if (i < symptomBase) {
                b.factor(Factor.values()[i - factorBase]);
            } else if (i < remedyBase) {
                b.symptom(Symptom.values()[i - symptomBase]);
            } else if (i < thresholdBase) {
                b.considering(Remedy.values()[i - remedyBase]);
            } else {
                Threshold threshold = thresholds.get(i - thresholdBase);
                Optional<Integer> value = threshold.witness();
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                // a second bound on the same number keeps the first value; the final check decides
                numbers.putIfAbsent(threshold.field(), value.get());
            }
        }
        // Indexes follow FLAGS: four situation flags, then eight exercise flags.
        b.crampingNow(flags[0]).stillLocked(flags[1]).soreAfterwards(flags[2]).recurring(flags[3]);
        b.exercise(new Exercise(flags[4], flags[5], numbers.get("exercise.durationMinutes"), flags[6], flags[7],
                flags[8], flags[9], flags[10], flags[11], drinking));
        b.age(numbers.get("age"));
        Situation situation = b.build();
        FactSet produced = factsOf(situation);
        for (String fact : wanted) {
            if (!produced.contains(indexes.get(fact))) {
                return Optional.empty();
            }
        }
        return Optional.of(situation);
    }
}
