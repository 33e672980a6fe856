package dev.crampguide.table;

/**
 * One thing wrong with a table: which check found it ({@code code}, the compiler stage's key), the row or entry it
 * concerns ({@code where}) and what is wrong ({@code message}).
 */
public record TableProblem(String code, String where, String message) {

    /** As a person reads it: {@code row 'massage': cites no reference}. */
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
