package dev.crampguide.alexa;

import dev.crampguide.alexa.verification.CertificateFetcher;
import dev.crampguide.alexa.verification.TestPki;
import dev.crampguide.alexa.verification.TrustAnchorSource;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.URI;
import java.security.cert.TrustAnchor;
import java.util.Set;

/**
 * Stands in for Amazon's S3 and for the JDK trust store in {@link SignedAlexaProfile}: serves the test chain at
 * one Alexa-shaped URL and trusts the test root. Every other check of the real verifier stays in force.
 */
@Alternative
@Singleton
public class TestAlexaCertificates implements CertificateFetcher, TrustAnchorSource {

    public static final String CHAIN_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-test.pem";

    @Override
    public byte[] fetch(URI url) throws IOException {
        if (!URI.create(CHAIN_URL).equals(url)) {
            throw new IOException("no such certificate chain");
        }
        return TestPki.get().goodChainPem();
    }

    @Override
    public Set<TrustAnchor> trustAnchors() {
        return TestPki.get().anchors();
    }
}
