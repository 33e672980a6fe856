package dev.crampguide.guide;

import dev.crampguide.engine.Evaluation;
import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Questions;
import dev.crampguide.wording.Guidance;
import dev.crampguide.wording.Wording;
import dev.crampguide.wording.Voice;
import java.util.Set;

/**
 * The one service every adapter calls: a situation in, the engine's evaluation and its wording out. The REST
 * resource asks for the API's answer; the voice skill evaluates, compares evaluations between turns and has them
 * said in its own voice. Framework-free, immutable and thread-safe; built once per table.
 */
public final class Guide {

    private final GuidanceTable table;
    private final GuidanceEngine engine;
    private final Wording wording;

    public Guide(GuidanceTable table) {
        this.table = table;
        this.engine = new GuidanceEngine(table);
        this.wording = new Wording(table);
    }

    /** The API's answer before any question has been answered. */
    public Guidance answer(Situation situation) {
        return answer(situation, Set.of());
    }

    /**
     * The API's answer: the decision, worded.
     *
     * @param answered ids of the table's questions the person has been asked (nothing chosen means "none of these")
     */
    public Guidance answer(Situation situation, Set<String> answered) {
        return wording.say(engine.evaluate(situation, answered));
    }

    /** The decision alone, for a surface that compares turns or words it in its own voice. */
    public Evaluation evaluate(Situation situation, Set<String> answered) {
        return engine.evaluate(situation, answered);
    }

    /** An evaluation said in a surface's own voice. */
    public Guidance say(Evaluation evaluation, Voice voice) {
        return wording.say(evaluation, voice);
    }

    /** The closing sentence of every spoken answer. */
    public String closing() {
        return wording.closing();
    }

    /** A sentence of the table's, by key (the voice skill's lines). */
    public String message(String key) {
        return table.message(key);
    }

    /** Every question the service may ask, in the order it asks. */
    public Questions questions() {
        return table.questions();
    }

    /** The version every answer carries; the ETag of cacheable answers. */
    public String tableVersion() {
        return table.version();
    }

    /** The whole table, for publishing (clinical review, offline clients). */
    public GuidanceTable table() {
        return table;
    }
}
