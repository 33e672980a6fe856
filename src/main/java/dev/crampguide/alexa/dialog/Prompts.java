package dev.crampguide.alexa.dialog;

/**
 * The skill's own sentences: how it greets, asks and says goodbye. Guidance itself never lives here; it comes
 * from the guidance table through the engine.
 */
final class Prompts {

    static final String WELCOME = "Welcome to Cramp Guide. I share general information about muscle cramps, and I "
            + "can't diagnose. What happened? For example, say: my calf is cramping right now.";
    static final String WELCOME_REPROMPT = "What happened with your cramp? For example, say: my calf is cramping "
            + "right now, or: I get cramps at night.";
    static final String HELP = "You can tell me what is happening, like: my calf is cramping right now, I get "
            + "cramps at night, or my hamstring cramped on a long hot run. You can tell me about warning signs, "
            + "like a swollen leg or numbness, or ask about magnesium, quinine, water or electrolyte drinks. "
            + "What would you like to do?";
    static final String HELP_REPROMPT = "Tell me what is happening with your cramp, or ask about a remedy.";
    static final String FALLBACK = "Sorry, I can't help with that. Tell me which muscle is cramping, when your "
            + "cramps happen, or ask about magnesium, quinine or drinks. What happened?";
    static final String FALLBACK_REPROMPT = "Which muscle is cramping, or what would you like to ask?";
    static final String GO_AHEAD = "Go ahead. Tell me what else is going on, or ask about a remedy.";
    static final String GOODBYE = "Take care.";
    static final String ANYTHING_ELSE = "Is anything else going on?";
    static final String ANYTHING_ELSE_REPROMPT = "You can tell me about another symptom, or ask about magnesium, "
            + "quinine or drinks. Is anything else going on?";
    static final String CALL_EMERGENCY = "Call emergency services now.";

    static final String ASK_MUSCLE = "Which muscle is cramping? For example, your calf, your foot, or the back of "
            + "your thigh.";
    static final String ASK_DURATION = "About how long had you been exercising when the cramp started?";
    static final String ASK_SYMPTOM = "What are you noticing besides the cramp? For example swelling, redness, "
            + "numbness, weakness, or shortness of breath.";
    static final String ASK_REMEDY = "Which remedy are you asking about? For example magnesium, quinine, water, or "
            + "an electrolyte drink.";
    static final String ASK_FACTOR = "What else is going on? For example a recent medication change, pregnancy, "
            + "diabetes, or alcohol.";

    static final String CARD_TITLE_PREFIX = "Cramp Guide: ";

    private Prompts() {
    }
}
