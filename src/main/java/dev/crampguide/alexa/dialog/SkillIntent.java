package dev.crampguide.alexa.dialog;

import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Situation;
import java.util.Optional;

/**
 * The custom intents of the interaction model ({@code infra/alexa/model/interaction-model.json}): what each one
 * says about the situation by itself, and the one slot worth asking for when the person left it out.
 */
enum SkillIntent {

    /** "My calf is cramping right now". */
    CRAMP_NOW("CrampNowIntent", "muscle", Prompts.ASK_MUSCLE, true) {
        @Override
        void apply(Situation.Builder b) {
            b.crampingNow(true);
        }
    },
    /** "I get cramps at night, should I take magnesium?". */
    NIGHT_CRAMPS("NightCrampIntent", null, null, false) {
        @Override
        void apply(Situation.Builder b) {
            b.when(Onset.NIGHT).recurring(true);
        }
    },
    /** "My hamstring cramps on long hot runs". */
    EXERCISE_CRAMPS("ExerciseCrampIntent", "duration", Prompts.ASK_DURATION, true) {
        @Override
        void apply(Situation.Builder b) {
            b.when(Onset.EXERCISE);
        }
    },
    /** "My leg is swollen and red". */
    WARNING_SIGNS("WarningSignIntent", "symptom", Prompts.ASK_SYMPTOM, false),
    /** "Should I take quinine?". */
    REMEDY_QUESTION("RemedyQuestionIntent", "remedy", Prompts.ASK_REMEDY, false),
    /** "I recently changed my medication", "I'm seventy years old". */
    BACKGROUND("BackgroundIntent", "factor", Prompts.ASK_FACTOR, false);

    final String intentName;
    final String elicitedSlot;
    final String question;
    /** Ask for the slot even when other slots were filled: the answer hinges on it. */
    final boolean askEvenWithOtherSlots;

    SkillIntent(String intentName, String elicitedSlot, String question, boolean askEvenWithOtherSlots) {
        this.intentName = intentName;
        this.elicitedSlot = elicitedSlot;
        this.question = question;
        this.askEvenWithOtherSlots = askEvenWithOtherSlots;
    }

    /** What the intent itself tells about the situation, before its slots. */
    void apply(Situation.Builder b) {
    }

    /**
     * The intent whose question asks for this slot, so an answer to another question can fill it too; the age,
     * which no intent asks for on its own, is heard by the intent that carries it.
     */
    static Optional<SkillIntent> eliciting(String slotName) {
        for (SkillIntent intent : values()) {
            if (slotName.equals(intent.elicitedSlot)) {
                return Optional.of(intent);
            }
        }
        return SlotMeaning.AGE.slotName.equals(slotName) ? Optional.of(BACKGROUND) : Optional.empty();
    }

    static Optional<SkillIntent> named(String name) {
        for (SkillIntent intent : values()) {
            if (intent.intentName.equals(name)) {
                return Optional.of(intent);
            }
        }
        return Optional.empty();
    }
}
