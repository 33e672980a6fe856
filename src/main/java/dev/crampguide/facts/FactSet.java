package dev.crampguide.facts;

import java.util.Arrays;
import java.util.List;

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

    /**
     * True when each term meets these facts and {@code none} does not. Terms and {@code none} come from
     * {@link #flatten}: consecutive runs of this set's word count, so the check is a handful of ANDs on longs.
     */
    public boolean meets(long[] terms, long[] none) {
        if (words.length == 2) {
            // today's catalog fits two words; spelled out, this is the evaluation's hottest loop
            long a = words[0];
            long b = words[1];
            for (int t = 0; t < terms.length; t += 2) {
                if (((a & terms[t]) | (b & terms[t + 1])) == 0) {
                    return false;
                }
            }
            return ((a & none[0]) | (b & none[1])) == 0;
        }
        for (int t = 0; t < terms.length; t += words.length) {
            boolean hit = false;
            for (int i = 0; i < words.length && !hit; i++) {
                hit = (words[i] & terms[t + i]) != 0;
            }
            if (!hit) {
                return false;
            }
        }
        for (int i = 0; i < words.length; i++) {
            if ((words[i] & none[i]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The sets' words end to end, for {@link #meets}. */
    public static long[] flatten(List<FactSet> sets) {
        int size = sets.isEmpty() ? 0 : sets.get(0).words.length;
        long[] flat = new long[sets.size() * size];
        for (int s = 0; s < sets.size(); s++) {
            System.arraycopy(sets.get(s).words, 0, flat, s * size, size);
        }
        return flat;
    }

    public boolean isEmpty() {
        for (long word : words) {
            if (word != 0) {
                return false;
            }
        }
        return true;
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
