package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** The device context; only {@code System.application} matters here. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Context(@JsonProperty("System") SystemState system) {

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SystemState(Application application) {
    }
}
