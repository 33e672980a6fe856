package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The request proper. {@code timestamp} is ISO-8601 text (older requests sent epoch milliseconds, which Jackson
 * hands us as digits). {@code intent} and {@code dialogState} only on IntentRequest; {@code reason} only on
 * SessionEndedRequest.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record Request(String type, String requestId, String timestamp, String locale, Intent intent,
        String dialogState, String reason) {
}
