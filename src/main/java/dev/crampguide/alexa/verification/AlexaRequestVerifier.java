package dev.crampguide.alexa.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Set;

/**
 * Proves a request came from Alexa for this skill, in the order Amazon prescribes: certificate URL, certificate
 * chain, {@code Signature-256} over the raw body bytes, and only then the parsed body's timestamp (within
 * {@value #TOLERANCE_SECONDS} s either way) and application id (on the configured allow-list).
 *
 * <p>With {@code verifySignature} off (local development only) the signature, certificate and timestamp are
 * skipped, but the application id is still checked whenever an allow-list is configured.
 */
public final class AlexaRequestVerifier {

    static final long TOLERANCE_SECONDS = 150;
    private static final Duration TOLERANCE = Duration.ofSeconds(TOLERANCE_SECONDS);

    private final boolean verifySignature;
    private final SigningCertificates certificates;
    private final Set<String> applicationIds;
    private final Clock clock;
    private final ObjectMapper mapper;

    public AlexaRequestVerifier(boolean verifySignature, SigningCertificates certificates,
            Set<String> applicationIds, Clock clock, ObjectMapper mapper) {
        this.verifySignature = verifySignature;
        this.certificates = certificates;
        this.applicationIds = Set.copyOf(applicationIds);
        this.clock = clock;
        this.mapper = mapper;
    }

    public boolean verifiesSignature() {
        return verifySignature;
    }

    /**
     * @param certChainUrl the {@code SignatureCertChainUrl} header
     * @param signature256 the {@code Signature-256} header
     * @param body         the request body exactly as received
     * @return the parsed request, once every check passed
     */
    public AlexaRequestEnvelope verify(String certChainUrl, String signature256, byte[] body)
            throws VerificationException {
        if (verifySignature) {
            URI url = CertChainUrl.normalise(certChainUrl);
            PublicKey key = certificates.signingKey(url);
            checkSignature(key, signature256, body);
        }
        AlexaRequestEnvelope envelope = parse(body);
        if (verifySignature) {
            checkTimestamp(envelope);
        }
        if (verifySignature || !applicationIds.isEmpty()) {
            // an empty allow-list with verification on refuses everything: fail closed until configured
            String id = envelope.applicationId();
            if (id == null || !applicationIds.contains(id)) {
                throw new VerificationException(Reason.APPLICATION_ID);
            }
        }
        return envelope;
    }

    private static void checkSignature(PublicKey key, String signature256, byte[] body) throws VerificationException {
        if (signature256 == null || signature256.isBlank()) {
            throw new VerificationException(Reason.SIGNATURE);
        }
        try {
            byte[] claimed = Base64.getMimeDecoder().decode(signature256.trim());
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(key);
            verifier.update(body);
            if (!verifier.verify(claimed)) {
                throw new VerificationException(Reason.SIGNATURE);
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new VerificationException(Reason.SIGNATURE, e);
        }
    }

    private AlexaRequestEnvelope parse(byte[] body) throws VerificationException {
        try {
            AlexaRequestEnvelope envelope = mapper.readValue(body, AlexaRequestEnvelope.class);
            if (envelope == null || envelope.request() == null || envelope.request().type() == null) {
                throw new VerificationException(Reason.MALFORMED);
            }
            return envelope;
        } catch (IOException | RuntimeException e) {
            throw new VerificationException(Reason.MALFORMED, e);
        }
    }

    private void checkTimestamp(AlexaRequestEnvelope envelope) throws VerificationException {
        Instant sent = timestamp(envelope.request().timestamp());
        Duration skew = Duration.between(sent, clock.instant()).abs();
        if (skew.compareTo(TOLERANCE) > 0) {
            throw new VerificationException(Reason.TIMESTAMP);
        }
    }

    private static Instant timestamp(String text) throws VerificationException {
        if (text == null || text.isBlank()) {
            throw new VerificationException(Reason.TIMESTAMP);
        }
        try {
            if (text.chars().allMatch(Character::isDigit) && text.length() <= 15) {
                return Instant.ofEpochMilli(Long.parseLong(text));
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new VerificationException(Reason.TIMESTAMP, e);
        }
    }
}
