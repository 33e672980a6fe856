package dev.crampguide.facts;

import java.util.Arrays;

/** An immutable set of fact indexes, stored as bits so a row's condition is a few word-wide ANDs. */
public final class FactSet {

    private final long[] words;

    FactSet(long[] words) {
        this.words = words;
    }

    public static FactSet of(int size, int... indexes) {
        long[] words = new long[wordsFor(size)];
        for (int index : indexes) {
            words[index >>> 6] |= 1L << index;
        }
        return new FactSet(words);
    }

    static int wordsFor(int size) {
        return (size + 63) >>> 6;
    }

    public boolean contains(int index) {
        return (words[index >>> 6] & (1L << index)) != 0;
    }

    /** True when every fact of {@code other} is here. */
    public boolean containsAll(FactSet other) {
        for (int i = 0; i < words.length; i++) {
            if ((words[i] & other.words[i]) != other.words[i]) {
                return false;
            }
        }
        return true;
    }

    /** True when at least one fact of {@code other} is here. */
    public boolean intersects(FactSet other) {
        long[] theirs = other.words;
        if (words.length == 2) {
            // today's catalog fits two words; spelled out, this is the evaluation's hottest line
            return ((words[0] & theirs[0]) | (words[1] & theirs[1])) != 0;
        }
        for (int i = 0; i < words.length; i++) {
            if ((words[i] & theirs[i]) != 0) {
                return true;
            }
        }
        return false;
    }

    public boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
    }

    public FactSet union(FactSet other) {
        long[] result = words.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] |= other.words[i];
        }
        return new FactSet(result);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSet other && Arrays.equals(words, other.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }
}
