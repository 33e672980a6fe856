package dev.crampguide.alexa.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** Our answer to Alexa; {@code sessionAttributes} comes back to us on the next request of the session. */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlexaResponseEnvelope(String version, Object sessionAttributes, Response response) {

    public static final String VERSION = "1.0";

    /** What Alexa says and shows; an empty body is the only valid answer to a SessionEndedRequest. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Response(OutputSpeech outputSpeech, Card card, Reprompt reprompt, Boolean shouldEndSession,
            List<Directive> directives) {
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OutputSpeech(String type, String ssml) {

        public static OutputSpeech ssml(String ssml) {
            return new OutputSpeech("SSML", ssml);
        }
    }

    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Reprompt(OutputSpeech outputSpeech) {
    }

    /** A {@code Simple} card: title and plain-text content shown in the Alexa app. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Card(String type, String title, String content) {

        public static Card simple(String title, String content) {
            return new Card("Simple", title, content);
        }
    }

    /** {@code Dialog.ElicitSlot}: Alexa routes the person's answer back to {@code updatedIntent}'s slot. */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Directive(String type, String slotToElicit, Intent updatedIntent) {

        public static Directive elicitSlot(String slot, Intent intent) {
            return new Directive("Dialog.ElicitSlot", slot, intent);
        }
    }
}
