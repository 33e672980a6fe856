package dev.crampguide.engine;

import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
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

    /** Summary focus: the first matched item in this order. */
    private static final List<Section> SUMMARY_ORDER = List.of(Section.RED_FLAGS, Section.IMMEDIATE_STEPS,
            Section.LIKELY_TRIGGERS, Section.PREVENTION, Section.CAUTIONS);

    /** A sentence the table can contribute, measured and escaped once instead of per request. */
    private record Sentence(String text, int words, String ssml) {
    }

    private final Map<String, Sentence> sentences = new HashMap<>();
    private final Map<CareLevel, Sentence> leads = new HashMap<>();
    private final Map<CareLevel, String> titles = new HashMap<>();
    private final Sentence general;
    private final Sentence closing;
    /** Until screening is done: the self-care lead and title that claim nothing, and the "so far" reminder. */
    private final Sentence leadSoFar;
    private final String titleSoFar;
    private final Sentence soFar;

    SpeechWriter(GuidanceTable table) {
        table.rows().forEach(row -> remember(row.spoken()));
        table.questions().all().forEach(q -> remember(q.spoken()));
        for (CareLevel level : CareLevel.values()) {
            leads.put(level, remember(table.message("lead." + level.id())));
            titles.put(level, table.message("title." + level.id()));
        }
        general = remember(table.message("general"));
        closing = remember(table.message("closing"));
        leadSoFar = remember(table.message("lead.so_far"));
        titleSoFar = table.message("title.so_far");
        soFar = remember(table.message("so_far"));
    }

    /** The care level in a few words; while not screened, a self-care answer is not called self-care. */
    String title(CareLevel careLevel, boolean screened) {
        return screened || careLevel != CareLevel.SELF_CARE ? titles.get(careLevel) : titleSoFar;
    }

    private Sentence lead(CareLevel careLevel, boolean screened) {
        return screened || careLevel != CareLevel.SELF_CARE ? leads.get(careLevel) : leadSoFar;
    }

    /** Said after the lead while screening is not done, except where the lead already says it or it is an emergency. */
    private boolean remindSoFar(CareLevel careLevel, boolean screened) {
        return !screened && careLevel != CareLevel.SELF_CARE && careLevel != CareLevel.EMERGENCY;
    }

    private Sentence remember(String text) {
        return sentences.computeIfAbsent(text, t -> new Sentence(t, Speech.words(t), Speech.escape(t)));
    }

    /** Read-only after construction, so it is safe to share between request threads. */
    private Sentence sentence(String text) {
        Sentence known = sentences.get(text);
        return known != null ? known : new Sentence(text, Speech.words(text), Speech.escape(text));
    }

    /** The care level's lead sentence, then the single most important matched point. */
    String summary(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched, boolean screened) {
        String lead = lead(careLevel, screened).text()
                + (remindSoFar(careLevel, screened) ? " " + soFar.text() : "");
        for (Section section : SUMMARY_ORDER) {
            List<GuidanceItem> items = matched.get(section);
            if (!items.isEmpty()) {
                return lead + " " + items.get(0).spoken();
            }
        }
        return lead + " " + general.text();
    }

    /**
     * Lead sentence, every red flag, then (unless it is an emergency, where nothing should delay the call)
     * the steps in order and the top trigger, prevention and caution, while they fit; then, until screening is done,
     * the next question ({@code invite}, null once screened); then the closing.
     */
    Speech speech(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched, Question invite) {
        boolean screened = invite == null;
        List<Sentence> spoken = new ArrayList<>();
        Sentence question = screened ? null : sentence(invite.spoken());
        int budget = MAX_SPOKEN_WORDS - closing.words() - (question == null ? 0 : question.words());
        budget -= add(spoken, lead(careLevel, screened), budget);
        if (remindSoFar(careLevel, screened)) {
            budget -= add(spoken, soFar, budget);
        }
        for (GuidanceItem flag : matched.get(Section.RED_FLAGS)) {
            budget -= add(spoken, sentence(flag.spoken()), budget);
        }
        if (careLevel != CareLevel.EMERGENCY) {
            for (GuidanceItem step : matched.get(Section.IMMEDIATE_STEPS)) {
                budget -= add(spoken, sentence(step.spoken()), budget);
            }
            for (Section section : List.of(Section.LIKELY_TRIGGERS, Section.PREVENTION, Section.CAUTIONS)) {
                List<GuidanceItem> items = matched.get(section);
                if (!items.isEmpty()) {
                    budget -= add(spoken, sentence(items.get(0).spoken()), budget);
                }
            }
            if (spoken.size() == 1) {
                add(spoken, general, budget);
            }
        }
        if (question != null) {
            spoken.add(question);
        }
        spoken.add(closing);
        StringBuilder text = new StringBuilder(768);
        StringBuilder ssml = new StringBuilder(1024).append("<speak>");
        for (int i = 0; i < spoken.size(); i++) {
            Sentence sentence = spoken.get(i);
            if (i > 0) {
                text.append(' ');
                ssml.append("<break time=\"300ms\"/>");
            }
            text.append(sentence.text());
            if (i == 0 && careLevel == CareLevel.EMERGENCY) {
                ssml.append("<emphasis level=\"strong\">").append(sentence.ssml()).append("</emphasis>");
            } else {
                ssml.append(sentence.ssml());
            }
        }
        return new Speech(text.toString(), ssml.append("</speak>").toString());
    }

    /** Adds the sentence if it fits the remaining word budget and is not said already; returns the words used. */
    private static int add(List<Sentence> spoken, Sentence sentence, int budget) {
        if (sentence.words() > budget) {
            return 0;
        }
        for (int i = 0; i < spoken.size(); i++) {
            if (spoken.get(i).text().equals(sentence.text())) {
                return 0;
            }
        }
        spoken.add(sentence);
        return sentence.words();
    }
}
