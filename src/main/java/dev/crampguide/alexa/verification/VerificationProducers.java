package dev.crampguide.alexa.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Wires the verifier from configuration. The fetcher and the trust roots are default beans so a test profile
 * can swap in its own CA and chain while the real checks stay on.
 */
@ApplicationScoped
public class VerificationProducers {

    private static final Logger LOG = Logger.getLogger(VerificationProducers.class);

    @Produces
    @DefaultBean
    @Singleton
    CertificateFetcher certificateFetcher() {
        return new HttpCertificateFetcher();
    }

    @Produces
    @DefaultBean
    @Singleton
    TrustAnchorSource trustAnchorSource() {
        return new JdkTrustAnchors();
    }

    @Produces
    @Singleton
    AlexaRequestVerifier alexaRequestVerifier(AlexaConfig config, CertificateFetcher fetcher,
            TrustAnchorSource anchors, ObjectMapper mapper) {
        Set<String> ids = new HashSet<>();
        for (String id : config.applicationIds().orElse(List.of())) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        if (!config.verify()) {
            LOG.warn("Alexa request verification is OFF (cramp-guide.alexa.verify=false): local development only");
        } else if (ids.isEmpty()) {
            LOG.warn("No Alexa skill id configured (cramp-guide.alexa.application-ids): every Alexa request is refused");
        }
        Clock clock = Clock.systemUTC();
        return new AlexaRequestVerifier(config.verify(), new SigningCertificates(fetcher, anchors, clock), ids, clock,
                mapper);
    }
}
