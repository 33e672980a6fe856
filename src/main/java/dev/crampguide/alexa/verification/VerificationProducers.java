package dev.crampguide.alexa.verification;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.config.CrampGuideConfig;
import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.LaunchMode;
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
    AlexaRequestVerifier alexaRequestVerifier(CrampGuideConfig settings, CertificateFetcher fetcher,
            TrustAnchorSource anchors, ObjectMapper mapper) {
        CrampGuideConfig.Alexa config = settings.alexa();
        Set<String> ids = new HashSet<>();
        for (String id : config.applicationIds().orElse(List.of())) {
            if (!id.isBlank()) {
                ids.add(id.trim());
            }
        }
        boolean verify = effectiveVerify(config.verify(), LaunchMode.current());
        if (!verify) {
            LOG.warn("Alexa request verification is OFF (cramp-guide.alexa.verify=false): local development only");
        } else if (!config.verify()) {
            LOG.error("cramp-guide.alexa.verify=false is ignored outside dev and test: Alexa requests stay verified");
        }
        if (verify && ids.isEmpty()) {
            LOG.warn("No Alexa skill id configured (cramp-guide.alexa.application-ids): every Alexa request is refused");
        }
        Clock clock = Clock.systemUTC();
        return new AlexaRequestVerifier(verify, new SigningCertificates(fetcher, anchors, clock), ids, clock, mapper);
    }

    /**
     * Verification can only be switched off in dev or test mode; a deployed function (normal mode) always
     * verifies, so a stray environment variable cannot open the endpoint to forged requests.
     */
    static boolean effectiveVerify(boolean configured, LaunchMode mode) {
        return configured || mode == LaunchMode.NORMAL;
    }
}
