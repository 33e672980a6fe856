package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The conversation so far; {@code attributes} is what our previous response put in {@code sessionAttributes}. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Session(@JsonProperty("new") boolean isNew, String sessionId, Application application,
        JsonNode attributes) {
}
