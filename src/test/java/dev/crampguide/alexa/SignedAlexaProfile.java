package dev.crampguide.alexa;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;
import java.util.Set;

/** Verification on, the test skill id allowed, and the test PKI in place of Amazon's. */
public class SignedAlexaProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("cramp-guide.alexa.verify", "true",
                "cramp-guide.alexa.application-ids", AlexaRequests.SKILL_ID);
    }

    @Override
    public Set<Class<?>> getEnabledAlternatives() {
        return Set.of(TestAlexaCertificates.class);
    }
}
