package dev.crampguide.facts;

import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The names of every fact a situation can produce, each with a fixed index. Names follow the request's
 * field paths ({@code muscle:calf}, {@code crampingNow}, {@code exercise.hot}, {@code symptoms:numbness}),
 * so a row's {@code because} reads as the situation the person sent. The facts come from
 * {@link SituationFields}, in request order, followed by the numeric thresholds the table asks for.
 */
public final class FactCatalog {

    private static final List<SituationField> FIELDS = SituationFields.ALL;

    public static final Set<String> NUMERIC_FIELDS = FIELDS.stream()
            .filter(f -> f.kind() == SituationField.Kind.NUMBER).map(SituationField::path)
            .collect(Collectors.toUnmodifiableSet());

    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> indexes = new HashMap<>();
    private final List<Threshold> thresholds = new ArrayList<>();
    /** Per threshold, the numeric field it reads. */
    private final SituationField[] thresholdFields;
    /** Per field of {@link #FIELDS}, the index of its first fact (numbers have none). */
    private final int[] bases = new int[FIELDS.size()];
    /** Per fact below {@link #thresholdBase}, the field that produces it. */
    private final int[] owners;
    private final int thresholdBase;

    private FactCatalog(Collection<Threshold> wanted) {
        List<Integer> owner = new ArrayList<>();
        for (int f = 0; f < FIELDS.size(); f++) {
            bases[f] = names.size();
            for (String name : FIELDS.get(f).factNames()) {
                add(name);
                owner.add(f);
            }
        }
        owners = owner.stream().mapToInt(Integer::intValue).toArray();
        thresholdBase = names.size();
        for (Threshold threshold : wanted) {
            add(threshold.name());
            thresholds.add(threshold);
        }
        thresholdFields = thresholds.stream().map(t -> SituationFields.byPath(t.field())).toArray(SituationField[]::new);
    }

    /** The situation's own facts plus the numeric thresholds a table asks for. */
    public static FactCatalog withThresholds(Collection<Threshold> thresholds) {
        return new FactCatalog(thresholds);
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
        for (int f = 0; f < bases.length; f++) {
            SituationField field = FIELDS.get(f);
            switch (field.kind()) {
                case FLAG -> {
                    if ((Boolean) field.get().apply(s)) {
                        set(words, bases[f]);
                    }
                }
                case CHOICE -> {
                    Object value = field.get().apply(s);
                    if (value != null) {
                        set(words, bases[f] + ((Enum<?>) value).ordinal());
                    }
                }
                case LIST -> {
                    for (Object value : (Collection<?>) field.get().apply(s)) {
                        set(words, bases[f] + ((Enum<?>) value).ordinal());
                    }
                }
                case NUMBER -> {
                }
            }
        }
        for (int i = 0; i < thresholdFields.length; i++) {
            if (thresholds.get(i).test((Integer) thresholdFields[i].get().apply(s))) {
                set(words, thresholdBase + i);
            }
        }
        return new FactSet(words);
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
        for (String fact : wanted) {
            OptionalInt index = indexOf(fact);
            if (index.isEmpty()) {
                return Optional.empty();
            }
            int i = index.getAsInt();
            if (i < thresholdBase) {
                // Two values of a one-value field (two muscles) overwrite each other; the final check catches it.
                SituationField field = FIELDS.get(owners[i]);
                Object value = field.kind() == SituationField.Kind.FLAG ? Boolean.TRUE
                        : field.values().get(i - bases[owners[i]]);
                field.set().accept(b, value);
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
        numbers.forEach((field, value) -> SituationFields.byPath(field).set().accept(b, value));
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
