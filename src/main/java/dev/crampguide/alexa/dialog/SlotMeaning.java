package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.situation.Symptom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each slot of the interaction model adds to the situation. Slot names are the same in every intent that
 * has them; custom slot types resolve to the contract's wire ids.
 */
enum SlotMeaning {

    MUSCLE("muscle", "muscle") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, b);
        }
    },
    PHASE("phase", "when") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, b);
        }
    },
    HEAT("heat", null) {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            boolean any = false;
            for (String id : SlotValues.ids(slot)) {
                // the slot type's ids: hot, heavy_sweating, hot_and_sweaty
                if (id.equals("hot") || id.equals("hot_and_sweaty")) {
                    exercise(b, e -> e.hot(true));
                    any = true;
                }
                if (id.equals("heavy_sweating") || id.equals("hot_and_sweaty")) {
                    exercise(b, e -> e.heavySweating(true));
                    any = true;
                }
            }
            return any;
        }
    },
    DURATION("duration", "exercise.durationMinutes") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            Long minutes = minutes(SlotValues.raw(slot));
            if (minutes == null || minutes > Exercise.MAX_DURATION_MINUTES) {
                return false;
            }
            exercise(b, e -> e.durationMinutes(minutes.intValue()));
            return true;
        }
    },
    DRINK("drink", "exercise.drinking") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, b);
        }
    },
    CRAMP_STATE("crampState", null) {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            boolean any = false;
            for (String id : SlotValues.ids(slot)) {
                // the slot type's ids name the situation fields they set
                if (id.equals("still_locked")) {
                    b.crampingNow(true).stillLocked(true);
                    any = true;
                } else if (id.equals("sore_afterwards")) {
                    b.crampingNow(false).soreAfterwards(true);
                    any = true;
                }
            }
            return any;
        }
    },
    SYMPTOM("symptom", "symptoms") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            boolean any = false;
            for (String id : SlotValues.ids(slot)) {
                if (id.equals(SORE)) {
                    // "tender" or "sore" alone is the ordinary soreness after a cramp, not the one-leg clot sign
                    b.soreAfterwards(true);
                    any = true;
                } else {
                    var symptom = Coded.parse(Symptom.class, id);
                    symptom.ifPresent(b::symptom);
                    any |= symptom.isPresent();
                }
            }
            return any;
        }
    },
    REMEDY("remedy", "considering") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return all(slot, b);
        }
    },
    FACTOR("factor", "factors") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return all(slot, b);
        }
    },
    AGE("age", "age") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            String raw = SlotValues.raw(slot);
            if (raw == null || !raw.matches("\\d{1,3}")) {
                return false;
            }
            int age = Integer.parseInt(raw);
            if (age > Situation.MAX_AGE) {
                return false;
            }
            b.age(age);
            return true;
        }
    };

    /** The muscle slot's value for a whole leg: not a muscle the contract knows, so the skill asks which part. */
    static final String LEG = "leg";
    /** The value id for ordinary soreness, shared by the symptom and cramp-state slot types. */
    static final String SORE = "sore_afterwards";
    /** AMAZON.DURATION as Alexa fills it: weeks, days, hours, minutes, seconds, any of them with decimals. */
    private static final Pattern ISO_DURATION = Pattern.compile(
            "P(?:(\\d+(?:\\.\\d+)?)Y)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)W)?(?:(\\d+(?:\\.\\d+)?)D)?"
            + "(?:T(?:(\\d+(?:\\.\\d+)?)H)?(?:(\\d+(?:\\.\\d+)?)M)?(?:(\\d+(?:\\.\\d+)?)S)?)?");
    /** Minutes per unit of the groups above; a year or month counts as its shortest length. */
    private static final double[] MINUTES_PER_UNIT = {365 * 1440, 28 * 1440, 7 * 1440, 1440, 60, 1, 1.0 / 60};

    final String slotName;
    /** The request field the slot fills on its own, as a question's {@code field} names it; null for several. */
    final String field;

    SlotMeaning(String slotName, String field) {
        this.slotName = slotName;
        this.field = field;
    }

    /** The slot whose values are the answers to a question about this request field. */
    static Optional<SlotMeaning> forField(String field) {
        for (SlotMeaning meaning : values()) {
            if (meaning.field != null && meaning.field.equals(field)) {
                return Optional.of(meaning);
            }
        }
        return Optional.empty();
    }

    /** Adds the slot's meaning to the situation; true when the slot said something this skill understood. */
    abstract boolean apply(Slot slot, Situation.Builder b);

    /** Applies every slot of an intent, in this enum's order; returns the names of the slots that said something. */
    static List<String> applyAll(Map<String, Slot> slots, Situation.Builder b) {
        List<String> said = new ArrayList<>();
        if (slots == null) {
            return said;
        }
        for (SlotMeaning meaning : values()) {
            Slot slot = slots.get(meaning.slotName);
            if (slot != null && meaning.apply(slot, b)) {
                said.add(meaning.slotName);
            }
        }
        return said;
    }

    /**
     * Minutes of an AMAZON.DURATION value ({@code PT1.5H}, {@code PT90M}, {@code PT1H30M}, {@code P1W}), rounded;
     * null when it is not a duration at all ("?" when Alexa heard none).
     */
    static Long minutes(String iso) {
        if (iso == null) {
            return null;
        }
        Matcher m = ISO_DURATION.matcher(iso.trim().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches() || iso.trim().length() < 3) {
            return null;
        }
        double minutes = 0;
        boolean any = false;
        for (int group = 1; group <= MINUTES_PER_UNIT.length; group++) {
            if (m.group(group) != null) {
                minutes += Double.parseDouble(m.group(group)) * MINUTES_PER_UNIT[group - 1];
                any = true;
            }
        }
        return any ? Math.round(minutes) : null;
    }

    /** True when the person gave a duration longer than any exercise session the contract accepts. */
    static boolean durationTooLong(Map<String, Slot> slots) {
        Long minutes = slots == null ? null : minutes(SlotValues.raw(slots.get(DURATION.slotName)));
        return minutes != null && minutes > Exercise.MAX_DURATION_MINUTES;
    }

    /** True when a symptom was said that neither Alexa nor the shipped model could match to a known value. */
    static boolean unrecognisedSymptom(Map<String, Slot> slots) {
        Slot slot = slots == null ? null : slots.get(SYMPTOM.slotName);
        for (String id : SlotValues.ids(slot)) {
            if (!id.equals(SORE) && Coded.parse(Symptom.class, id).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** True when the person named their leg as a whole, not which part of it. */
    static boolean wholeLeg(Map<String, Slot> slots) {
        return slots != null && SlotValues.ids(slots.get(MUSCLE.slotName)).contains(LEG);
    }

    /** Whether the situation already knows what the slot would tell, from an earlier turn. */
    static boolean known(String slotName, Situation s) {
        return switch (slotName) {
            case "muscle" -> s.muscle() != null;
            case "duration" -> s.exercise().durationMinutes() != null;
            default -> false;
        };
    }

    /** Changes one exercise detail and keeps the others; the builder's exercise is read back from a build. */
    private static void exercise(Situation.Builder b, Consumer<Exercise.Builder> change) {
        Exercise.Builder exercise = b.build().exercise().toBuilder();
        change.accept(exercise);
        b.exercise(exercise.build());
    }

    /** The slot's first value its request field takes, set the way every adapter sets a field. */
    boolean first(Slot slot, Situation.Builder b) {
        SituationField target = SituationFields.byPath(field);
        for (String id : SlotValues.ids(slot)) {
            if (target.set(b, id)) {
                return true;
            }
        }
        return false;
    }

    /** Every value of the slot that its (list) request field takes. */
    boolean all(Slot slot, Situation.Builder b) {
        SituationField target = SituationFields.byPath(field);
        boolean any = false;
        for (String id : SlotValues.ids(slot)) {
            any |= target.set(b, id);
        }
        return any;
    }
}
