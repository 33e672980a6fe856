package dev.crampguide.alexa.dialog;

import dev.crampguide.wording.Guidance;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Reference;
import java.util.List;

/**
 * What Alexa shows for an answer (the engine composes what it says): the card with the local emergency call
 * first when it is an emergency, every matched item in full, every source with its link, and the disclaimer.
 */
final class VoiceAnswer {

    /** Alexa's limit for a card's title and content together is 8,000 characters; keep clear of it. */
    static final int MAX_CARD_CHARS = 7500;

    private VoiceAnswer() {
    }

    /** Full text of every matched item, sources and disclaimer; item texts shortened to titles only if too long. */
    static String cardContent(Guidance guidance, String emergencyCall) {
        String full = card(guidance, emergencyCall, true);
        if (full.length() <= MAX_CARD_CHARS) {
            return full;
        }
        String brief = card(guidance, emergencyCall, false);
        return brief.length() <= MAX_CARD_CHARS ? brief : brief.substring(0, MAX_CARD_CHARS - 1) + "…";
    }

    private static String card(Guidance guidance, String emergencyCall, boolean fullText) {
        StringBuilder card = new StringBuilder();
        if (guidance.careLevel() == CareLevel.EMERGENCY) {
            card.append(emergencyCall).append("\n\n");
        }
        card.append(guidance.summary()).append('\n');
        section(card, "Warning signs", guidance.redFlags(), true);
        section(card, "If things change", guidance.safetyNet(), true);
        section(card, "What to do now", guidance.immediateSteps(), fullText);
        section(card, "Likely triggers", guidance.likelyTriggers(), fullText);
        section(card, "Prevention", guidance.prevention(), fullText);
        section(card, "Cautions", guidance.cautions(), true);
        if (!guidance.references().isEmpty()) {
            card.append("\nSources\n");
            for (Reference reference : guidance.references()) {
                card.append("- ").append(reference.title());
                if (reference.url() != null) {
                    card.append(" (").append(reference.url()).append(')');
                }
                card.append('\n');
            }
        }
        card.append('\n').append(guidance.disclaimer());
        return card.toString();
    }

    private static void section(StringBuilder card, String heading, List<GuidanceItem> items, boolean fullText) {
        if (items.isEmpty()) {
            return;
        }
        card.append('\n').append(heading).append('\n');
        for (GuidanceItem item : items) {
            card.append("- ").append(item.title());
            if (fullText) {
                card.append(": ").append(item.text());
            }
            card.append('\n');
        }
    }
}
