package dev.crampguide.table;

import java.util.List;
import java.util.Map;

/**
 * The table as written in its data file, before it is checked and compiled. Conditions are still text;
 * see {@link Condition} for their form.
 *
 * @param sectionGates   a condition every row of that section must also meet, keyed by section id
 * @param messages       sentences the engine puts around the rows: lead-ins per care level and the like
 * @param tags           the words rows may be labelled with, by name
 * @param careLevelRules which labelled rows an answer keeps once its care level is this high
 * @param facets         what rows may say about one subject (fluids, salt, …): two rows that say different things
 *                       about one facet contradict each other and may never appear together
 * @param timeframes     per care level id, the words that say when to act at that level; only the care level's own
 *                       messages (and safety-net rows at their level) may use them
 * @param publishers     per publisher name (how a reference's title starts), the hosts its links may point to
 * @param adviceAfter    the question that must be answered before an answer gives advice (null: none)
 * @param questions      what the service may ask next, in the order it asks them
 * @param diary          how a cramp diary turns its own counts into situation facts ({@code symptoms:frequent}, …)
 */
public record TableDefinition(
        String version,
        String disclaimer,
        List<Reference> references,
        Map<String, List<String>> factGroups,
        Map<String, String> sectionGates,
        Map<String, String> messages,
        Map<String, TagDefinition> tags,
        List<CareLevelRuleDefinition> careLevelRules,
        Map<String, FacetDefinition> facets,
        Map<String, List<String>> timeframes,
        Map<String, List<String>> publishers,
        AdviceAfterDefinition adviceAfter,
        List<RowDefinition> rows,
        List<QuestionDefinition> questions,
        List<DiaryThresholdDefinition> diary) {

    public TableDefinition {
        facets = facets == null ? Map.of() : facets;
        timeframes = timeframes == null ? Map.of() : timeframes;
        publishers = publishers == null ? Map.of() : publishers;
        questions = questions == null ? List.of() : List.copyOf(questions);
        diary = diary == null ? List.of() : List.copyOf(diary);
    }

    /** A table without labels, care-level rules, facets, timeframes or questions (small test tables). */
    public TableDefinition(String version, String disclaimer, List<Reference> references,
            Map<String, List<String>> factGroups, Map<String, String> sectionGates, Map<String, String> messages,
            List<RowDefinition> rows) {
        this(version, disclaimer, references, factGroups, sectionGates, messages, Map.of(), List.of(), Map.of(),
                Map.of(), Map.of(), null, rows, List.of(), List.of());
    }

    /**
     * A label rows carry. When {@code words} is not empty, every row of {@code requiredIn} whose wording uses one
     * of them (a word starting so) must carry the label, or the label {@code unlessTagged}: the table refuses a
     * row that, say, tells you to stretch a leg without saying so in its labels. A {@code comfort} label marks
     * comfort care: every red flag from {@code prompt_medical_advice} up must decide which of its rows stay.
     */
    public record TagDefinition(String means, List<String> words, List<String> requiredIn, String unlessTagged,
            boolean comfort) {
    }

    /**
     * One subject rows may speak about, with the things a row may say about it ({@code values}: value → meaning).
     * Two rows with different values contradict each other unless {@code agree} lists the pair of values. Like a
     * label's words, {@code words} make a row of {@code requiredIn} that uses them declare the facet.
     */
    public record FacetDefinition(String means, Map<String, String> values, List<List<String>> agree,
            List<String> words, List<String> requiredIn) {

        /** True when rows saying {@code a} and {@code b} about this facet contradict each other. */
        public boolean contradicts(String a, String b) {
            return !a.equals(b) && agree.stream().noneMatch(pair -> pair.contains(a) && pair.contains(b));
        }
    }

    /**
     * Until {@code question} has been asked, an answer holds only red flags, safety-net rows and rows labelled with one
     * of {@code keepOnly}: no advice before the urgent warning signs are asked about.
     */
    public record AdviceAfterDefinition(String question, List<String> keepOnly) {
    }

    /**
     * From care level {@code from} up, answers leave out rows labelled with any of {@code drop} and, when
     * {@code keepOnly} is not empty, every row not labelled with one of {@code keepOnly}. Red flags always stay.
     */
    public record CareLevelRuleDefinition(String from, List<String> drop, List<String> keepOnly) {
    }

    /**
     * A red flag's decision about comfort care: the comfort rows ({@code keep}, by id) that may still be shown when
     * it is raised, every other comfort row leaves the answer; {@code why} and {@code references} say why.
     */
    public record ComfortDefinition(List<String> keep, String why, List<String> references) {
    }

    /**
     * One row as written: {@code when} holds alternatives, any one of which makes the row apply. Red flags may
     * carry {@code comfort} and {@code givesWayTo} (red flags that, when raised, say the same more
     * precisely and at least as urgently); other rows may carry {@code tags} and {@code facets} (facet → value).
     */
    public record RowDefinition(
            String id,
            String section,
            List<String> when,
            int rank,
            String careLevel,
            String title,
            String text,
            String spoken,
            List<String> references,
            List<String> tags,
            Map<String, String> facets,
            ComfortDefinition comfort,
            List<String> givesWayTo) {

        public RowDefinition {
            tags = tags == null ? List.of() : tags;
            facets = facets == null ? Map.of() : facets;
            givesWayTo = givesWayTo == null ? List.of() : givesWayTo;
        }

        public RowDefinition(String id, String section, List<String> when, int rank, String careLevel, String title,
                String text, String spoken, List<String> references) {
            this(id, section, when, rank, careLevel, title, text, spoken, references, List.of(), Map.of(), null,
                    List.of());
        }
    }

    /**
     * One question as written; {@code ask} holds alternatives like a row's {@code when} (empty: always), {@code why}
     * says in one plain sentence why the answer matters, {@code topic} (optional) names what questions asked together
     * on one screen share.
     */
    public record QuestionDefinition(
            String id,
            String text,
            String spoken,
            String why,
            String topic,
            String kind,
            String field,
            boolean screening,
            List<String> ask,
            Integer min,
            Integer max,
            List<OptionDefinition> options) {
    }

    /** One choice as written: {@code flag} when the value is a JSON boolean; {@code field} only when it has its own. */
    public record OptionDefinition(String value, boolean flag, String label, String field) {
    }

    /**
     * When a cramp diary may say a fact of its own record: at least {@code cramps} cramps in the last {@code days}
     * days; with {@code risePercent}, at least {@code cramps} more than in the {@code days} days before, and at least
     * that many percent more. Thresholds are medical choices, so they live here with their reason and sources.
     */
    public record DiaryThresholdDefinition(String id, String sets, int cramps, int days, Integer risePercent,
            String why, List<String> references) {
    }
}
