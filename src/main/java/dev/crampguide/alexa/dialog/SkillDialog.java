package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.dialog.ConversationState.Pending;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Card;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Directive;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.OutputSpeech;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Reprompt;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Response;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Session;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.SituationWriter;
import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.engine.Speech;
import dev.crampguide.engine.SpeechWriter.Voice;
import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation: one Alexa request in, one response out, with everything remembered between turns carried
 * in session attributes. Every answer comes from the same engine and table as {@code /v1/guidance}, spoken by
 * the engine's one speech composer with the skill's budget, the locale's emergency number and a follow-up.
 *
 * <p>Facts accumulate over a session and symptoms are never dropped, so telling the skill about one more
 * symptom can only keep or raise the care level. A missing slot that matters is asked for once
 * ({@code Dialog.ElicitSlot}); if the answer does not fill it, or is "no", the situation is evaluated without
 * it. Nothing is asked while a warning sign is already known: the answer comes first. A symptom the skill
 * could not understand is never taken as "no symptom": it says so and reads out the warning signs.
 */
public final class SkillDialog {

    /** About 30 seconds at Alexa's speaking rate. */
    static final int MAX_SPOKEN_WORDS = 75;
    private static final String SYMPTOM_SLOT = "symptom";

    private final GuidanceEngine engine;
    private final ObjectMapper mapper;
    private final Prompts prompts;

    public SkillDialog(GuidanceEngine engine, ObjectMapper mapper) {
        this.engine = engine;
        this.mapper = mapper;
        this.prompts = new Prompts(engine.table());
    }

