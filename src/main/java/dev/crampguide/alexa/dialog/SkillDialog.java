package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Card;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Directive;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.OutputSpeech;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Reprompt;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Response;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Session;
import dev.crampguide.alexa.dialog.ConversationState.Pending;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.SituationWriter;
import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation: one Alexa request in, one response out, with everything remembered between turns carried
 * in session attributes. Every answer comes from the same engine and table as {@code /v1/guidance}.
 *
 * <p>Facts accumulate over a session and symptoms are never dropped, so telling the skill about one more
 * symptom can only keep or raise the care level. A missing slot that matters is asked for once
 * ({@code Dialog.ElicitSlot}); if the answer does not fill it, the situation is evaluated without it. Nothing
 * is asked while a warning sign is already known: the answer comes first.
 */
public final class SkillDialog {

    private final GuidanceEngine engine;
    private final ObjectMapper mapper;

    public SkillDialog(GuidanceEngine engine, ObjectMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
    }

    public Turn handle(AlexaRequestEnvelope envelope) {
        String type = envelope.request().type();
        ConversationState state = state(envelope.session());
        return switch (type) {
            case "LaunchRequest" -> new Turn(ask(Prompts.WELCOME, Prompts.WELCOME_REPROMPT, state), null, List.of());
            case "IntentRequest" -> intent(envelope.request().intent(), state);
            // SessionEndedRequest and anything else (e.g. System.ExceptionEncountered) may not be answered
            // with speech: an empty response acknowledges it
            default -> new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                    new Response(null, null, null, null, null)), null, List.of());
        };
    }

    private Turn intent(Intent intent, ConversationState state) {
        String name = intent == null || intent.name() == null ? "" : intent.name();
        Optional<SkillIntent> custom = SkillIntent.named(name);
        if (custom.isPresent()) {
            return custom(custom.get(), intent, state, name);
        }
        ConversationState settled = new ConversationState(state.situation(), null, state.asked());
        return switch (name) {
            case "AMAZON.HelpIntent" -> new Turn(ask(Prompts.HELP, Prompts.HELP_REPROMPT, settled), name, List.of());
            case "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NoIntent", "AMAZON.NavigateHomeIntent" ->
                    new Turn(tell(Prompts.GOODBYE), name, List.of());
            case "AMAZON.YesIntent" -> new Turn(ask(Prompts.GO_AHEAD, Prompts.HELP_REPROMPT, settled), name, List.of());
            default -> state.pending() != null
                    // we asked once and the answer was not understood: answer with what we know
                    ? answer(situation(state), Set.of(), settled, name)
                    : new Turn(ask(Prompts.FALLBACK, Prompts.FALLBACK_REPROMPT, settled), name, List.of());
        };
    }

    private Turn custom(SkillIntent skillIntent, Intent intent, ConversationState state, String name) {
        Situation before = situation(state);
        Situation.Builder builder = before.toBuilder();
        skillIntent.apply(builder);
        List<String> said = SlotMeaning.applyAll(intent.slots(), builder);
        Situation now = builder.build();

        String slot = skillIntent.elicitedSlot;
        if (slot != null && !said.contains(slot) && !SlotMeaning.known(slot, now)
                && (skillIntent.askEvenWithOtherSlots || said.isEmpty())
                && !state.asked().contains(askedKey(skillIntent, slot))) {
            Guidance sofar = engine.evaluate(now);
            if (sofar.redFlags().isEmpty()) {
                List<String> asked = new ArrayList<>(state.asked());
                asked.add(askedKey(skillIntent, slot));
                ConversationState waiting = new ConversationState(SituationWriter.write(now),
                        new Pending(skillIntent.intentName, slot), asked);
                Intent updated = new Intent(intent.name(), "NONE", intent.slots());
                Response response = new Response(OutputSpeech.ssml(VoiceAnswer.ssml(skillIntent.question)), null,
                        new Reprompt(OutputSpeech.ssml(VoiceAnswer.ssml(skillIntent.question))), false,
                        List.of(Directive.elicitSlot(slot, updated)));
                return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting, response), name,
                        List.of());
            }
        }
        return answer(now, newFacts(before, now),
                new ConversationState(SituationWriter.write(now), null, state.asked()), name);
    }

    private Turn answer(Situation situation, Set<String> newFacts, ConversationState state, String name) {
        Guidance guidance = engine.evaluate(situation);
        boolean emergency = guidance.careLevel() == CareLevel.EMERGENCY;
        List<String> sentences = VoiceAnswer.sentences(guidance, newFacts, engine.table(),
                emergency ? null : Prompts.ANYTHING_ELSE);
        Card card = Card.simple(VoiceAnswer.cardTitle(guidance), VoiceAnswer.cardContent(guidance));
        OutputSpeech speech = OutputSpeech.ssml(VoiceAnswer.ssml(sentences, emergency));
        Response response = emergency
                // nothing may stand between the person and the call: no question, the session ends
                ? new Response(speech, card, null, true, null)
                : new Response(speech, card, new Reprompt(OutputSpeech.ssml(
                        VoiceAnswer.ssml(Prompts.ANYTHING_ELSE_REPROMPT))), false, null);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, emergency ? null : state, response),
                name, guidance.matchedRowIds());
    }

    /** The fact names (as rows' {@code because} spells them) that hold now and did not before this turn. */
    private Set<String> newFacts(Situation before, Situation now) {
        FactCatalog catalog = engine.table().catalog();
        FactSet old = catalog.factsOf(before);
        FactSet current = catalog.factsOf(now);
        Set<String> added = new HashSet<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (current.contains(i) && !old.contains(i)) {
                added.add(catalog.name(i));
            }
        }
        return added;
    }

    private ConversationState state(Session session) {
        if (session == null || session.attributes() == null || !session.attributes().isObject()) {
            return ConversationState.EMPTY;
        }
        try {
            ConversationState state = mapper.treeToValue(session.attributes(), ConversationState.class);
            return state == null ? ConversationState.EMPTY : state;
        } catch (Exception e) {
            // attributes we cannot read are forgotten rather than trusted; the conversation starts afresh
            return ConversationState.EMPTY;
        }
    }

    private static Situation situation(ConversationState state) {
        // values this version does not know, or a client altered, are dropped rather than trusted
        return state.situation() == null ? Situation.EMPTY : SituationReader.readValidFields(state.situation());
    }

    private static String askedKey(SkillIntent intent, String slot) {
        return intent.intentName + "." + slot;
    }

    private static AlexaResponseEnvelope ask(String speech, String reprompt, ConversationState state) {
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, attributes(state),
                new Response(OutputSpeech.ssml(VoiceAnswer.ssml(speech)), null,
                        new Reprompt(OutputSpeech.ssml(VoiceAnswer.ssml(reprompt))), false, null));
    }

    private static AlexaResponseEnvelope tell(String speech) {
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                new Response(OutputSpeech.ssml(VoiceAnswer.ssml(speech)), null, null, true, null));
    }

    private static Object attributes(ConversationState state) {
        return state.situation() == null && state.pending() == null && state.asked().isEmpty() ? null : state;
    }
}
