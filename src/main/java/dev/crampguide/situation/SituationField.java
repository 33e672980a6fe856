package dev.crampguide.situation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One field of a situation as clients send it, described once: its path in the request ({@code muscle},
 * {@code exercise.hot}), its kind, its allowed values, how to read it from a {@link Situation} and how to set it
 * on a {@link Situation.Builder}. The fact catalog, the JSON reader and writer, the query mapping and the
 * OpenAPI document all walk {@link SituationFields#ALL}, so a new field is declared in one place.
 *
 * @param values the allowed values of a choice or list, in declaration order (a value's index is its ordinal)
 * @param max    the largest allowed number (numbers start at 0); 0 for other kinds
 * @param get    reads the value: Boolean for a flag, the enum constant or null for a choice, an Integer or null
 *               for a number, a Set of enum constants for a list
 * @param set    sets a value of the field's type; for a list, adds one element
 */
public record SituationField(String path, Kind kind, List<Coded> values, int max, int example, String description,
        Function<Situation, Object> get, BiConsumer<Situation.Builder, Object> set) {

    /** The shape of a field, as JSON and the query string carry it. */
    public enum Kind {
        /** true or false; absent means false */
        FLAG,
        /** one of {@link #values()}; absent means not said */
        CHOICE,
        /** a whole number from 0 to {@link #max()}; absent means not said */
        NUMBER,
        /** any of {@link #values()}, no repeats; absent means none */
        LIST
    }

    /** The object a dotted path belongs to ({@code exercise} for {@code exercise.hot}), or null at top level. */
    public String group() {
        int dot = path.indexOf('.');
        return dot < 0 ? null : path.substring(0, dot);
    }

    /** The name within its group: {@code hot} for {@code exercise.hot}. */
    public String name() {
        return path.substring(path.indexOf('.') + 1);
    }

    /** The allowed values' wire ids. */
    public List<String> ids() {
        return values.stream().map(Coded::id).toList();
    }

    /**
     * The fact names this field produces, in index order: its path for a flag, {@code path:id} for each value of
     * a choice or list; none for a number (the table names its own thresholds, such as {@code age>=65}).
     */
    public List<String> factNames() {
        List<String> names = new ArrayList<>();
        switch (kind) {
            case FLAG -> names.add(path);
            case CHOICE, LIST -> values.forEach(v -> names.add(path + ":" + v.id()));
            case NUMBER -> {
            }
        }
        return List.copyOf(names);
    }

    /** The allowed value with this wire id, if there is one. */
    public Optional<Coded> value(String id) {
        for (Coded value : values) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Sets the field from its wire value ({@code true}, {@code calf}, {@code 45}), the one way every adapter does it
     * (JSON bodies, question options, voice slots); for a list, adds the value. False, with nothing set, when the
     * value is not one this field takes.
     */
    public boolean set(Situation.Builder builder, String wire) {
        if (wire == null) {
            return false;
        }
        Object parsed = switch (kind) {
            case FLAG -> wire.equals("true") || wire.equals("false") ? Boolean.valueOf(wire) : null;
            case CHOICE, LIST -> value(wire).orElse(null);
            case NUMBER -> wire.matches("\\d{1,9}") && Integer.parseInt(wire) <= max ? Integer.valueOf(wire) : null;
        };
        if (parsed == null) {
            return false;
        }
        set.accept(builder, parsed);
        return true;
    }

    /** Whether the situation says something about this field (a true flag, a value, a non-empty list). */
    public boolean isSaid(Situation situation) {
        Object value = get.apply(situation);
        return switch (kind) {
            case FLAG -> (Boolean) value;
            case CHOICE, NUMBER -> value != null;
            case LIST -> !((Collection<?>) value).isEmpty();
        };
    }
}
