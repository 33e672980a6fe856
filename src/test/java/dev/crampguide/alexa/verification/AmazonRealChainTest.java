package dev.crampguide.alexa.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.security.PublicKey;
import java.security.cert.CertificateFactory;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Amazon's real signing chain as Alexa serves it: {@code echo-api.amazon.com} → Amazon RSA 2048 M01 → Amazon Root
 * CA 1 (cross-signed by Starfield Services G2) → Starfield Services G2 (cross-signed by Starfield Class 2).
 *
 * <p>Fixture {@code alexa/echo-api-cert-12.pem}: byte-for-byte the file {@code test/mocks/echo-api-cert-12.cer} of
 * github.com/mreinstein/alexa-verifier at commit a3d36aa6439b6248955c526f54bf10564ce20140 (MIT licence), a copy of
 * what {@code https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem} served in 2023. The signing certificate is
 * valid from 2023-03-16 to 2023-12-23, so the clock is fixed inside that window.
 *
 * <p>The roots come from the running JDK's own trust store (both JDKs the build supports hold Amazon Root CA 1,
 * Starfield Services G2 and Starfield Class 2), filtered down to one root per test, so the verifier must build
 * whichever path the trust store allows.
 */
class AmazonRealChainTest {

    static final URI URL = URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem");
    static final Instant INSIDE_VALIDITY = Instant.parse("2023-06-01T12:00:00Z");
    static final Instant AFTER_SIGNER_EXPIRED = Instant.parse("2024-01-15T12:00:00Z");

    static byte[] realChain() {
        try (InputStream in = AmazonRealChainTest.class.getResourceAsStream("/alexa/echo-api-cert-12.pem")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TrustAnchorSource onlyJdkRoot(Predicate<String> subject) {
        Set<TrustAnchor> roots = new JdkTrustAnchors().trustAnchors().stream()
                .filter(a -> subject.test(a.getTrustedCert().getSubjectX500Principal().getName()))
                .collect(Collectors.toUnmodifiableSet());
        assertEquals(1, roots.size(), "the JDK trust store holds exactly one such root");
        return () -> roots;
    }

    static PublicKey signingKey(TrustAnchorSource anchors, Instant now) throws VerificationException {
        return new SigningCertificates(url -> realChain(), anchors, Clock.fixed(now, ZoneOffset.UTC)).signingKey(URL);
    }

    static PublicKey echoApiKey() throws Exception {
        try (InputStream in = AmazonRealChainTest.class.getResourceAsStream("/alexa/echo-api-cert-12.pem")) {
            List<?> all = List.copyOf(CertificateFactory.getInstance("X.509").generateCertificates(in));
            return ((X509Certificate) all.get(0)).getPublicKey();
        }
    }

    static final Predicate<String> AMAZON_ROOT_CA_1 = name -> name.contains("CN=Amazon Root CA 1,");
    static final Predicate<String> STARFIELD_CLASS_2 = name -> name.contains("OU=Starfield Class 2 Certification");
    static final Predicate<String> STARFIELD_SERVICES_G2 =
            name -> name.contains("CN=Starfield Services Root Certificate Authority - G2");

    @Test
    void passesWhenOnlyAmazonRootCa1IsTrusted() throws Exception {
        assertEquals(echoApiKey(), signingKey(onlyJdkRoot(AMAZON_ROOT_CA_1), INSIDE_VALIDITY));
    }

    @Test
    void passesWhenOnlyStarfieldClass2IsTrusted() throws Exception {
        assertEquals(echoApiKey(), signingKey(onlyJdkRoot(STARFIELD_CLASS_2), INSIDE_VALIDITY));
    }

    @Test
    void passesWhenOnlyStarfieldServicesG2IsTrusted() throws Exception {
        assertEquals(echoApiKey(), signingKey(onlyJdkRoot(STARFIELD_SERVICES_G2), INSIDE_VALIDITY));
    }

    @Test
    void passesWithTheWholeJdkTrustStore() throws Exception {
        assertNotNull(signingKey(new JdkTrustAnchors(), INSIDE_VALIDITY));
    }

    @Test
    void refusedWhenNoRootOfThePathIsTrusted() {
        TrustAnchorSource others = onlyJdkRoot(name -> name.contains("CN=Amazon Root CA 3,"));
        VerificationException refused =
                assertThrows(VerificationException.class, () -> signingKey(others, INSIDE_VALIDITY));
        assertEquals(Reason.CERT_CHAIN, refused.reason());
    }

    @Test
    void refusedOnceTheSigningCertificateHasExpired() {
        VerificationException refused = assertThrows(VerificationException.class,
                () -> signingKey(onlyJdkRoot(AMAZON_ROOT_CA_1), AFTER_SIGNER_EXPIRED));
        assertEquals(Reason.CERT_DATES, refused.reason());
    }

    @Test
    void refusedBeforeTheSigningCertificateIsValid() {
        VerificationException refused = assertThrows(VerificationException.class,
                () -> signingKey(onlyJdkRoot(AMAZON_ROOT_CA_1), Instant.parse("2023-03-01T00:00:00Z")));
        assertEquals(Reason.CERT_DATES, refused.reason());
    }

    @Test
    void theFixtureIsAmazonsChainWithTheCrossCertificates() throws Exception {
        try (InputStream in = AmazonRealChainTest.class.getResourceAsStream("/alexa/echo-api-cert-12.pem")) {
            List<String> subjects = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                    .map(c -> ((X509Certificate) c).getSubjectX500Principal().getName()).toList();
            assertEquals(4, subjects.size());
            assertFalse(subjects.get(0).isEmpty());
            assertEquals(List.of(true, true, true, true), List.of(
                    subjects.get(0).equals("CN=echo-api.amazon.com"),
                    subjects.get(1).contains("CN=Amazon RSA 2048 M01"),
                    AMAZON_ROOT_CA_1.test(subjects.get(2) + ","),
                    STARFIELD_SERVICES_G2.test(subjects.get(3))));
        }
    }
}
