package dev.crampguide.properties;

import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property runner: {@code tries} generated values from one seed; on the first failure the value is
 * shrunk greedily and the failure names the seed, so any run can be repeated exactly.
 * <p>
 * {@code -Dproperties.tries=N} changes the number of tries (default 1000), {@code -Dproperties.seed=S} replays a
 * run. (jqwik is not used: from 1.10 its maintainer asks that it not be used by AI coding agents, which write
 * part of this project.)
 */
final class Properties {

    static final int TRIES = Integer.getInteger("properties.tries", 1000);

    private Properties() {
    }

    static <T> void forAll(Function<Random, T> generator, Function<T, List<T>> simpler, Consumer<T> property) {
        long seed = Long.getLong("properties.seed", new Random().nextLong());
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            T value = generator.apply(random);
            Throwable failure = failure(property, value);
            if (failure != null) {
                T smallest = shrink(value, failure, simpler, property);
                AssertionError e = new AssertionError("property failed on try " + (i + 1) + " of " + TRIES
                        + " (replay with -Dproperties.seed=" + seed + ")\nsmallest failing value: " + smallest
                        + "\noriginal value: " + value + "\n" + failure(property, smallest).getMessage());
                e.addSuppressed(failure);
                throw e;
            }
        }
    }

    private static <T> T shrink(T value, Throwable failure, Function<T, List<T>> simpler, Consumer<T> property) {
        T current = value;
        boolean progress = true;
        while (progress) {
            progress = false;
            for (T candidate : simpler.apply(current)) {
                if (failure(property, candidate) != null) {
                    current = candidate;
                    progress = true;
                    break;
                }
            }
        }
        return current;
    }

    private static <T> Throwable failure(Consumer<T> property, T value) {
        try {
            property.accept(value);
            return null;
        } catch (AssertionError | RuntimeException e) {
            return e;
        }
    }
}
