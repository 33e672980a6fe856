package dev.crampguide.alexa.verification;

import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.PKIXParameters;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a checked {@code SignatureCertChainUrl} into the public key that must have signed the request, after
 * proving the chain: every certificate within its dates, {@code echo-api.amazon.com} among the signing
 * certificate's DNS subject alternative names, and a PKIX path to a trusted root.
 *
 * <p>Revocation checking is off: it would need OCSP or CRL calls to third parties on the request path, which a
 * function answering within Alexa's time limit cannot afford, and Amazon's guidance does not ask for it.
 *
 * <p>Validated chains are cached by normalised URL until the earliest {@code notAfter} in the chain, so a warm
 * function fetches Amazon's certificate once. Only chains that passed every check are cached, and the cache is
 * small and bounded, so a flood of made-up URLs cannot grow memory.
 */
public final class SigningCertificates {

    static final String ALEXA_SAN = "echo-api.amazon.com";
    static final int MAX_CACHED = 16;
    private static final int DNS_NAME = 2;

    private record Validated(PublicKey key, Instant notBefore, Instant notAfter) {
    }

    private final CertificateFetcher fetcher;
    private final TrustAnchorSource anchors;
    private final Clock clock;
    private final Map<URI, Validated> cache = new LinkedHashMap<>(MAX_CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<URI, Validated> eldest) {
            return size() > MAX_CACHED;
        }
    };

    public SigningCertificates(CertificateFetcher fetcher, TrustAnchorSource anchors, Clock clock) {
        this.fetcher = fetcher;
        this.anchors = anchors;
        this.clock = clock;
    }

    /** The signing key for a normalised URL (see {@link CertChainUrl#normalise}). */
    public PublicKey signingKey(URI url) throws VerificationException {
        Instant now = clock.instant();
        synchronized (cache) {
            Validated cached = cache.get(url);
            if (cached != null && !now.isBefore(cached.notBefore()) && now.isBefore(cached.notAfter())) {
                return cached.key();
            }
            cache.remove(url);
        }
        byte[] pem;
        try {
            pem = fetcher.fetch(url);
        } catch (IOException | RuntimeException e) {
            throw new VerificationException(Reason.CERT_FETCH, e);
        }
        Validated validated = validate(pem, now);
        synchronized (cache) {
            cache.put(url, validated);
        }
        return validated.key();
    }

    private Validated validate(byte[] pem, Instant now) throws VerificationException {
        List<X509Certificate> chain = parse(pem);
        X509Certificate signer = chain.get(0);
        Instant notBefore = Instant.MIN;
        Instant notAfter = Instant.MAX;
        for (X509Certificate certificate : chain) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateException e) {
                throw new VerificationException(Reason.CERT_DATES, e);
            }
            notBefore = later(notBefore, certificate.getNotBefore().toInstant());
            notAfter = earlier(notAfter, certificate.getNotAfter().toInstant());
        }
        if (!hasAlexaDnsName(signer)) {
            throw new VerificationException(Reason.CERT_SAN);
        }
        try {
            CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(withoutSelfSignedRoot(chain));
            PKIXParameters parameters = new PKIXParameters(anchors.trustAnchors());
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            CertPathValidator.getInstance("PKIX").validate(path, parameters);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new VerificationException(Reason.CERT_CHAIN, e);
        }
        return new Validated(signer.getPublicKey(), notBefore, notAfter);
    }

    private static List<X509Certificate> parse(byte[] pem) throws VerificationException {
        Collection<? extends Certificate> certificates;
        try {
            certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem));
        } catch (CertificateException | RuntimeException e) {
            throw new VerificationException(Reason.CERT_CHAIN, e);
        }
        List<X509Certificate> chain = new ArrayList<>();
        for (Certificate certificate : certificates) {
            if (!(certificate instanceof X509Certificate x509)) {
                throw new VerificationException(Reason.CERT_CHAIN);
            }
            chain.add(x509);
        }
        if (chain.isEmpty()) {
            throw new VerificationException(Reason.CERT_CHAIN);
        }
        return chain;
    }

    /** A root shipped at the end of the file is dropped: PKIX wants the path up to, not including, the anchor. */
    private static List<X509Certificate> withoutSelfSignedRoot(List<X509Certificate> chain) {
        X509Certificate last = chain.get(chain.size() - 1);
        if (chain.size() > 1 && last.getSubjectX500Principal().equals(last.getIssuerX500Principal())) {
            return chain.subList(0, chain.size() - 1);
        }
        return chain;
    }

    private static boolean hasAlexaDnsName(X509Certificate certificate) {
        Collection<List<?>> names;
        try {
            names = certificate.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names == null) {
            return false;
        }
        for (List<?> name : names) {
            if (name.size() >= 2 && Integer.valueOf(DNS_NAME).equals(name.get(0))
                    && ALEXA_SAN.equalsIgnoreCase(String.valueOf(name.get(1)))) {
                return true;
            }
        }
        return false;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
