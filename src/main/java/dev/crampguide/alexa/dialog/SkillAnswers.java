package dev.crampguide.alexa.dialog;

import static dev.crampguide.alexa.dialog.Replies.localNumber;
import static dev.crampguide.alexa.dialog.Replies.ssml;

import dev.crampguide.alexa.dialog.ConversationState.Pending;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Card;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.OutputSpeech;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Reprompt;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope.Response;
import dev.crampguide.engine.Evaluation;
import dev.crampguide.guide.Guide;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Question;
import dev.crampguide.wording.Guidance;
import dev.crampguide.wording.Speech;
import dev.crampguide.wording.Voice;
import java.util.List;
import java.util.Set;

/**
 * The skill's answers: an evaluation from the guide, said in the skill's voice (its budget, the locale's emergency
 * call, a preface, the next table question or an open follow-up), with a card; an emergency ends the session.
 */
final class SkillAnswers {

    /** About 30 seconds at Alexa's speaking rate: the most an answer says. */
    static final int MAX_SPOKEN_WORDS = 75;
    /** What a turn that goes on with a table question says besides the question. */
    static final int MAX_TURN_WORDS = 40;

    private final Guide guide;
    private final Prompts prompts;

    SkillAnswers(Guide guide, Prompts prompts) {
        this.guide = guide;
        this.prompts = prompts;
    }

    /**
     * The answer for this evaluation, ending with the next of its questions (screening first, then those that can still
     * change the answer), or an open follow-up once none is left.
     *
     * @param newFacts what the person just added (the fact names the previous evaluation lacked): spoken first
     */
    Turn answer(Evaluation evaluation, Set<String> newFacts, ConversationState state, String name, String locale,
            String preface, boolean askWhatHappened) {
        boolean emergency = evaluation.careLevel() == CareLevel.EMERGENCY;
        String emergencyCall = prompts.withNumber(Prompts.EMERGENCY_CALL, locale);
        Question next = emergency ? null : nextQuestion(evaluation);
        String followUp = emergency ? null : next != null ? next.spoken()
                : prompts.text(askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE);
        // while a table question follows, what the skill says besides it stays within a short turn
        int maxWords = next == null ? MAX_SPOKEN_WORDS
                : Math.min(MAX_SPOKEN_WORDS, MAX_TURN_WORDS + Speech.words(next.spoken()));
        Guidance guidance = guide.say(evaluation, new Voice(maxWords, emergencyCall, followUp,
                prompts.text(Prompts.MORE_WARNING_SIGNS), newFacts, prompts.text(Prompts.LEAD_SO_FAR),
                prompts.text(Prompts.SO_FAR), preface, Set.copyOf(state.spoken())));
        List<String> spoken = state.alsoSpoken(guidance.speech().said()).spoken();
        String ssml = localNumber(guidance.speech().ssml(), locale);
        Card card = Card.simple(prompts.cardTitle(guidance.careLevel()), VoiceAnswer.cardContent(guidance,
                emergencyCall));
        List<String> rows = evaluation.matchedRowIds();
        if (emergency) {
            // nothing may stand between the person and the call: no question, the session ends
            return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                    new Response(OutputSpeech.ssml(ssml), card, null, true, null)), name, rows);
        }
        if (next != null && guidance.speech().text().endsWith(next.spoken())) {
            ConversationState waiting = new ConversationState(state.situation(), Replies.pendingFor(next),
                    state.asked(), ssml, spoken);
            return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                    new Response(OutputSpeech.ssml(ssml), card, new Reprompt(OutputSpeech.ssml(ssml(next.spoken()))),
                            false, Replies.elicitAnswer(next))), name, rows);
        }
        String reprompt = askWhatHappened ? Prompts.ASK_WHAT_HAPPENED : Prompts.ANYTHING_ELSE_REPROMPT;
        ConversationState waiting = new ConversationState(state.situation(),
                new Pending(askWhatHappened ? Pending.WHAT_HAPPENED : Pending.ANYTHING_ELSE, null, null),
                state.asked(), ssml, spoken);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, waiting,
                new Response(OutputSpeech.ssml(ssml), card, new Reprompt(OutputSpeech.ssml(
                        ssml(prompts.text(reprompt)))), false, null)), name, rows);
    }

    /** "No" to "is anything else going on?": the answer in brief, and goodbye. */
    Turn recap(Evaluation evaluation, String name, String locale) {
        Guidance guidance = guide.say(evaluation, Voice.API);
        String speech = localNumber(ssml(List.of(prompts.text(Prompts.RECAP), guidance.summary(),
                guide.closing(), Prompts.GOODBYE)), locale);
        return new Turn(new AlexaResponseEnvelope(AlexaResponseEnvelope.VERSION, null,
                new Response(OutputSpeech.ssml(speech), null, null, true, null)), name, evaluation.matchedRowIds());
    }

    /**
     * The first of the answer's questions, as the widget asks them: the stop rule has already left out every question
     * whose answer could not change the answer, so when none is left the answer is final.
     */
    private static Question nextQuestion(Evaluation evaluation) {
        return evaluation.questions().isEmpty() ? null : evaluation.questions().get(0);
    }
}
