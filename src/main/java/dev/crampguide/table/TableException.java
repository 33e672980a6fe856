package dev.crampguide.table;

import java.util.List;

/** The table is unusable; every problem found is listed, each naming the row or entry it concerns. */
public final class TableException extends RuntimeException {

    private final List<String> problems;

    public TableException(List<String> problems) {
        super("guidance table rejected:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
