package dev.crampguide.alexa.dialog;

import static dev.crampguide.alexa.dialog.Replies.ssml;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.dialog.ConversationState.Pending;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Directive;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.OutputSpeech;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Reprompt;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Response;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.engine.Evaluation;
import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Option;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The conversation's dispatch: one Alexa request in, one response out, with everything remembered between turns
 * carried in session attributes ({@link ConversationState}). Every answer comes from the same guide as
 * {@code /v1/guidance} ({@link SkillAnswers} has it said in the skill's voice); what a turn added is what its
 * evaluation holds that the previous one did not.
 *
 * <p>Facts accumulate over a session and symptoms are never dropped, so telling the skill about one more
 * symptom can only keep or raise the care level. A missing slot that matters is asked for once
 * ({@code Dialog.ElicitSlot}); if the answer does not fill it, or is "no", the situation is evaluated without
 * it. Nothing is asked while a warning sign is already known: the answer comes first. A symptom the skill
 * could not understand is never taken as "no symptom": it says so and reads out the warning signs.
 *
 * <p>Every answer gives what is safe to give at once (the steps while cramping) and ends with the next of the answer's
 * {@code questions}, the same table questions the widget shows, in their spoken form; until the screening questions
 * are answered it never calls the situation self-care. "No" to such a question means "none of
 * these"; words naming its options choose them; "yes" to a list asks which. The session attributes carry the
 * situation and the {@code answered} question ids as the body of a {@code /v1/guidance} request.
 */
public final class SkillDialog {

    static final int MAX_SPOKEN_WORDS = SkillAnswers.MAX_SPOKEN_WORDS;
    private static final String SYMPTOM_SLOT = "symptom";
    private static final String MUSCLE_SLOT = "muscle";
    /** "Is it serious?", "should I see a doctor?": answered from the care level, whatever else is going on. */
    static final String HOW_SERIOUS_INTENT = "HowSeriousIntent";
    /** "Why do you ask?": the pending table question's {@code why}; otherwise as help. */
    static final String WHY_INTENT = "WhyIntent";

    private final Guide guide;
    private final ObjectMapper mapper;
    private final Prompts prompts;
    private final SkillAnswers answers;

    public SkillDialog(Guide guide, ObjectMapper mapper) {
        this.guide = guide;
        this.mapper = mapper;
        this.prompts = new Prompts(guide);
        this.answers = new SkillAnswers(guide, prompts);
    }

    public Turn handle(AlexaRequestEnvelope envelope) {
        String type = envelope.request().type();
        String locale = envelope.request().locale();
        ConversationState state = ConversationState.of(envelope.session(), mapper);
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
        if (HOW_SERIOUS_INTENT.equals(name)) {
            return howSerious(state, asked, name);
        }
        // "why?" while a table question waits: the question's own reason, then the question again
        if (WHY_INTENT.equals(name) && asked != null && asked.why() != null && !asked.why().isBlank()) {
            return askTableQuestion(asked, List.of(asked.why(), asked.spoken()), state, name);
        }
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
                        "AMAZON.NavigateHomeIntent", WHY_INTENT -> {
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
            case "AMAZON.HelpIntent", WHY_INTENT ->
                    new Turn(ask(Prompts.HELP, Prompts.HELP_REPROMPT, settled), name, List.of());
            case "AMAZON.RepeatIntent" -> new Turn(repeat(state), name, List.of());
            // "no" to our own question means "none of these": carry on with the answer
            case "AMAZON.NoIntent" -> pending == null ? new Turn(Replies.tell(Prompts.GOODBYE), name, List.of())
                    : Pending.ANYTHING_ELSE.equals(pending.question()) ? recap(settled, name, locale)
                    : answer(state.situationSoFar(), answered(state), Set.of(), settled, name, locale, null, false);
            case "AMAZON.StopIntent", "AMAZON.CancelIntent", "AMAZON.NavigateHomeIntent" ->
                    new Turn(Replies.tell(Prompts.GOODBYE), name, List.of());
            case "AMAZON.YesIntent" -> new Turn(ask(Prompts.GO_AHEAD, Prompts.HELP_REPROMPT, settled), name, List.of());
            default -> pending != null && pending.elicitsSlot()
                    // we asked once and the answer was not understood: answer with what we know
                    ? answer(state.situationSoFar(), answered(state), Set.of(), settled, name, locale, null, false)
                    : new Turn(ask(Prompts.FALLBACK, Prompts.FALLBACK_REPROMPT, settled), name, List.of());
        };
    }

    /** "Yes" to a yes/no question answers it; "yes" to a list asks which, warning signs first if one is urgent. */
    private Turn yes(Question asked, ConversationState state, String name, String locale) {
        Optional<Option> yes = QuestionAnswer.yesOrNo(asked, true);
        if (yes.isPresent()) {
            return withAnswer(asked, List.of(yes.get()), state, name, locale);
        }
        List<String> which = mayBeEmergency(asked, state.situationSoFar(), answered(state))
                ? List.of(prompts.withNumber(Prompts.WARNING_SIGNS, locale), prompts.text(Prompts.WHICH))
                : List.of(prompts.text(Prompts.WHICH), QuestionAnswer.labels(asked));
        return askTableQuestion(asked, which, state, name);
    }

    /** Whether any one option of the question would make this an emergency. */
    private boolean mayBeEmergency(Question question, Situation situation, Set<String> answered) {
        for (Option option : question.options()) {
            Situation with = QuestionAnswer.apply(situation, question, List.of(option));
            if (guide.evaluate(with, answered).careLevel() == CareLevel.EMERGENCY) {
                return true;
            }
        }
        return false;
    }

    /** The question answered with these options (none: "none of these"), and the answer that follows. */
    private Turn withAnswer(Question question, List<Option> options, ConversationState state, String name,
            String locale) {
        Situation before = state.situationSoFar();
        Situation now = QuestionAnswer.apply(before, question, options);
        Set<String> answeredBefore = answered(state);
        Set<String> answered = answered(state);
        answered.add(question.id());
        ConversationState kept = new ConversationState(ConversationState.request(now, answered), null, state.asked(),
                null, state.spoken());
        return answer(before, answeredBefore, now, answered, kept, name, locale, null, false);
    }

    /** Asks a table question again (in other words, or with its options) and waits for its answer. */
    private Turn askTableQuestion(Question question, List<String> sentences, ConversationState state, String name) {
        String speech = ssml(sentences);
        ConversationState waiting = new ConversationState(state.situation(), Replies.pendingFor(question),
                state.asked(), speech, state.spoken());
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                new Response(OutputSpeech.ssml(speech), null, new Reprompt(OutputSpeech.ssml(ssml(question.spoken()))),
                        false, Replies.elicitAnswer(question))), name, List.of());
    }

    private Turn custom(SkillIntent skillIntent, Intent intent, ModelSynonyms model, ConversationState state,
            Question asked, String name, String locale) {
        Situation before = state.situationSoFar();
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
        ConversationState kept = new ConversationState(ConversationState.request(now, answered), null, state.asked(),
                null, state.spoken());
        boolean warned = !guide.evaluate(now, Set.of()).items(Section.RED_FLAGS).isEmpty();
        boolean unrecognised = SlotMeaning.unrecognisedSymptom(slots);
        if (unrecognised && chosen.isEmpty() && !warned) {
            return notCaught(kept, name, locale, Prompts.SYMPTOM_NOT_CAUGHT);
        }
        // a symptom not understood next to one that was (or next to an answer): never dropped silently; what was
        // understood is kept, the warning signs are read out (they name it), and the answer follows the next turn
        if (unrecognised && guide.evaluate(now, answered).careLevel() != CareLevel.EMERGENCY) {
            return notCaught(kept, name, locale, Prompts.OTHER_SYMPTOM_NOT_CAUGHT);
        }
        // "my leg": which part of it decides the steps, so ask rather than guess (once)
        if (skillIntent == SkillIntent.CRAMP_NOW && SlotMeaning.wholeLeg(slots) && now.muscle() == null && !warned
                && !state.asked().contains(LEG_PART_ASKED)) {
            return elicit(skillIntent.intentName, MUSCLE_SLOT, Prompts.ASK_LEG_PART, kept, intent, name,
                    LEG_PART_ASKED);
        }
        String slot = skillIntent.elicitedSlot;
        if (slot != null && !heard(slots, slot) && !SlotMeaning.known(slot, now)
                && (skillIntent.askEvenWithOtherSlots || said.isEmpty())
                && !state.asked().contains(askedKey(skillIntent, slot)) && !warned) {
            return elicit(skillIntent.intentName, slot, skillIntent.question, kept, intent, name);
        }
        String preface = SlotMeaning.durationTooLong(slots) ? prompts.text(Prompts.DURATION_TOO_LONG) : null;
        // an age on its own says little: answer for it, then ask what happened
        boolean ageAlone = said.equals(List.of("age")) && before.toBuilder().age(null).build().equals(Situation.EMPTY);
        return answer(before, answered(state), now, answered, kept, name, locale, preface, ageAlone);
    }

    private Turn elicit(String intentName, String slot, String questionKey, ConversationState kept, Intent intent,
            String name) {
        return elicit(intentName, slot, questionKey, kept, intent, name, intentName + "." + slot);
    }

    private Turn elicit(String intentName, String slot, String questionKey, ConversationState kept, Intent intent,
            String name, String askedKey) {
        List<String> asked = new ArrayList<>(kept.asked());
        asked.add(askedKey);
        String question = ssml(prompts.text(questionKey));
        ConversationState waiting = new ConversationState(kept.situation(),
                new Pending(intentName + "." + slot, intentName, slot), asked, question, kept.spoken());
        Map<String, Slot> slots = intentName.equals(intent.name()) && intent.slots() != null ? intent.slots()
                : Map.of(slot, new Slot(slot, null, "NONE", null, null));
        Response response = new Response(OutputSpeech.ssml(question), null, new Reprompt(OutputSpeech.ssml(question)),
                false, List.of(Directive.elicitSlot(slot, new Intent(intentName, "NONE", slots))));
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting, response), name, List.of());
    }

    /** A symptom we could not match: say so ({@code notCaughtKey}), read out the warning signs, and ask again. */
    private Turn notCaught(ConversationState kept, String name, String locale, String notCaughtKey) {
        String warning = prompts.text(notCaughtKey) + " "
                + prompts.withNumber(Prompts.WARNING_SIGNS, locale);
        String intentName = SkillIntent.WARNING_SIGNS.intentName;
        Turn asked = elicit(intentName, SYMPTOM_SLOT, Prompts.ASK_SYMPTOM, kept,
                new Intent(intentName, "NONE", null), name);
        String question = ssml(prompts.text(Prompts.ASK_SYMPTOM));
        String speech = Replies.localNumber(ssml(List.of(warning, prompts.text(Prompts.ASK_SYMPTOM))), locale);
        AlexaResponseEnvelope envelope = asked.response();
        ConversationState state = (ConversationState) envelope.sessionAttributes();
        Response response = new Response(OutputSpeech.ssml(speech), null, new Reprompt(OutputSpeech.ssml(question)),
                false, envelope.response().directives());
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION,
                new ConversationState(state.situation(), state.pending(), state.asked(), speech, state.spoken()),
                response),
                name, List.of());
    }

    /**
     * The answer for the situation now. What this turn brings up first is what its evaluation has that the one before
     * lacks; everything, when the one before held its advice back (the person has heard none of it yet).
     */
    private Turn answer(Situation before, Set<String> answeredBefore, Situation now, Set<String> answered,
            ConversationState state, String name, String locale, String preface, boolean askWhatHappened) {
        Evaluation after = guide.evaluate(now, answered);
        Evaluation prior = guide.evaluate(before, answeredBefore);
        Set<String> added = prior.adviceHeld() ? after.factNames() : after.factsAddedSince(prior);
        return answers.answer(after, added, state, name, locale, preface, askWhatHappened);
    }

    private Turn answer(Situation situation, Set<String> answered, Set<String> newFacts, ConversationState state,
            String name, String locale, String preface, boolean askWhatHappened) {
        return answers.answer(guide.evaluate(situation, answered), newFacts, state, name, locale, preface,
                askWhatHappened);
    }

    /** "No" to "is anything else going on?": the answer in brief, and goodbye. */
    private Turn recap(ConversationState state, String name, String locale) {
        return answers.recap(guide.evaluate(state.situationSoFar(), answered(state)), name, locale);
    }

    /**
     * "Is it serious?": the care level of what has been said so far, then the question we were waiting on asked
     * again (its answer is still wanted), or the open follow-up.
     */
    private Turn howSerious(ConversationState state, Question asked, String name) {
        Evaluation now = guide.evaluate(state.situationSoFar(), answered(state));
        String level = prompts.howSerious(now.careLevel());
        if (asked != null) {
            return askTableQuestion(asked, List.of(level, asked.spoken()), state, name);
        }
        return new Turn(Replies.ask(ssml(List.of(level, prompts.text(Prompts.ANYTHING_ELSE))),
                ssml(prompts.text(Prompts.ANYTHING_ELSE_REPROMPT)), state), name, now.matchedRowIds());
    }

    /** The table question a pending question names, or null when it is one of the skill's own. */
    private Question tableQuestion(Pending pending) {
        if (pending == null || pending.question() == null) {
            return null;
        }
        for (Question question : guide.questions().all()) {
            if (question.id().equals(pending.question())) {
                return question;
            }
        }
        return null;
    }

    private AlexaResponseEnvelope repeat(ConversationState state) {
        if (state.said() == null) {
            return ask(Prompts.HELP, Prompts.HELP_REPROMPT, state);
        }
        return new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, state,
                new Response(OutputSpeech.ssml(state.said()), null, new Reprompt(OutputSpeech.ssml(state.said())),
                        false, null));
    }

    private Set<String> answered(ConversationState state) {
        return state.answered(guide.questions());
    }

    /** The person said something for this slot, understood or not: asking for it again would not help. */
    private static boolean heard(Map<String, Slot> slots, String slot) {
        return slots != null && (SlotValues.raw(slots.get(slot)) != null || !SlotValues.ids(slots.get(slot)).isEmpty());
    }

    /** Kept in {@code asked} once the skill asked which part of the leg. */
    private static final String LEG_PART_ASKED = "CrampNowIntent.leg";

    private static String askedKey(SkillIntent intent, String slot) {
        return intent.intentName + "." + slot;
    }

    private AlexaResponseEnvelope ask(String speechKey, String repromptKey, ConversationState state) {
        return Replies.ask(ssml(prompts.text(speechKey)), ssml(prompts.text(repromptKey)), state);
    }
}
