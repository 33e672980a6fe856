package dev.crampguide.web.problem;

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

    /**
     * At most this many field errors are listed: a 16 KiB body can hold thousands of bad array elements, and
     * the answer must not grow a thousandfold (each error may carry its allowed values). {@code detail} still
     * gives the full count.
     */
    public static final int MAX_LISTED_ERRORS = 50;

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? "1 field is invalid." : errors.size() + " fields are invalid.";
        List<FieldError> listed = errors;
        if (errors.size() > MAX_LISTED_ERRORS) {
            detail = errors.size() + " fields are invalid; the first " + MAX_LISTED_ERRORS + " are listed.";
            listed = errors.subList(0, MAX_LISTED_ERRORS);
        }
        return new ProblemException(400, ProblemTypes.INVALID_SITUATION, "Invalid situation", detail, List.copyOf(listed));
    }

    /** A body over {@code maxBytes}: the same 413 whichever limit and whichever layer found it. */
    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, ProblemTypes.BODY_TOO_LARGE, "Body too large",
                "The body may be at most " + maxBytes + " bytes.", null);
    }

    public Problem toProblem(String instance) {
        return new Problem(type, title, status, detail, instance, errors);
    }

    /** The field errors, or null for a problem about the request as a whole. */
    public List<FieldError> errors() {
        return errors;
    }

    public int status() {
        return status;
    }
}