    public Turn handle(AlexaRequestEnvelope envelope) {
        String type = envelope.request().type();
        String locale = envelope.request().locale();
        ConversationState state = state(envelope.session());
        return switch (type) {
            case "LaunchRequest" -> new Turn(ask(Prompts.WELCOME, Prompts.WELCOME_REPROMPT, state), null, List.of());
            case "IntentRequest" -> intent(envelope.request().intent(), state, locale);
            // SessionEndedRequest and anything else (e.g. System.ExceptionEncountered) may not be answered
            // with speech: an empty response acknowledges it
            default -> new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                    new Response(null, null, null, null, null)), null, List.of());
        };
    }

    private Turn intent(Intent intent, ConversationState state, String locale) {
        String name = intent == null || intent.name() == null ? "" : intent.name();
        Optional<SkillIntent> custom = SkillIntent.named(name);
        if (custom.isPresent()) {
            return custom(custom.get(), ModelSynonyms.forLocale(locale).resolve(intent), state, name, locale);
        }
        ConversationState settled = state.settled();
        Pending pending = state.pending();
        return switch (name) {
            case "AMAZON.HelpIntent" -> new Turn(ask(Prompts.HELP, Prompts.HELP_REPROMPT, settled), name, List.of());
            case "AMAZON.RepeatIntent" -> new Turn(repeat(state), name, List.of());
            // "no" to our own question means "none of these": carry on with the answer
            case "AMAZON.NoIntent" -> pending == null ? new Turn(tell(Prompts.GOODBYE), name, List.of())
                    : Pending.ANYTHING_ELSE.equals(pending.question()) ? recap(settled, name, locale)
                    : answer(situation(state), Set.of(), settled, name, locale, null, false);
            case "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent" ->
                    new Turn(tell(Prompts.GOODBYE), name, List.of());
            case "AMAZON.YesIntent" -> new Turn(ask(Prompts.GO_AHEAD, Prompts.HELP_REPROMPT, settled), name, List.of());
            default -> pending != null && pending.elicitsSlot()
                    // we asked once and the answer was not understood: answer with what we know
                    ? answer(situation(state), Set.of(), settled, name, locale, null, false)
                    : new Turn(ask(Prompts.FALLBACK, Prompts.FALLBACK_REPROMPT, settled), name, List.of());
        };
    }

    private Turn custom(SkillIntent skillIntent, Intent intent, ConversationState state, String name,
            String locale) {
        Situation before = situation(state);
        Situation.Builder builder = before.toBuilder();
        skillIntent.apply(builder);
        Map<String, Slot> slots = intent.slots();
        List<String> said = SlotMeaning.applyAll(slots, builder);
        Situation now = builder.build();
        ConversationState kept = new ConversationState(SituationWriter.write(now), null, state.asked(), null);

        if (SlotMeaning.unrecognisedSymptom(slots) && engine.evaluate(now).redFlags().isEmpty()) {
            return notCaught(kept, name, locale);
        }
        String slot = skillIntent.elicitedSlot;
        if (slot != null && !heard(slots, slot) && !SlotMeaning.known(slot, now)
                && (skillIntent.askEvenWithOtherSlots || said.isEmpty())
                && !state.asked().contains(askedKey(skillIntent, slot))
                && engine.evaluate(now).redFlags().isEmpty()) {
            return elicit(skillIntent.intentName, slot, skillIntent.question, kept, intent, name);
        }
        String preface = SlotMeaning.durationTooLong(slots) ? prompts.text(Prompts.DURATION_TOO_LONG) : null;
        // an age on its own says little: answer for it, then ask what happened
        boolean ageAlone = said.equals(List.of("age")) && before.toBuilder().age(null).build().equals(Situation.EMPTY);
        return answer(now, newFacts(before, now), kept, name, locale, preface, ageAlone);
    }

    private Turn elicit(String intentName, String slot, String questionKey, ConversationState kept, Intent intent,
            String name) {
        List<String> asked = new ArrayList<>(kept.asked());
        asked.add(intentName + "." + slot);
        String question = ssml(prompts.text(questionKey));
        ConversationState waiting = new ConversationState(kept.situation(),
                new Pending(intentName + "." + slot, intentName, slot), asked, question);
        Map<String, Slot> slots = intentName.equals(intent.name()) && intent.slots() != null ? intent.slots()
                : Map.of(slot, new Slot(slot, null, "NONE", null, null));
        Response response = new Response(OutputSpeech.ssml(question), null, new Reprompt(OutputSpeech.ssml(question)),
                false, List.of(Directive.elicitSlot(slot, new Intent(intentName, "NONE", slots))));
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting, response), name, List.of());
    }

    /** A symptom we could not match: say so, read out the warning signs, and ask again. */
    private Turn notCaught(ConversationState kept, String name, String locale) {
        String warning = prompts.text(Prompts.SYMPTOM_NOT_CAUGHT) + " "
                + prompts.withNumber(Prompts.WARNING_SIGNS, locale);
        String intentName = SkillIntent.WARNING_SIGNS.intentName;
        Turn asked = elicit(intentName, SYMPTOM_SLOT, Prompts.ASK_SYMPTOM, kept,
                new Intent(intentName, "NONE", null), name);
        String question = ssml(prompts.text(Prompts.ASK_SYMPTOM));
        String speech = localNumber(ssml(List.of(warning, prompts.text(Prompts.ASK_SYMPTOM))), locale);
        AlexaResponseEnvelope envelope = asked.response();
        ConversationState state = (ConversationState) envelope.sessionAttributes();
        Response response = new Response(OutputSpeech.ssml(speech), null, new Reprompt(OutputSpeech.ssml(question)),
                false, envelope.response().directives());
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION,
                new ConversationState(state.situation(), state.pending(), state.asked(), speech), response),
                name, List.of());
    }

    private Turn answer(Situation situation, Set<String> newFacts, ConversationState state, String name,
            String locale, String preface, boolean askWhatHappened) {
        Guidance guidance = engine.evaluate(situation);
        boolean emergency = guidance.careLevel() == CareLevel.EMERGENCY;
        String emergencyCall = prompts.withNumber(Prompts.EMERGENCY_CALL, locale);
        String followUpKey = askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE;
        String spokenPreface = emergency ? null : preface;
        Speech speech = engine.speak(guidance, new Voice(MAX_SPOKEN_WORDS - Speech.words(spokenPreface),
                emergencyCall, emergency ? null : prompts.text(followUpKey), prompts.text(Prompts.MORE_WARNING_SIGNS),
                newFacts));
        String ssml = localNumber(spokenPreface == null ? speech.ssml()
                : "<speak>" + Speech.escape(spokenPreface) + "<break time=\"300ms\"/>"
                        + speech.ssml().substring("<speak>".length()), locale);
        Card card = Card.simple(prompts.cardTitle(guidance.careLevel()), VoiceAnswer.cardContent(guidance,
                emergencyCall));
        if (emergency) {
            // nothing may stand between the person and the call: no question, the session ends
            return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                    new Response(OutputSpeech.ssml(ssml), card, null, true, null)), name, guidance.matchedRowIds());
        }
        String reprompt = askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE_REPROMPT;
        ConversationState next = new ConversationState(state.situation(),
                new Pending(askWhatHappened ? Pending.WHAT_HAPPENED : Pending.ANYTHING_ELSE, null, null),
                state.asked(), ssml);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, next,
                new Response(OutputSpeech.ssml(ssml), card, new Reprompt(OutputSpeech.ssml(
                        ssml(prompts.text(reprompt)))), false, null)), name, guidance.matchedRowIds());
    }

    /** "No" to "is anything else going on?": the answer in brief, and goodbye. */
    private Turn recap(ConversationState state, String name, String locale) {
        Guidance guidance = engine.evaluate(situation(state));
        String speech = localNumber(ssml(List.of(prompts.text(Prompts.RECAP), guidance.summary(),
                engine.table().message("closing"), Prompts.GOODBYE)), locale);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                new Response(OutputSpeech.ssml(speech), null, null, true, null)), name, guidance.matchedRowIds());
    }

    private AlexaResponseEnvelope repeat(ConversationState state) {
        if (state.said() == null) {
            return ask(Prompts.HELP, Prompts.HELP_REPROMPT, state);
        }
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, state,
                new Response(OutputSpeech.ssml(state.said()), null, new Reprompt(OutputSpeech.ssml(state.said())),
                        false, null));
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

    /** The person said something for this slot, understood or not: asking for it again would not help. */
    private static boolean heard(Map<String, Slot> slots, String slot) {
        return slots != null && (SlotValues.raw(slots.get(slot)) != null || !SlotValues.ids(slots.get(slot)).isEmpty());
    }

    private static String askedKey(SkillIntent intent, String slot) {
        return intent.intentName + "." + slot;
    }

    /** The emergency number read digit by digit ("nine nine nine"), not as a quantity. */
    private static String localNumber(String ssml, String locale) {
        return Prompts.emergencyNumber(locale)
                .map(n -> ssml.replace(n, "<say-as interpret-as=\"digits\">" + n + "</say-as>"))
                .orElse(ssml);
    }

    private AlexaResponseEnvelope ask(String speechKey, String repromptKey, ConversationState state) {
        String speech = ssml(prompts.text(speechKey));
        ConversationState next = new ConversationState(state.situation(), state.pending(), state.asked(), speech);
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, next,
                new Response(OutputSpeech.ssml(speech), null,
                        new Reprompt(OutputSpeech.ssml(ssml(prompts.text(repromptKey)))), false, null));
    }

    private AlexaResponseEnvelope tell(String speech) {
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                new Response(OutputSpeech.ssml(ssml(speech)), null, null, true, null));
    }

    /** The skill's own sentences (never an answer: the engine composes those) with a short pause between. */
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
}
