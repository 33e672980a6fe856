package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The skill's id as Alexa knows it, e.g. {@code amzn1.ask.skill.…}. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Application(String applicationId) {
}
