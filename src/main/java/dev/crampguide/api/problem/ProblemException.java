package dev.crampguide.api.problem;

import java.util.List;

/** Thrown by adapters to answer with a problem; carries no request data beyond the field errors. */
public final class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors) {
        super(title, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors;
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        return new ProblemException(400, ProblemTypes.INVALID_SITUATION, "Invalid situation", detail, List.copyOf(errors));
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    public int status() {
        return status;
    }
}
