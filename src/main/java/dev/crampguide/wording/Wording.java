package dev.crampguide.wording;

import dev.crampguide.engine.Evaluation;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says an evaluation: the banner title, the summary and the spoken answer, from the table's own sentences, most
 * urgent point first. The one place that words answers: the API speaks with {@link Voice#API}, the voice skill with
 * its own {@link Voice} (a shorter budget, a locale's emergency call, a preface, a follow-up question, what the person
 * just said first). Speech is composed once, as a list of sentences, and only then written as text and SSML.
 */
public final class Wording {

    public static final int MAX_SPOKEN_WORDS = 90;
    /** How {@link Speech#said()} names the table's own sentences: the lead (plus the care level or "so_far"), … */
    public static final String LEAD = "lead:";
    /** … the "so far" reminder, … */
    public static final String SO_FAR = "so_far";
    /** … the general point said when nothing else is, … */
    public static final String GENERAL = "general";
    /** … and the closing sentence. */
    public static final String CLOSING = "closing";
    /** The leads besides the care levels' own (see {@link #leadKey}). */
    private static final String SO_FAR_LEAD = "so_far";
    private static final String ADVICE_HELD_LEAD = "advice_held";

    /** Summary focus: the first matched item in this order. */
    private static final List<Section> SUMMARY_ORDER = List.of(Section.RED_FLAGS, Section.IMMEDIATE_STEPS,
            Section.LIKELY_TRIGGERS, Section.PREVENTION, Section.CAUTIONS);
    /** After the steps, the single best point of each of these sections, while they fit. */
    private static final List<Section> TOP_ITEMS = List.of(Section.LIKELY_TRIGGERS, Section.PREVENTION,
            Section.CAUTIONS);
    /** Points this turn's words brought up: what to do (or not) before why. */
    private static final List<Section> NEW_POINTS = List.of(Section.IMMEDIATE_STEPS, Section.CAUTIONS,
            Section.PREVENTION, Section.LIKELY_TRIGGERS);

    /** A sentence the table can contribute, measured and escaped once instead of per request. */
    private record Sentence(String text, int words, String ssml) {
    }

    private final Map<String, Sentence> sentences = new HashMap<>();
    /** The lead sentences by {@link #leadKey}: each care level's, "so far" and "advice held". */
    private final Map<String, Sentence> leads = new HashMap<>();
    private final Map<CareLevel, String> titles = new HashMap<>();
    private final Sentence general;
    private final Sentence closing;
    /** Until screening is done: the self-care title that claims nothing, and the "so far" reminder. */
    private final String titleSoFar;
    private final Sentence soFar;
    private final String disclaimer;
    private final String tableVersion;

    public Wording(GuidanceTable table) {
        table.rows().forEach(row -> remember(row.spoken()));
        table.questions().all().forEach(q -> remember(q.spoken()));
        for (CareLevel level : CareLevel.values()) {
            leads.put(level.id(), remember(table.message("lead." + level.id())));
            titles.put(level, table.message("title." + level.id()));
        }
        general = remember(table.message("general"));
        closing = remember(table.message("closing"));
        for (String state : List.of(SO_FAR_LEAD, ADVICE_HELD_LEAD)) {
            leads.put(state, remember(table.message("lead." + state)));
        }
        titleSoFar = table.message("title.so_far");
        soFar = remember(table.message("so_far"));
        disclaimer = table.disclaimer();
        tableVersion = table.version();
    }

    /** The care level in a few words; while not screened, a self-care answer is not called self-care. */
    private String title(CareLevel careLevel, boolean screened) {
        return screened || careLevel != CareLevel.SELF_CARE ? titles.get(careLevel) : titleSoFar;
    }

    /**
     * Which lead an answer opens with: a self-care answer while advice waits for the urgent check says the safety check
     * comes first, and until screening is done claims nothing ("so far"); otherwise its care level's.
     */
    private static String leadKey(CareLevel careLevel, boolean screened, boolean held) {
        if (careLevel != CareLevel.SELF_CARE || screened) {
            return careLevel.id();
        }
        return held ? ADVICE_HELD_LEAD : SO_FAR_LEAD;
    }

    /** Said after the lead while screening is not done, unless the lead says it already or it is an emergency. */
    private static boolean remindSoFar(CareLevel careLevel, boolean screened) {
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
    private String summary(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched, boolean screened,
            boolean held) {
        String key = leadKey(careLevel, screened, held);
        if (key.equals(ADVICE_HELD_LEAD)) {
            return leads.get(key).text();
        }
        String lead = leads.get(key).text()
                + (remindSoFar(careLevel, screened) ? " " + soFar.text() : "");
        for (Section section : SUMMARY_ORDER) {
            List<GuidanceItem> items = matched.get(section);
            if (!items.isEmpty()) {
                return lead + " " + items.get(0).spoken();
            }
        }
        return lead + " " + general.text();
    }

    /** The API's answer: until screening is done, its speech ends by asking the next question. */
    public Guidance say(Evaluation evaluation) {
        return say(evaluation, Voice.API);
    }

    /**
     * The answer as this voice says it. Until screening is done, speech ends with the next question unless the voice
     * brings its own follow-up; it never calls the situation self-care.
     */
    public Guidance say(Evaluation e, Voice voice) {
        Voice spoken = voice.followUp() != null || e.screened() || e.questions().isEmpty() ? voice
                : voice.withFollowUp(e.questions().get(0).spoken());
        return new Guidance(
                e.careLevel(),
                title(e.careLevel(), e.screened()),
                e.screened(),
                summary(e.careLevel(), e.matched(), e.screened(), e.adviceHeld()),
                e.items(Section.RED_FLAGS),
                e.items(Section.SAFETY_NET),
                e.items(Section.LIKELY_TRIGGERS),
                e.items(Section.IMMEDIATE_STEPS),
                e.items(Section.PREVENTION),
                e.items(Section.CAUTIONS),
                speech(e.careLevel(), e.matched(), spoken, e.screened(), e.adviceHeld()),
                e.references(),
                disclaimer,
                tableVersion,
                e.questions());
    }

    /** The closing sentence every spoken answer ends with. */
    public String closing() {
        return closing.text();
    }

    /**
     * Lead sentence and the most urgent red flag whatever their length, the other red flags while they fit (or
     * a pointer to them); in an emergency, where nothing should delay the call, only what keeps the person safe while
     * help comes (its cautions); otherwise what the person just asked about, the steps in order, the safety-net items, the other points they just brought up and the top trigger,
     * prevention and caution, while they fit; then the closing and the follow-up. Until {@code screened}, the lead
     * says the answer rests on what has been said so far; while advice is {@code held} for the urgent check, it says
     * the safety check comes first. Outside an emergency, whatever the voice says the listener heard already is left
     * out, the closing included (the card keeps the disclaimer); a care level above self-care and its most urgent
     * warning sign are said again on every turn.
     */
    private Speech speech(CareLevel careLevel, Map<Section, List<GuidanceItem>> matched, Voice voice, boolean screened,
            boolean held) {
        boolean emergency = careLevel == CareLevel.EMERGENCY;
        String key = leadKey(careLevel, screened, held);
        Sentence lead = emergency && voice.emergencyLead() != null ? sentence(voice.emergencyLead())
                : key.equals(SO_FAR_LEAD) && voice.leadSoFar() != null ? sentence(voice.leadSoFar())
                : leads.get(key);
        String leadKey = LEAD + key;
        Sentence followUp = voice.followUp() == null ? null : sentence(voice.followUp());
        Sentence more = voice.moreWarningSigns() == null ? null : sentence(voice.moreWarningSigns());
        Composed spoken = new Composed(emergency ? Set.of() : voice.alreadySaid());
        boolean sayClosing = !spoken.heard(CLOSING);
        int budget = voice.maxWords() - (sayClosing ? closing.words() : 0)
                - (followUp == null ? 0 : followUp.words());
        if (voice.preface() != null && !emergency) {
            budget -= spoken.force(sentence(voice.preface()), null);
        }
        // a care level above self-care and its most urgent reason are said on every turn, heard or not
        boolean warned = careLevel != CareLevel.SELF_CARE;
        budget -= spoken.force(lead, warned ? null : leadKey);
        int afterLead = spoken.size();
        List<GuidanceItem> flags = matched.get(Section.RED_FLAGS);
        if (!flags.isEmpty()) {
            budget -= spoken.force(sentence(flags.get(0).spoken()), warned ? null : flags.get(0).id());
        }
        if (followUp != null && budget < 0) {
            // the most urgent point always fits; a follow-up that no longer does is left for the next turn
            budget += followUp.words();
            followUp = null;
        }
        if (remindSoFar(careLevel, screened)) {
            budget -= spoken.add(voice.soFar() == null ? soFar : sentence(voice.soFar()), SO_FAR, budget);
        }
        int reserve = flags.size() > 1 && more != null ? more.words() : 0;
        boolean skipped = false;
        for (GuidanceItem flag : flags) {
            int used = spoken.add(sentence(flag.spoken()), flag.id(), budget - reserve);
            skipped |= used == 0 && !spoken.said(flag.spoken()) && !spoken.heard(flag.id());
            budget -= used;
        }
        if (skipped && more != null) {
            // the card lists them; a follow-up question (which may find an emergency) goes before this pointer
            budget -= followUp == null ? spoken.force(more, null) : spoken.add(more, null, budget);
        }

        if (emergency) {
            // what keeps the person safe while help comes (cooling down, nothing to drink while confused): an
            // emergency answer keeps only such cautions
            for (GuidanceItem caution : matched.get(Section.CAUTIONS)) {
                budget -= spoken.add(sentence(caution.spoken()), caution.id(), budget);
            }
        } else {
            for (GuidanceItem item : newPoints(matched, voice.newFacts(), true)) {
                budget -= spoken.add(sentence(item.spoken()), item.id(), budget);
            }
            for (GuidanceItem step : matched.get(Section.IMMEDIATE_STEPS)) {
                budget -= spoken.add(sentence(step.spoken()), step.id(), budget);
            }
            // what would make it more urgent, once the person knows what to do now
            for (GuidanceItem net : matched.get(Section.SAFETY_NET)) {
                budget -= spoken.add(sentence(net.spoken()), net.id(), budget);
            }
            for (GuidanceItem item : newPoints(matched, voice.newFacts(), false)) {
                budget -= spoken.add(sentence(item.spoken()), item.id(), budget);
            }
            for (Section section : TOP_ITEMS) {
                List<GuidanceItem> items = matched.get(section);
                if (!items.isEmpty()) {
                    budget -= spoken.add(sentence(items.get(0).spoken()), items.get(0).id(), budget);
                }
            }
            if (spoken.size() == afterLead && !held && !spoken.leftOut()) {
                spoken.add(general, GENERAL, budget);
            }
        }
        if (sayClosing) {
            spoken.append(closing, CLOSING);
        }
        if (followUp != null) {
            spoken.append(followUp, null);
        }
        StringBuilder text = new StringBuilder(768);
        StringBuilder ssml = new StringBuilder(1024).append("<speak>");
        for (int i = 0; i < spoken.size(); i++) {
            Sentence sentence = spoken.sentences.get(i);
            if (i > 0) {
                text.append(' ');
                ssml.append("<break time=\"300ms\"/>");
            }
            text.append(sentence.text());
            if (i == 0 && emergency) {
                ssml.append("<emphasis level=\"strong\">").append(sentence.ssml()).append("</emphasis>");
            } else {
                ssml.append(sentence.ssml());
            }
        }
        return new Speech(text.toString(), ssml.append("</speak>").toString(), spoken.ids);
    }

    /**
     * The sentences of one answer as they are chosen, with the names of those that have one (a row's id, a key of the
     * table's own sentences); a named sentence the listener heard already is left out.
     */
    private static final class Composed {

        private final List<Sentence> sentences = new ArrayList<>();
        private final List<String> ids = new ArrayList<>();
        private final Set<String> alreadySaid;
        private boolean leftOut;

        Composed(Set<String> alreadySaid) {
            this.alreadySaid = alreadySaid;
        }

        int size() {
            return sentences.size();
        }

        boolean heard(String id) {
            return id != null && alreadySaid.contains(id);
        }

        /** Something was left out because the listener heard it already. */
        boolean leftOut() {
            return leftOut;
        }

        /** Adds the sentence, whatever was said. */
        void append(Sentence sentence, String id) {
            sentences.add(sentence);
            if (id != null) {
                ids.add(id);
            }
        }

        /** Adds the sentence whatever the budget (unless said already); returns the words used. */
        int force(Sentence sentence, String id) {
            return add(sentence, id, Integer.MAX_VALUE);
        }

        /** Adds the sentence if it fits the remaining word budget and is not said already; returns the words used. */
        int add(Sentence sentence, String id, int budget) {
            if (heard(id)) {
                leftOut = true;
                return 0;
            }
            if (sentence.words() > budget || said(sentence.text())) {
                return 0;
            }
            sentences.add(sentence);
            if (id != null) {
                ids.add(id);
            }
            return sentence.words();
        }

        boolean said(String text) {
            for (Sentence s : sentences) {
                if (s.text().equals(text)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Items matched on a fact this turn added; {@code remedyOnly}: on a remedy the person asked about. */
    private static List<GuidanceItem> newPoints(Map<Section, List<GuidanceItem>> matched, Set<String> newFacts,
            boolean remedyOnly) {
        List<GuidanceItem> points = new ArrayList<>();
        if (newFacts.isEmpty()) {
            return points;
        }
        for (Section section : NEW_POINTS) {
            for (GuidanceItem item : matched.get(section)) {
                for (String fact : item.because()) {
                    if (newFacts.contains(fact) && (!remedyOnly || fact.startsWith("considering:"))) {
                        points.add(item);
                        break;
                    }
                }
            }
        }
        return points;
    }
}
