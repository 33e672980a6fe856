package dev.crampguide.alexa.verification;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The JDK's default trust store roots (the same ones HTTPS trusts), loaded on first use. Amazon's signing
 * certificate chains to a public root, so no extra trust material has to be shipped or kept up to date.
 */
public final class JdkTrustAnchors implements TrustAnchorSource {

    private volatile Set<TrustAnchor> anchors;

    @Override
    public Set<TrustAnchor> trustAnchors() {
        Set<TrustAnchor> a = anchors;
        if (a == null) {
            a = load();
            anchors = a;
        }
        return a;
    }

    private static Set<TrustAnchor> load() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            Set<TrustAnchor> result = new HashSet<>();
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    for (X509Certificate root : x509.getAcceptedIssuers()) {
                        result.add(new TrustAnchor(root, null));
                    }
                }
            }
            if (result.isEmpty()) {
                throw new IllegalStateException("the JDK default trust store holds no roots");
            }
            return Set.copyOf(result);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the JDK default trust store", e);
        }
    }
}
