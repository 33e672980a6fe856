package dev.crampguide.alexa.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.AlexaRequests;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every check Alexa's hosting rules demand, each proved to refuse a request that fails it, and a correctly
 * signed request proved to pass. Uses a CA minted by the test, served through an injected fetcher.
 */
class AlexaRequestVerifierTest {

    static final String URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-12.pem";

    final TestPki pki = TestPki.get();
    final MutableClock clock = new MutableClock(Instant.now());
    final List<URI> fetched = new ArrayList<>();
    byte[] served = pki.goodChainPem();

    final CertificateFetcher fetcher = url -> {
        fetched.add(url);
        return served;
    };

    AlexaRequestVerifier verifier(Set<String> ids) {
        return new AlexaRequestVerifier(true, new SigningCertificates(fetcher, pki::anchors, clock), ids, clock,
                new ObjectMapper());
    }

    AlexaRequestVerifier verifier() {
        return verifier(Set.of(AlexaRequests.SKILL_ID));
    }

    byte[] body() {
        return AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf").timestamp(clock.instant()).bytes();
    }

    Reason rejection(AlexaRequestVerifier verifier, String url, String signature, byte[] body) {
        return assertThrows(VerificationException.class, () -> verifier.verify(url, signature, body)).reason();
    }

    Reason rejection(String url) {
        byte[] body = body();
        return rejection(verifier(), url, pki.sign(body), body);
    }

    Reason rejectionServing(X509Certificate... chain) {
        served = TestPki.pem(chain);
        byte[] body = body();
        return rejection(verifier(), URL, pki.sign(body), body);
    }

    @Test
    void correctlySignedRequestPasses() throws Exception {
        byte[] body = body();
        AlexaRequestEnvelope envelope = verifier().verify(URL, pki.sign(body), body);
        assertEquals("IntentRequest", envelope.request().type());
        assertEquals("CrampNowIntent", envelope.request().intent().name());
        assertEquals(List.of(URI.create(URL)), fetched);
    }

