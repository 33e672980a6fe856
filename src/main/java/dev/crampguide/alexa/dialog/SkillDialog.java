package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Option;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 *
 * <p>Until the screening questions are answered, every answer gives what is safe to give at once (the steps
 * while cramping) and ends with the next of the answer's {@code questions}, the same table questions the widget
 * shows, in their spoken form; it never calls the situation self-care. "No" to such a question means "none of
 * these"; words naming its options choose them; "yes" to a list asks which. The session attributes carry the
 * situation and the {@code answered} question ids as the body of a {@code /v1/guidance} request.
 */
public final class SkillDialog {

    /** About 30 seconds at Alexa's speaking rate. */
    static final int MAX_SPOKEN_WORDS = 75;
    private static final String SYMPTOM_SLOT = "symptom";
    /** The request field with the ids of the questions already asked. */
    static final String ANSWERED = "answered";

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
        Question asked = tableQuestion(state.pending());
        Optional<SkillIntent> custom = SkillIntent.named(name);
        if (custom.isPresent()) {
            ModelSynonyms model = ModelSynonyms.forLocale(locale);
            return custom(custom.get(), model.resolve(intent), model, state, asked, name, locale);
        }
        if (asked != null) {
            switch (name) {
                case "AMAZON.YesIntent" -> {
                    return yes(asked, state, name, locale);
                }
                // "no" to a list is "none of these", recorded as answered with nothing chosen
                case "AMAZON.NoIntent" -> {
                    return withAnswer(asked, QuestionAnswer.yesOrNo(asked, false).map(List::of).orElse(List.of()),
                            state, name, locale);
                }
                case "AMAZON.HelpIntent", "AMAZON.RepeatIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
                        "AMAZON.NavigateHomeIntent" -> {
                }
                // not understood is not "none of these": ask again
                default -> {
                    return askTableQuestion(asked, List.of(prompts.text(Prompts.ANSWER_NOT_CAUGHT), asked.spoken()),
                            state, name);
                }
            }
        }
        ConversationState settled = state.settled();
        Pending pending = state.pending();
        return switch (name) {
            case "AMAZON.HelpIntent" -> new Turn(ask(Prompts.HELP, Prompts.HELP_REPROMPT, settled), name, List.of());
            case "AMAZON.RepeatIntent" -> new Turn(repeat(state), name, List.of());
            // "no" to our own question means "none of these": carry on with the answer
            case "AMAZON.NoIntent" -> pending == null ? new Turn(tell(Prompts.GOODBYE), name, List.of())
                    : Pending.ANYTHING_ELSE.equals(pending.question()) ? recap(settled, name, locale)
                    : answer(situation(state), answered(state), Set.of(), settled, name, locale, null, false);
            case "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent" ->
                    new Turn(tell(Prompts.GOODBYE), name, List.of());
            case "AMAZON.YesIntent" -> new Turn(ask(Prompts.GO_AHEAD, Prompts.HELP_REPROMPT, settled), name, List.of());
            default -> pending != null && pending.elicitsSlot()
                    // we asked once and the answer was not understood: answer with what we know
                    ? answer(situation(state), answered(state), Set.of(), settled, name, locale, null, false)
                    : new Turn(ask(Prompts.FALLBACK, Prompts.FALLBACK_REPROMPT, settled), name, List.of());
        };
    }

    /** "Yes" to a yes/no question answers it; "yes" to a list asks which, warning signs first if one is urgent. */
    private Turn yes(Question asked, ConversationState state, String name, String locale) {
        Optional<Option> yes = QuestionAnswer.yesOrNo(asked, true);
        if (yes.isPresent()) {
            return withAnswer(asked, List.of(yes.get()), state, name, locale);
        }
        List<String> which = mayBeEmergency(asked, situation(state), answered(state))
                ? List.of(prompts.withNumber(Prompts.WARNING_SIGNS, locale), prompts.text(Prompts.WHICH))
                : List.of(prompts.text(Prompts.WHICH), QuestionAnswer.labels(asked));
        return askTableQuestion(asked, which, state, name);
    }

    /** Whether any one option of the question would make this an emergency. */
    private boolean mayBeEmergency(Question question, Situation situation, Set<String> answered) {
        for (Option option : question.options()) {
            Situation with = QuestionAnswer.apply(situation, question, List.of(option));
            if (engine.evaluate(with, answered).careLevel() == CareLevel.EMERGENCY) {
                return true;
            }
        }
        return false;
    }

    /** The question answered with these options (none: "none of these"), and the answer that follows. */
    private Turn withAnswer(Question question, List<Option> options, ConversationState state, String name,
            String locale) {
        Situation before = situation(state);
        Situation now = QuestionAnswer.apply(before, question, options);
        Set<String> answered = answered(state);
        answered.add(question.id());
        ConversationState kept = new ConversationState(request(now, answered), null, state.asked(), null);
        return answer(now, answered, newFacts(before, now), kept, name, locale, null, false);
    }

    /** Asks a table question again (in other words, or with its options) and waits for its answer. */
    private Turn askTableQuestion(Question question, List<String> sentences, ConversationState state, String name) {
        String speech = ssml(sentences);
        ConversationState waiting = new ConversationState(state.situation(), pendingFor(question), state.asked(),
                speech);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                new Response(OutputSpeech.ssml(speech), null, new Reprompt(OutputSpeech.ssml(ssml(question.spoken()))),
                        false, elicitAnswer(question))), name, List.of());
    }

    private Turn custom(SkillIntent skillIntent, Intent intent, ModelSynonyms model, ConversationState state,
            Question asked, String name, String locale) {
        Situation before = situation(state);
        Situation.Builder builder = before.toBuilder();
        skillIntent.apply(builder);
        Map<String, Slot> slots = intent.slots();
        List<String> said = SlotMeaning.applyAll(slots, builder);
        Set<String> answered = answered(state);
        List<Option> chosen = asked == null ? List.of() : QuestionAnswer.chosen(asked, intent, model);
        Situation now = builder.build();
        if (!chosen.isEmpty()) {
            now = QuestionAnswer.apply(now, asked, chosen);
            answered.add(asked.id());
        }
        ConversationState kept = new ConversationState(request(now, answered), null, state.asked(), null);

        if (SlotMeaning.unrecognisedSymptom(slots) && chosen.isEmpty() && engine.evaluate(now).redFlags().isEmpty()) {
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
        return answer(now, answered, newFacts(before, now), kept, name, locale, preface, ageAlone);
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

    /**
     * The answer for the situation so far, ending with the next screening question while screening is not done,
     * or an open follow-up once it is; an emergency ends the session with the call.
     */
    private Turn answer(Situation situation, Set<String> answered, Set<String> newFacts, ConversationState state,
            String name, String locale, String preface, boolean askWhatHappened) {
        Guidance guidance = engine.evaluate(situation, answered);
        boolean emergency = guidance.careLevel() == CareLevel.EMERGENCY;
        String emergencyCall = prompts.withNumber(Prompts.EMERGENCY_CALL, locale);
        Question next = emergency ? null : nextQuestion(guidance);
        String followUpKey = askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE;
        String followUp = emergency ? null : next != null ? next.spoken() : prompts.text(followUpKey);
        String spokenPreface = emergency ? null : preface;
        Speech speech = engine.speak(guidance, new Voice(MAX_SPOKEN_WORDS - Speech.words(spokenPreface),
                emergencyCall, followUp, prompts.text(Prompts.MORE_WARNING_SIGNS), newFacts,
                prompts.text(Prompts.LEAD_SO_FAR), prompts.text(Prompts.SO_FAR)));
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
        if (next != null && speech.text().endsWith(next.spoken())) {
            ConversationState waiting = new ConversationState(state.situation(), pendingFor(next), state.asked(), ssml);
            return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                    new Response(OutputSpeech.ssml(ssml), card, new Reprompt(OutputSpeech.ssml(ssml(next.spoken()))),
                            false, elicitAnswer(next))), name, guidance.matchedRowIds());
        }
        String reprompt = askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE_REPROMPT;
        ConversationState waiting = new ConversationState(state.situation(),
                new Pending(askWhatHappened ? Pending.WHAT_HAPPENED : Pending.ANYTHING_ELSE, null, null),
                state.asked(), ssml);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                new Response(OutputSpeech.ssml(ssml), card, new Reprompt(OutputSpeech.ssml(
                        ssml(prompts.text(reprompt)))), false, null)), name, guidance.matchedRowIds());
    }

    /** Until screening is done, the first of the answer's questions the skill can take an answer to by voice. */
    private static Question nextQuestion(Guidance guidance) {
        if (guidance.screened()) {
            return null;
        }
        for (Question question : guidance.questions()) {
            if (question.kind() != Question.Kind.NUMBER) {
                return question;
            }
        }
        return null;
    }

    /** The table question a pending question names, or null when it is one of the skill's own. */
    private Question tableQuestion(Pending pending) {
        if (pending == null || pending.question() == null) {
            return null;
        }
        for (Question question : engine.table().questions().all()) {
            if (question.id().equals(pending.question())) {
                return question;
            }
        }
        return null;
    }

    /** Waiting on a table question; where its field has a slot, Alexa is asked to fill that slot next. */
    private static Pending pendingFor(Question question) {
        Optional<SlotMeaning> slot = SlotMeaning.forField(question.field());
        Optional<SkillIntent> intent = slot.flatMap(meaning -> SkillIntent.eliciting(meaning.slotName));
        return intent.isPresent()
                ? new Pending(question.id(), intent.get().intentName, intent.get().elicitedSlot)
                : new Pending(question.id(), null, null);
    }

    /** {@code Dialog.ElicitSlot} for the slot that holds answers to the question, so "chest pain" alone is heard. */
    private static List<Directive> elicitAnswer(Question question) {
        Pending pending = pendingFor(question);
        if (!pending.elicitsSlot()) {
            return null;
        }
        String slot = pending.slot();
        return List.of(Directive.elicitSlot(slot, new Intent(pending.intent(), "NONE",
                Map.of(slot, new Slot(slot, null, "NONE", null, null)))));
    }

    /** "No" to "is anything else going on?": the answer in brief, and goodbye. */
    private Turn recap(ConversationState state, String name, String locale) {
        Guidance guidance = engine.evaluate(situation(state), answered(state));
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

    /** The ids of the table's questions already answered, read back from the session; unknown ids are dropped. */
    private Set<String> answered(ConversationState state) {
        Set<String> answered = new LinkedHashSet<>();
        JsonNode ids = state.situation() == null ? null : state.situation().get(ANSWERED);
        if (ids != null && ids.isArray()) {
            for (JsonNode id : ids) {
                if (id.isTextual() && engine.table().questions().contains(id.asText())) {
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
