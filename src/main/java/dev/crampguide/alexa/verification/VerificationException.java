package dev.crampguide.alexa.verification;

/**
 * A request failed one of the Alexa Skills Kit checks. The {@link Reason} is for our own logs only; clients get
 * one generic answer whatever the reason, so a forger learns nothing about which check stopped them.
 */
public final class VerificationException extends Exception {

    /** Which check refused the request. */
    public enum Reason {
        CERT_URL, CERT_FETCH, CERT_CHAIN, CERT_DATES, CERT_SAN, SIGNATURE, MALFORMED, TIMESTAMP, APPLICATION_ID
    }

    private final Reason reason;

    public VerificationException(Reason reason) {
        this(reason, null);
    }

    public VerificationException(Reason reason, Throwable cause) {
        // no message text and no stack trace: nothing request-derived can leak through logs or toString()
        super(reason.name(), cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