    @Test
    void chainFileEndingWithItsRootStillPasses() throws Exception {
        served = TestPki.pem(pki.signing, pki.intermediate, pki.root);
        byte[] body = body();
        assertEquals("IntentRequest", verifier().verify(URL, pki.sign(body), body).request().type());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "https://s3.amazonaws.com/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com:443/echo.api/echo-api-cert.pem",
        "https://s3.amazonaws.com/echo.api/../echo.api/echo-api-cert.pem",
        "HTTPS://S3.AMAZONAWS.COM/echo.api/echo-api-cert.pem"})
    void amazonsValidUrlFormsPassAndAreFetchedNormalised(String url) throws Exception {
        byte[] body = body();
        verifier().verify(url, pki.sign(body), body);
        assertEquals(List.of(URI.create("https://s3.amazonaws.com/echo.api/echo-api-cert.pem")), fetched);
    }

    @Test
    void wrongSchemeIsRejected() {
        assertEquals(Reason.CERT_URL, rejection("http://s3.amazonaws.com/echo.api/echo-api-cert.pem"));
    }

    @Test
    void wrongHostIsRejected() {
        assertEquals(Reason.CERT_URL, rejection("https://notamazon.com/echo.api/echo-api-cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com.evil.example/echo.api/echo-api-cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://evil@s3.amazonaws.com/echo.api/echo-api-cert.pem"));
    }

    @Test
    void wrongPathIsRejected() {
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/EcHo.aPi/echo-api-cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/invalid.path/echo-api-cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/echo.api.evil/cert.pem"));
    }

    @Test
    void wrongPortIsRejected() {
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com:563/echo.api/echo-api-cert.pem"));
    }

    @Test
    void pathTraversalIsRejected() {
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/echo.api/../evil/cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/echo.api/%2e%2e/evil/cert.pem"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/echo.api/..%2fevil/cert.pem"));
    }

    @Test
    void missingOrGarbledUrlIsRejected() {
        assertEquals(Reason.CERT_URL, rejection(null));
        assertEquals(Reason.CERT_URL, rejection("not a url"));
        assertEquals(Reason.CERT_URL, rejection("https://s3.amazonaws.com/echo.api/cert.pem?x=1"));
        assertEquals(List.of(), fetched, "nothing is fetched for a URL that failed the checks");
    }

    @Test
    void expiredCertificateIsRejected() {
        assertEquals(Reason.CERT_DATES, rejectionServing(pki.expiredSigning, pki.intermediate));
    }

    @Test
    void missingSanIsRejected() {
        assertEquals(Reason.CERT_SAN, rejectionServing(pki.signingWithoutSan, pki.intermediate));
        assertEquals(Reason.CERT_SAN, rejectionServing(pki.signingWithOtherSan, pki.intermediate));
    }

    @Test
    void untrustedChainIsRejected() {
        assertEquals(Reason.CERT_CHAIN, rejectionServing(pki.rogueSigning, pki.rogueRoot));
        assertEquals(Reason.CERT_CHAIN, rejectionServing(pki.signing), "intermediate missing");
        served = "not a certificate".getBytes(StandardCharsets.US_ASCII);
        byte[] body = body();
        assertEquals(Reason.CERT_CHAIN, rejection(verifier(), URL, pki.sign(body), body));
    }

    @Test
    void productionTrustRootsDoNotTrustASelfMadeCa() {
        JdkTrustAnchors jdk = new JdkTrustAnchors();
        assertTrue(jdk.trustAnchors().size() > 10, "the JDK trust store has public roots");
        AlexaRequestVerifier production = new AlexaRequestVerifier(true, new SigningCertificates(fetcher, jdk, clock),
                Set.of(AlexaRequests.SKILL_ID), clock, new ObjectMapper());
        byte[] body = body();
        assertEquals(Reason.CERT_CHAIN, rejection(production, URL, pki.sign(body), body));
    }

    @Test
    void unreachableCertificateIsRejected() {
        CertificateFetcher failing = url -> {
            throw new IOException("connection refused");
        };
        AlexaRequestVerifier verifier = new AlexaRequestVerifier(true,
                new SigningCertificates(failing, pki::anchors, clock), Set.of(AlexaRequests.SKILL_ID), clock,
                new ObjectMapper());
        byte[] body = body();
        assertEquals(Reason.CERT_FETCH, rejection(verifier, URL, pki.sign(body), body));
    }

    @Test
    void tamperedBodyIsRejected() {
        byte[] body = body();
        String signature = pki.sign(body);
        byte[] tampered = new String(body, StandardCharsets.UTF_8).replace("calf", "foot")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.SIGNATURE, rejection(verifier(), URL, signature, tampered));
    }

    @Test
    void badSignatureIsRejected() throws Exception {
        byte[] body = body();
        assertEquals(Reason.SIGNATURE, rejection(verifier(), URL, TestPki.sign(body, TestPki.rsa().getPrivate()), body));
        assertEquals(Reason.SIGNATURE, rejection(verifier(), URL, "bm90IGEgc2lnbmF0dXJl", body));
        assertEquals(Reason.SIGNATURE, rejection(verifier(), URL, "***", body));
        assertEquals(Reason.SIGNATURE, rejection(verifier(), URL, null, body));
    }

    @Test
    void staleTimestampIsRejected() {
        byte[] body = AlexaRequests.launch().timestamp(clock.instant().minusSeconds(151)).bytes();
        assertEquals(Reason.TIMESTAMP, rejection(verifier(), URL, pki.sign(body), body));
    }

    @Test
    void futureTimestampIsRejected() {
        byte[] body = AlexaRequests.launch().timestamp(clock.instant().plusSeconds(151)).bytes();
        assertEquals(Reason.TIMESTAMP, rejection(verifier(), URL, pki.sign(body), body));
    }

    @Test
    void timestampJustInsideTheWindowPasses() throws Exception {
        for (long skew : new long[] {-149, 149}) {
            byte[] body = AlexaRequests.launch().timestamp(clock.instant().plusSeconds(skew)).bytes();
            assertEquals("LaunchRequest", verifier().verify(URL, pki.sign(body), body).request().type());
        }
    }

    @Test
    void unknownApplicationIdIsRejected() {
        byte[] body = AlexaRequests.launch().applicationId("amzn1.ask.skill.someone-else").timestamp(clock.instant())
                .bytes();
        assertEquals(Reason.APPLICATION_ID, rejection(verifier(), URL, pki.sign(body), body));
    }

    @Test
    void noConfiguredApplicationIdRefusesEverything() {
        byte[] body = body();
        assertEquals(Reason.APPLICATION_ID, rejection(verifier(Set.of()), URL, pki.sign(body), body));
    }

    @Test
    void signedButMalformedBodyIsRejected() {
        byte[] body = "{\"version\":\"1.0\",".getBytes(StandardCharsets.UTF_8);
        assertEquals(Reason.MALFORMED, rejection(verifier(), URL, pki.sign(body), body));
    }

    @Test
    void certificateIsFetchedOnceAndReusedUntilItExpires() throws Exception {
        AlexaRequestVerifier verifier = verifier();
        for (int i = 0; i < 3; i++) {
            byte[] body = body();
            verifier.verify(URL, pki.sign(body), body);
        }
        assertEquals(1, fetched.size());

        // past the signing certificate's notAfter the cached key is not trusted any more
        clock.set(pki.signing.getNotAfter().toInstant().plus(Duration.ofMinutes(1)));
        byte[] body = body();
        assertEquals(Reason.CERT_DATES, rejection(verifier, URL, pki.sign(body), body));
        assertEquals(2, fetched.size());
    }

    @Test
    void withVerificationOffOnlyTheAllowListApplies() throws Exception {
        AlexaRequestVerifier off = new AlexaRequestVerifier(false,
                new SigningCertificates(fetcher, pki::anchors, clock), Set.of(AlexaRequests.SKILL_ID), clock,
                new ObjectMapper());
        byte[] body = AlexaRequests.launch().timestamp(clock.instant().minusSeconds(3600)).bytes();
        assertEquals("LaunchRequest", off.verify(null, null, body).request().type());
        assertArrayEquals(new URI[0], fetched.toArray(new URI[0]));
        byte[] other = AlexaRequests.launch().applicationId("amzn1.ask.skill.someone-else").bytes();
        assertEquals(Reason.APPLICATION_ID, rejection(off, null, null, other));
    }

    @Test
    void aDeployedFunctionVerifiesEvenIfConfiguredOff() {
        assertTrue(VerificationProducers.effectiveVerify(false, io.quarkus.runtime.LaunchMode.NORMAL));
        assertTrue(VerificationProducers.effectiveVerify(true, io.quarkus.runtime.LaunchMode.DEVELOPMENT));
        assertFalse(VerificationProducers.effectiveVerify(false, io.quarkus.runtime.LaunchMode.DEVELOPMENT));
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
