package dev.crampguide.table;

import dev.crampguide.situation.Coded;
import java.util.List;

/**
 * A question the service may ask next, as the table defines it: what to say, which request field the answer goes
 * into, the choices in plain words, and when it is worth asking.
 *
 * @param field     the request field the answer goes into ({@code symptoms}, {@code muscle},
 *                  {@code exercise.durationMinutes}, …); for a group of yes/no fields asked together, each option
 *                  names its own field
 * @param min       smallest answer of a {@code number} question, else null
 * @param max       largest answer of a {@code number} question, else null
 * @param screening whether the answer can raise the care level: every screening question must be answered before an
 *                  answer counts as screened
 * @param ask       when the question is worth asking (besides not being answered yet)
 * @param why       one plain sentence: why the answer matters (shown or said on request)
 * @param topic     what the question is about; questions listed together with the same topic may be asked on one
 *                  screen (the question's own id when the table names none)
 */
public record Question(String id, String text, String spoken, Kind kind, String field, List<Option> options,
        Integer min, Integer max, boolean screening, Condition ask, String why, String topic) {

    /** How the answer is given; the wire ids are the contract's. */
    public enum Kind implements Coded {
        ONE, MANY, YESNO, NUMBER
    }

    /**
     * One choice. {@code value} is the request value ({@code "calf"}, or {@code "true"} for a yes/no field, see
     * {@link #flag}); {@code field} is set only when the option fills a field of its own.
     *
     * @param flag true when the value is a JSON boolean rather than a string
     * @param fact the situation fact choosing this option produces, or null when it produces none (a "no")
     */
    public record Option(String value, boolean flag, String label, String field, String fact) {
    }
}
