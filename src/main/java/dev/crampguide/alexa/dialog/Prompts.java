package dev.crampguide.alexa.dialog;

import dev.crampguide.table.CareLevel;
import dev.crampguide.guide.Guide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The skill's own sentences: how it greets, asks, and names the local emergency number. Every one that speaks
 * about health lives in the guidance table's {@code messages} under {@code voice.}, where a clinician reviewing
 * the table sees it; this class only knows their keys and checks at start-up that the table has them all.
 */
final class Prompts {

    static final String WELCOME = "voice.welcome";
    static final String WELCOME_REPROMPT = "voice.welcome_reprompt";
    static final String HELP = "voice.help";
    static final String HELP_REPROMPT = "voice.help_reprompt";
    static final String FALLBACK = "voice.fallback";
    static final String FALLBACK_REPROMPT = "voice.fallback_reprompt";
    static final String GO_AHEAD = "voice.go_ahead";
    static final String ANYTHING_ELSE = "voice.anything_else";
    static final String ANYTHING_ELSE_REPROMPT = "voice.anything_else_reprompt";
    static final String ASK_MUSCLE = "voice.ask_muscle";
    static final String ASK_DURATION = "voice.ask_duration";
    static final String ASK_SYMPTOM = "voice.ask_symptom";
    static final String ASK_REMEDY = "voice.ask_remedy";
    static final String ASK_FACTOR = "voice.ask_factor";
    static final String ASK_WHAT_HAPPENED = "voice.ask_what_happened";
    static final String SYMPTOM_NOT_CAUGHT = "voice.symptom_not_caught";
    static final String WARNING_SIGNS = "voice.warning_signs";
    static final String MORE_WARNING_SIGNS = "voice.more_warning_signs";
    static final String DURATION_TOO_LONG = "voice.duration_too_long";
    static final String RECAP = "voice.recap";
    static final String EMERGENCY_CALL = "voice.emergency_call";
    static final String EMERGENCY_NUMBER_UNKNOWN = "voice.emergency_number_unknown";
    static final String LEAD_SO_FAR = "voice.lead_so_far";
    static final String SO_FAR = "voice.so_far";
    static final String WHICH = "voice.which";
    static final String ANSWER_NOT_CAUGHT = "voice.answer_not_caught";
    static final String ASK_LEG_PART = "voice.ask_leg_part";
    static final String OTHER_SYMPTOM_NOT_CAUGHT = "voice.other_symptom_not_caught";
    static final String HOW_SERIOUS = "voice.how_serious";
    static final String LEVEL_PREFIX = "voice.level.";

    /** Not about health, so not in the table. */
    static final String GOODBYE = "Take care.";
    static final String CARD_TITLE_PREFIX = "Cramp Guide: ";

    /** Where {@code {number}} stands in the emergency sentences. */
    private static final String NUMBER = "{number}";

    /**
     * Emergency numbers of the English-speaking markets the skill is published in; any other locale hears
     * "your local emergency number".
     */
    private static final Map<String, String> EMERGENCY_NUMBERS = Map.of(
            "en-US", "911", "en-CA", "911", "en-GB", "999", "en-AU", "000", "en-IN", "112");

    private final Guide guide;

    Prompts(Guide guide) {
        this.guide = guide;
        List<String> missing = new ArrayList<>();
        for (String key : keys()) {
            String text = guide.message(key);
            if (text == null || text.isBlank()) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the guidance table lacks the voice messages " + missing);
        }
    }

    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(WELCOME, WELCOME_REPROMPT, HELP, HELP_REPROMPT, FALLBACK,
                FALLBACK_REPROMPT, GO_AHEAD, ANYTHING_ELSE, ANYTHING_ELSE_REPROMPT, ASK_MUSCLE, ASK_DURATION,
                ASK_SYMPTOM, ASK_REMEDY, ASK_FACTOR, ASK_WHAT_HAPPENED, SYMPTOM_NOT_CAUGHT, WARNING_SIGNS,
                MORE_WARNING_SIGNS, DURATION_TOO_LONG, RECAP, EMERGENCY_CALL, EMERGENCY_NUMBER_UNKNOWN, LEAD_SO_FAR, SO_FAR,
                WHICH, ANSWER_NOT_CAUGHT, ASK_LEG_PART, OTHER_SYMPTOM_NOT_CAUGHT, HOW_SERIOUS));
        for (CareLevel level : CareLevel.values()) {
            keys.add(LEVEL_PREFIX + level.id());
        }
        return keys;
    }

    String text(String key) {
        return guide.message(key);
    }

    /** The emergency number for an Alexa locale such as {@code en-GB}, if the skill knows it. */
    static Optional<String> emergencyNumber(String locale) {
        return Optional.ofNullable(locale == null ? null : EMERGENCY_NUMBERS.get(normalise(locale)));
    }

    /** A message with the locale's emergency number (or "your local emergency number") in place. */
    String withNumber(String key, String locale) {
        String number = emergencyNumber(locale).orElseGet(() -> text(EMERGENCY_NUMBER_UNKNOWN));
        return text(key).replace(NUMBER, number);
    }

    /** "Is it serious?": the care level in a sentence. */
    String howSerious(CareLevel level) {
        return text(HOW_SERIOUS).replace("{level}", text(LEVEL_PREFIX + level.id()));
    }

    String cardTitle(CareLevel level) {
        return CARD_TITLE_PREFIX + text(LEVEL_PREFIX + level.id());
    }

    private static String normalise(String locale) {
        String[] parts = locale.trim().replace('_', '-').split("-");
        return parts.length == 2 ? parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT)
                : locale.trim();
    }
}
