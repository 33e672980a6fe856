package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.dialog.ConversationState.Pending;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Directive;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.OutputSpeech;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Reprompt;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Response;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.table.Question;
import dev.crampguide.wording.Speech;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The shapes of the skill's replies: SSML of its own sentences, a question that waits for a slot, goodbye. */
final class Replies {

    private Replies() {
    }

    /** The skill's own sentences (never an answer: the wording package composes those) with a short pause between. */
    static String ssml(List<String> sentences) {
        StringBuilder ssml = new StringBuilder("<speak>");
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                ssml.append("<break time=\"300ms\"/>");
            }
            ssml.append(Speech.escape(sentences.get(i)));
        }
        return ssml.append("</speak>").toString();
    }

    static String ssml(String text) {
        return "<speak>" + Speech.escape(text) + "</speak>";
    }

    /** The emergency number read digit by digit ("nine nine nine"), not as a quantity. */
    static String localNumber(String ssml, String locale) {
        return Prompts.emergencyNumber(locale)
                .map(n -> ssml.replace(n, "<say-as interpret-as=\"digits\">" + n + "</say-as>"))
                .orElse(ssml);
    }

    /** Waiting on a table question; where its field has a slot, Alexa is asked to fill that slot next. */
    static Pending pendingFor(Question question) {
        Optional<SlotMeaning> slot = SlotMeaning.forField(question.field());
        Optional<SkillIntent> intent = slot.flatMap(meaning -> SkillIntent.eliciting(meaning.slotName));
        return intent.isPresent()
                ? new Pending(question.id(), intent.get().intentName, slot.get().slotName)
                : new Pending(question.id(), null, null);
    }

    /** {@code Dialog.ElicitSlot} for the slot that holds answers to the question, so "chest pain" alone is heard. */
    static List<Directive> elicitAnswer(Question question) {
        Pending pending = pendingFor(question);
        if (!pending.elicitsSlot()) {
            return null;
        }
        String slot = pending.slot();
        return List.of(Directive.elicitSlot(slot, new Intent(pending.intent(), "NONE",
                Map.of(slot, new Slot(slot, null, "NONE", null, null)))));
    }

    /** Says this and waits for an answer; {@code said} is kept for "repeat that". */
    static AlexaResponseEnvelope ask(String speech, String reprompt, ConversationState state) {
        ConversationState next = new ConversationState(state.situation(), state.pending(), state.asked(), speech,
                state.spoken());
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, next,
                new Response(OutputSpeech.ssml(speech), null, new Reprompt(OutputSpeech.ssml(reprompt)), false, null));
    }

    /** Says this and ends the session. */
    static AlexaResponseEnvelope tell(String speech) {
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                new Response(OutputSpeech.ssml(ssml(speech)), null, null, true, null));
    }
}
