package dev.crampguide.alexa.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.List;
import java.util.Optional;

/** Settings of the Alexa endpoint, under {@code cramp-guide.alexa}. */
@ConfigMapping(prefix = "cramp-guide.alexa")
public interface AlexaConfig {

    /**
     * Verify that every request comes from Alexa (certificate, signature, timestamp). On unless explicitly
     * switched off, which only the {@code %dev} profile does.
     */
    @WithDefault("true")
    boolean verify();

    /**
     * Skill ids ({@code amzn1.ask.skill.…}) allowed to call the endpoint. With verification on and no id
     * configured, every request is refused.
     */
    Optional<List<String>> applicationIds();
}
