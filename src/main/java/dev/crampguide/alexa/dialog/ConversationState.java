package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.alexa.envelope.Session;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Questions;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.SituationWriter;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the skill remembers between turns, kept in Alexa's session attributes (no server-side store): the
 * situation so far, the question we are waiting on, every question already asked (so each is asked once), the
 * last thing said (for "repeat that"), and what the answers have said so far by name (row ids and the wording's
 * keys, so each piece of advice is spoken once per session). The situation has the shape of a {@code /v1/guidance} request body,
 * {@code answered} included, written and read by the API's {@code SituationWriter} and {@code SituationReader}.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ConversationState(JsonNode situation, Pending pending, List<String> asked, String said,
        List<String> spoken) {

    static final ConversationState EMPTY = new ConversationState(null, null, List.of(), null, List.of());
    /** The request field with the ids of the questions already asked. */
    static final String ANSWERED = "answered";

    public ConversationState {
        asked = asked == null ? List.of() : List.copyOf(asked);
        spoken = spoken == null ? List.of() : List.copyOf(spoken);
    }

    /** The same state, having also spoken these. */
    ConversationState alsoSpoken(List<String> more) {
        Set<String> all = new LinkedHashSet<>(spoken);
        all.addAll(more);
        return new ConversationState(situation, pending, asked, said, List.copyOf(all));
    }

    ConversationState settled() {
        return new ConversationState(situation, null, asked, said, spoken);
    }

    /** The state the session carries; attributes we cannot read are forgotten rather than trusted. */
    static ConversationState of(Session session, ObjectMapper mapper) {
        if (session == null || session.attributes() == null || !session.attributes().isObject()) {
            return EMPTY;
        }
        try {
            ConversationState state = mapper.treeToValue(session.attributes(), ConversationState.class);
            return state == null ? EMPTY : state;
        } catch (Exception e) {
            return EMPTY;
        }
    }

    /** The situation so far; values this version does not know, or a client altered, are dropped. */
    Situation situationSoFar() {
        return situation == null ? Situation.EMPTY : SituationReader.readValidFields(situation);
    }

    /** The ids of the table's questions already answered; unknown ids are dropped. */
    Set<String> answered(Questions questions) {
        Set<String> answered = new LinkedHashSet<>();
        JsonNode ids = situation == null ? null : situation.get(ANSWERED);
        if (ids != null && ids.isArray()) {
            for (JsonNode id : ids) {
                if (id.isTextual() && questions.contains(id.asText())) {
                    answered.add(id.asText());
                }
            }
        }
        return answered;
    }

    /** The situation and the questions answered, as the body of a {@code POST /v1/guidance} request. */
    static ObjectNode request(Situation situation, Set<String> answered) {
        ObjectNode body = SituationWriter.write(situation);
        if (!answered.isEmpty()) {
            ArrayNode ids = body.putArray(ANSWERED);
            answered.forEach(ids::add);
        }
        return body;
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
