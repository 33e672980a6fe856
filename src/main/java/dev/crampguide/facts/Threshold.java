package dev.crampguide.facts;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fact that holds when a numeric situation field crosses a bound, named by itself: {@code age>=65},
 * {@code exercise.durationMinutes>=60}, {@code age<18}. The table chooses the bounds; the engine only compares.
 */
public record Threshold(String name, String field, boolean atLeast, int bound) {

    private static final Pattern FORM = Pattern.compile("([A-Za-z.]+)(>=|<)(\\d{1,6})");

    public static Optional<Threshold> parse(String name) {
        Matcher m = FORM.matcher(name);
        if (!m.matches() || !FactCatalog.NUMERIC_FIELDS.contains(m.group(1))) {
            return Optional.empty();
        }
        return Optional.of(new Threshold(name, m.group(1), m.group(2).equals(">="), Integer.parseInt(m.group(3))));
    }

    public boolean test(Integer value) {
        return value != null && (atLeast ? value >= bound : value < bound);
    }

    /** The least surprising value that makes this fact hold, or empty when none does. */
    Optional<Integer> witness() {
        if (atLeast) {
            return Optional.of(bound);
        }
        return bound > 0 ? Optional.of(bound - 1) : Optional.empty();
    }
}
