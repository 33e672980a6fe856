package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One request from Alexa: {@code version}, {@code session} (absent for some request types), context, request. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlexaRequestEnvelope(String version, Session session, Context context, Request request) {

    /**
     * The skill the request is addressed to. {@code context.System.application} is on every request;
     * {@code session.application} is the older place and only on requests that have a session.
     */
    public String applicationId() {
        if (context != null && context.system() != null && context.system().application() != null
                && context.system().application().applicationId() != null) {
            return context.system().application().applicationId();
        }
        if (session != null && session.application() != null) {
            return session.application().applicationId();
        }
        return null;
    }
}
