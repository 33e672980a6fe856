package dev.crampguide.table;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.tablefile.TableFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The table speaks to people in pain, often at night: every sentence a person reads or hears (rows, questions and
 * their options, messages, voice lines, the disclaimer) reads at US school grade 9 or below (Flesch–Kincaid), the
 * rows' median at 8 or below; one spelling (US English); no unexplained jargon; and emergencies always name the same
 * action.
 */
class PlainWordsTest {

    private static final GuidanceTable TABLE = TableFile.loadBundled();
    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9'’]+");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]+");

    /** Below this many words the grade formula measures nothing (a label such as "Diabetes" scores 20). */
    private static final int GRADED_WORDS = 8;

    /** Every row sentence a person can be shown or told, keyed by where it lives. */
    static Map<String, String> everyText() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Row row : TABLE.rows()) {
            texts.put(row.id() + ".text", row.text());
            texts.put(row.id() + ".spoken", row.spoken());
        }
        return texts;
    }

    /** Everything else a person reads or hears: questions, their options, every message, the disclaimer. */
    static Map<String, String> everyOtherText() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Question q : TABLE.questions().all()) {
            texts.put("question " + q.id() + ".text", q.text());
            texts.put("question " + q.id() + ".spoken", q.spoken());
            texts.put("question " + q.id() + ".why", q.why());
            q.options().forEach(o -> texts.put("question " + q.id() + " option " + o.value(), o.label()));
        }
        TABLE.messages().forEach((key, text) -> texts.put("message " + key, text));
        texts.put("disclaimer", TABLE.disclaimer());
        return texts;
    }

    /** Flesch–Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
    static double grade(String text) {
        int sentences = Math.max(1, text.split("[.!?]+(\\s|$)").length);
        int words = 0;
        int syllables = 0;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words++;
            syllables += syllables(m.group());
        }
        return 0.39 * words / sentences + 11.8 * syllables / Math.max(1, words) - 15.59;
    }

    /** Vowel groups, less a silent final e; numbers count as two (most spoken numbers here have two). */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("['’].*$", "");
        if (w.chars().allMatch(Character::isDigit)) {
            return 2;
        }
        int count = 0;
        Matcher m = VOWELS.matcher(w);
        while (m.find()) {
            count++;
        }
        if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && count > 1) {
            count--;
        }
        if (w.endsWith("ed") && count > 1 && !w.endsWith("ted") && !w.endsWith("ded")) {
            count--;
        }
        return Math.max(1, count);
    }

    @Test
    void theMeasureAgreesWithKnownCases() {
        assertThat(syllables("cramp")).isEqualTo(1);
        assertThat(syllables("muscle")).isEqualTo(2);
        assertThat(syllables("emergency")).isEqualTo(4);
        assertThat(syllables("stretched")).isEqualTo(1);
        assertThat(grade("The cat sat on the mat.")).isLessThan(1);
        assertThat(grade("Pathophysiological mechanisms underlying exercise-associated neuromuscular hyperexcitability "
                + "remain controversial notwithstanding considerable investigation.")).isGreaterThan(16);
    }

    @Test
    void everyTextReadsAtGradeNineOrBelowWithAMedianOfEight() {
        Map<String, String> texts = everyText();
        List<Double> grades = new ArrayList<>();
        List<String> tooHard = new ArrayList<>();
        texts.forEach((where, text) -> {
            double g = grade(text);
            grades.add(g);
            if (g > 9) {
                tooHard.add(String.format(Locale.ROOT, "%s (grade %.1f): %s", where, g, text));
            }
        });
        assertThat(tooHard).as("texts above grade 9").isEmpty();
        List<Double> sorted = grades.stream().sorted().toList();
        double median = (sorted.get((sorted.size() - 1) / 2) + sorted.get(sorted.size() / 2)) / 2;
        assertThat(median).as("median grade").isLessThanOrEqualTo(8);
    }

    @Test
    void everyQuestionMessageAndTheDisclaimerReadsAtGradeNineOrBelow() {
        List<String> tooHard = new ArrayList<>();
        everyOtherText().forEach((where, text) -> {
            if (WORD.matcher(text).results().count() >= GRADED_WORDS && grade(text) > 9) {
                tooHard.add(String.format(Locale.ROOT, "%s (grade %.1f): %s", where, grade(text), text));
            }
        });
        assertThat(tooHard).as("texts above grade 9").isEmpty();
    }

    /** British spellings and words the skill's first locale (en-US) does not use. */
    private static final Pattern NOT_US = Pattern.compile("(?i)\\b(colour\\w*|diarrhoea|haem\\w*|oedema|centre|litre|metre"
            + "|towards|afterwards|favour\\w*|behaviour|programme|paediatric|anaesthe\\w*|being sick|A&E|GP|999|111"
            + "|(organ|recogn|real|minim|special|priorit|apolog|util|stabil|normal|acclimat|immobil|mobil|emphas|summar"
            + "|optim|maxim)is(e|ed|es|ing|ation))\\b");

    /** Words people without medical training stumble on; each has a plain form in the table. */
    private static final Pattern JARGON = Pattern.compile("(?i)\\b(electrolyte\\w*|hamstring\\w*|nocturnal|thrombosis"
            + "|renal|hyponatr\\w*|rhabdo\\w*|claudication|cauda|equina|hypocalc\\w*|idiopathic|acclimati\\w*"
            + "|emergency services|ambulance)\\b");

    @Test
    void oneSpellingUsEnglishAndNoJargon() {
        List<String> found = new ArrayList<>();
        Map<String, String> texts = new LinkedHashMap<>(everyText());
        TABLE.rows().forEach(r -> texts.put(r.id() + ".title", r.title()));
        texts.putAll(everyOtherText());
        texts.forEach((where, text) -> {
            for (Pattern p : List.of(NOT_US, JARGON)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(where + ": '" + m.group() + "'");
                }
            }
        });
        assertThat(found).isEmpty();
    }

    /** When to act is said once, by the care level's lead: every emergency answer opens with the same call. */
    @Test
    void everyEmergencySaysToCallTheLocalEmergencyNumber() {
        assertThat(TABLE.message("lead.emergency")).isEqualTo("Call your local emergency number now.");
        for (Row row : TABLE.rows(Section.SAFETY_NET)) {
            if (row.careLevel() == CareLevel.EMERGENCY) {
                assertThat(row.text()).as(row.id()).containsIgnoringCase("call your local emergency number");
            }
        }
    }
}
