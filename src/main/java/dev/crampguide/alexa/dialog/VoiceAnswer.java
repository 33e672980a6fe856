package dev.crampguide.alexa.dialog;

import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.engine.Speech;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Reference;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns a guidance answer into what Alexa says and shows. Speech leads with the most urgent point (for an
 * emergency: call emergency services now), then answers what the person just asked, and stays within
 * {@value #MAX_SPOKEN_WORDS} words, about 30 seconds at Alexa's speaking rate. Warning signs are always spoken
 * even past that limit. The card carries the full text, the sources and the disclaimer.
 */
final class VoiceAnswer {

    static final int MAX_SPOKEN_WORDS = 75;
    /** Alexa's limit for a card's title and content together is 8,000 characters; keep clear of it. */
    static final int MAX_CARD_CHARS = 7500;

    private VoiceAnswer() {
    }

    /** The spoken answer; {@code followUp} is the closing question, null when the session ends. */
    static List<String> sentences(Guidance guidance, Set<String> newFacts, GuidanceTable table, String followUp) {
        boolean emergency = guidance.careLevel() == CareLevel.EMERGENCY;
        String closing = table.message("closing");
        Budget said = new Budget(MAX_SPOKEN_WORDS - Speech.words(closing) - Speech.words(followUp));
        if (emergency) {
            said.force(Prompts.CALL_EMERGENCY);
        }
        said.force(table.message("lead." + guidance.careLevel().id()));
        for (GuidanceItem flag : guidance.redFlags()) {
            said.force(flag.spoken());
        }
        if (!emergency) {
            // spoken order: what to do (or not) before why, so cautions and prevention ahead of triggers
            List<GuidanceItem> rest = new ArrayList<>();
            rest.addAll(guidance.immediateSteps());
            rest.addAll(guidance.cautions());
            rest.addAll(guidance.prevention());
            rest.addAll(guidance.likelyTriggers());
            // first the direct answer to a question about a remedy, then what to do now, then the rest of
            // what this turn's words changed, then the single best point of each remaining section
            for (GuidanceItem item : rest) {
                if (because(item, newFacts, true)) {
                    said.fit(item.spoken());
                }
            }
            guidance.immediateSteps().forEach(step -> said.fit(step.spoken()));
            for (GuidanceItem item : rest) {
                if (because(item, newFacts, false)) {
                    said.fit(item.spoken());
                }
            }
            for (List<GuidanceItem> section : List.of(guidance.likelyTriggers(), guidance.prevention(),
                    guidance.cautions())) {
                if (!section.isEmpty()) {
                    said.fit(section.get(0).spoken());
                }
            }
            if (said.sentences.size() == 1) {
                said.fit(table.message("general"));
            }
        }
        said.force(closing);
        if (followUp != null) {
            said.force(followUp);
        }
        return said.sentences;
    }

    static String ssml(List<String> sentences, boolean emergency) {
        StringBuilder ssml = new StringBuilder("<speak>");
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                ssml.append("<break time=\"300ms\"/>");
            }
            String sentence = Speech.escape(sentences.get(i));
            ssml.append(i == 0 && emergency ? "<emphasis level=\"strong\">" + sentence + "</emphasis>" : sentence);
        }
        return ssml.append("</speak>").toString();
    }

    static String ssml(String text) {
        return "<speak>" + Speech.escape(text) + "</speak>";
    }

    static String cardTitle(Guidance guidance) {
        String label = switch (guidance.careLevel()) {
            case EMERGENCY -> "call emergency services now";
            case PROMPT_MEDICAL_ADVICE -> "get prompt medical advice";
            case SEE_CLINICIAN -> "see a clinician";
            case SELF_CARE -> "self-care";
        };
        return Prompts.CARD_TITLE_PREFIX + label;
    }

    /** Full text of every matched item, sources and disclaimer; item texts shortened to titles only if too long. */
    static String cardContent(Guidance guidance) {
        String full = card(guidance, true);
        if (full.length() <= MAX_CARD_CHARS) {
            return full;
        }
        String brief = card(guidance, false);
        return brief.length() <= MAX_CARD_CHARS ? brief : brief.substring(0, MAX_CARD_CHARS - 1) + "…";
    }

    private static String card(Guidance guidance, boolean fullText) {
        StringBuilder card = new StringBuilder();
        if (guidance.careLevel() == CareLevel.EMERGENCY && !guidance.summary().startsWith(Prompts.CALL_EMERGENCY)) {
            card.append(Prompts.CALL_EMERGENCY).append("\n\n");
        }
        card.append(guidance.summary()).append('\n');
        section(card, "Warning signs", guidance.redFlags(), true);
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

    /** True when the item matched on a fact this turn added; {@code remedyOnly}: on a remedy asked about. */
    private static boolean because(GuidanceItem item, Set<String> newFacts, boolean remedyOnly) {
        for (String fact : item.because()) {
            if (newFacts.contains(fact) && (!remedyOnly || fact.startsWith("considering:"))) {
                return true;
            }
        }
        return false;
    }



    /** Sentences said so far and the words still free; never says the same sentence twice. */
    private static final class Budget {
        final List<String> sentences = new ArrayList<>();
        int left;

        Budget(int left) {
            this.left = left;
        }

        /** Said whatever the length: safety-critical or structural sentences. */
        void force(String sentence) {
            if (sentence != null && !sentence.isBlank() && !sentences.contains(sentence)) {
                sentences.add(sentence);
                left -= Speech.words(sentence);
            }
        }

        /** Said only if it fits in what is left. */
        void fit(String sentence) {
            if (sentence != null && !sentences.contains(sentence) && Speech.words(sentence) <= left) {
                sentences.add(sentence);
                left -= Speech.words(sentence);
            }
        }
    }
}
