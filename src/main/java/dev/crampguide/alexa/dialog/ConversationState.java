package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What the skill remembers between turns, kept in Alexa's session attributes (no server-side store): the
 * situation so far, the question we are waiting on, and every slot already asked for, so each is asked once.
 * The situation has the shape of a {@code /v1/guidance} request body, written and read by the API's
 * {@code SituationWriter} and {@code SituationReader}.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConversationState(JsonNode situation, Pending pending, List<String> asked) {

    static final ConversationState EMPTY = new ConversationState(null, null, List.of());

    public ConversationState {
        asked = asked == null ? List.of() : List.copyOf(asked);
    }

    /** A slot we asked for in the previous response. */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Pending(String intent, String slot) {
    }
}
