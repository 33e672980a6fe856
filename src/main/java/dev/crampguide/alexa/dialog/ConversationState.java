package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * What the skill remembers between turns, kept in Alexa's session attributes (no server-side store): the
 * situation so far, the question we are waiting on, every question already asked (so each is asked once), and
 * the last thing said (for "repeat that"). The situation has the shape of a {@code /v1/guidance} request body,
 * {@code answered} included, written and read by the API's {@code SituationWriter} and {@code SituationReader}.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConversationState(JsonNode situation, Pending pending, List<String> asked, String said) {

    static final ConversationState EMPTY = new ConversationState(null, null, List.of(), null);

    public ConversationState {
        asked = asked == null ? List.of() : List.copyOf(asked);
    }

    ConversationState settled() {
        return new ConversationState(situation, null, asked, said);
    }

    /**
     * The question asked in the previous response. {@code question} names it: {@code "<intent>.<slot>"} for a
     * slot we elicited (then {@code intent} and {@code slot} say where the answer goes), {@code anything_else} or
     * {@code what_happened} for the skill's open follow-ups, or the id of a table question from the answer's
     * {@code questions} (then {@code intent} and {@code slot} name the slot its answers fill, if one does).
     * "No" to any of them means "none of these".
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Pending(String question, String intent, String slot) {

        static final String ANYTHING_ELSE = "anything_else";
        static final String WHAT_HAPPENED = "what_happened";

        boolean elicitsSlot() {
            return slot != null;
        }
    }
}
