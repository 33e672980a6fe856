package dev.crampguide.alexa.verification;

import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateParsingException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.PKIXCertPathBuilderResult;
import java.security.cert.X509CertSelector;
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
 * proving the chain: the signing certificate within its dates, {@code echo-api.amazon.com} among its DNS subject
 * alternative names, and a PKIX path built from it to any trusted root (the file's other certificates serve as
 * intermediates), every certificate of that path within its dates.
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
        List<X509Certificate> certificates = parse(pem);
        X509Certificate signer = certificates.get(0);
        checkDates(signer, now);
        if (!hasAlexaDnsName(signer)) {
            throw new VerificationException(Reason.CERT_SAN);
        }
        PKIXCertPathBuilderResult built = buildPath(signer, certificates, now);
        // only the path actually built counts: an expired cross-certificate that the path does not use is harmless
        Instant notBefore = Instant.MIN;
        Instant notAfter = Instant.MAX;
        List<X509Certificate> path = new ArrayList<>();
        for (Certificate certificate : built.getCertPath().getCertificates()) {
            path.add((X509Certificate) certificate);
        }
        X509Certificate anchor = built.getTrustAnchor().getTrustedCert();
        if (anchor != null) {
            path.add(anchor);
        }
        for (X509Certificate certificate : path) {
            checkDates(certificate, now);
            notBefore = later(notBefore, certificate.getNotBefore().toInstant());
            notAfter = earlier(notAfter, certificate.getNotAfter().toInstant());
        }
        return new Validated(signer.getPublicKey(), notBefore, notAfter);
    }

    /**
     * Builds a path from the signing certificate to any trusted root, using the other certificates of the file
     * only as candidate intermediates, the way a TLS client does. Amazon's file ends in cross-certificates up to
     * an old Starfield root; a trust store holding only Amazon Root CA 1 must accept the shorter path.
     */
    private PKIXCertPathBuilderResult buildPath(X509Certificate signer, List<X509Certificate> certificates,
            Instant now) throws VerificationException {
        try {
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors.trustAnchors(), target);
            parameters.addCertStore(CertStore.getInstance("Collection",
                    new CollectionCertStoreParameters(certificates)));
            parameters.setRevocationEnabled(false);
            parameters.setDate(Date.from(now));
            return (PKIXCertPathBuilderResult) CertPathBuilder.getInstance("PKIX").build(parameters);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new VerificationException(Reason.CERT_CHAIN, e);
        }
    }

    private static void checkDates(X509Certificate certificate, Instant now) throws VerificationException {
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateException e) {
            throw new VerificationException(Reason.CERT_DATES, e);
        }
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
