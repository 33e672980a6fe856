package dev.crampguide.table;

import java.util.List;

/** The table is unusable; every problem found is listed, each naming the row or entry it concerns. */
public final class TableException extends RuntimeException {

    private final List<TableProblem> details;

    public TableException(List<TableProblem> details) {
        super("guidance table rejected:\n  - " + String.join("\n  - ", details.stream().map(TableProblem::toString)
                .toList()));
        this.details = List.copyOf(details);
    }

    /** A problem found before any check could run (the file is missing or is not JSON). */
    public static TableException unreadable(String message) {
        return new TableException(List.of(new TableProblem("file", "table", message)));
    }

    /** Every problem, as data. */
    public List<TableProblem> details() {
        return details;
    }

    /** Every problem as a person reads it. */
    public List<String> problems() {
        return details.stream().map(TableProblem::toString).toList();
    }
}
