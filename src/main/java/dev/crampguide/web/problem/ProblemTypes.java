package dev.crampguide.web.problem;

/** The problem type URIs this API uses; stable, so clients may switch on them. */
public final class ProblemTypes {

    public static final String INVALID_SITUATION = "urn:cramp-guide:problem:invalid-situation";
    public static final String MALFORMED_JSON = "urn:cramp-guide:problem:malformed-json";
    public static final String BODY_TOO_LARGE = "urn:cramp-guide:problem:body-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = "urn:cramp-guide:problem:unsupported-media-type";
    public static final String NOT_FOUND = "urn:cramp-guide:problem:not-found";
    public static final String METHOD_NOT_ALLOWED = "urn:cramp-guide:problem:method-not-allowed";
    public static final String NOT_ACCEPTABLE = "urn:cramp-guide:problem:not-acceptable";
    public static final String INTERNAL = "urn:cramp-guide:problem:internal";

    private ProblemTypes() {
    }
}
