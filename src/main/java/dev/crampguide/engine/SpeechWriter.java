package dev.crampguide.engine;

import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the summary and the spoken answer from the table's own sentences, most urgent point first.
 * Speech stops before {@value #MAX_SPOKEN_WORDS} words, the contract's limit for something said aloud.
 */
final class SpeechWriter {

    static final int MAX_SPOKEN_WORDS = 90;

    private final GuidanceTable table;
    /** Word counts of every sentence the table can contribute, so speech needs no splitting per request. */
    private final Map<String, Integer> wordCounts = new HashMap<>();

    SpeechWriter(GuidanceTable table) {
        this.table = table;
        table.rows().forEach(row -> wordCounts.put(row.spoken(), countWords(row.spoken())));
        GuidanceTable.REQUIRED_MESSAGES.forEach(key -> wordCounts.put(table.message(key), countWords(table.message(key))));
    }

    /** The care level's lead sentence, then the single most important matched point. */
    String summary(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched) {
        String lead = table.message("lead." + careLevel.id());
        for (Section section : List.of(Section.RED_FLAGS, Section.IMMEDIATE_STEPS, Section.LIKELY_TRIGGERS,
                Section.PREVENTION, Section.CAUTIONS)) {
            List<GuidanceItem> items = matched.get(section);
            if (!items.isEmpty()) {
                return lead + " " + items.get(0).spoken();
            }
        }
        return lead + " " + table.message("general");
    }

    /**
     * Lead sentence, every red flag, then (unless it is an emergency, where nothing should delay the call)
     * the steps in order and the top trigger, prevention and caution, while they fit; then the closing.
     */
    Speech speech(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched) {
        List<String> sentences = new ArrayList<>();
        String closing = table.message("closing");
        int budget = MAX_SPOKEN_WORDS - words(closing);
        budget -= add(sentences, table.message("lead." + careLevel.id()), budget);
        for (GuidanceItem flag : matched.get(Section.RED_FLAGS)) {
            budget -= add(sentences, flag.spoken(), budget);
        }
        if (careLevel != CareLevel.EMERGENCY) {
            for (GuidanceItem step : matched.get(Section.IMMEDIATE_STEPS)) {
                budget -= add(sentences, step.spoken(), budget);
            }
            for (Section section : List.of(Section.LIKELY_TRIGGERS, Section.PREVENTION, Section.CAUTIONS)) {
                List<GuidanceItem> items = matched.get(section);
                if (!items.isEmpty()) {
                    budget -= add(sentences, items.get(0).spoken(), budget);
                }
            }
            if (sentences.size() == 1) {
                budget -= add(sentences, table.message("general"), budget);
            }
        }
        sentences.add(closing);
        StringBuilder ssml = new StringBuilder("<speak>");
        for (int i = 0; i < sentences.size(); i++) {
            if (i > 0) {
                ssml.append("<break time=\"300ms\"/>");
            }
            String sentence = escape(sentences.get(i));
            ssml.append(i == 0 && careLevel == CareLevel.EMERGENCY
                    ? "<emphasis level=\"strong\">" + sentence + "</emphasis>"
                    : sentence);
        }
        ssml.append("</speak>");
        return new Speech(String.join(" ", sentences), ssml.toString());
    }

    /** Adds the sentence if it fits the remaining word budget; returns the words used. */
    private int add(List<String> sentences, String sentence, int budget) {
        int words = words(sentence);
        if (words > budget || sentences.contains(sentence)) {
            return 0;
        }
        sentences.add(sentence);
        return words;
    }

    private int words(String text) {
        Integer count = wordCounts.get(text);
        return count != null ? count : countWords(text);
    }

    static int countWords(String text) {
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
