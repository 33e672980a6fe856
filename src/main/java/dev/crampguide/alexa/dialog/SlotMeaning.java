package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * What each slot of the interaction model adds to the situation. Slot names are the same in every intent that
 * has them; custom slot types resolve to the contract's wire ids.
 */
enum SlotMeaning {

    MUSCLE("muscle") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, Muscle.class, b::muscle);
        }
    },
    PHASE("phase") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, Onset.class, b::when);
        }
    },
    HEAT("heat") {
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
    DURATION("duration") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            String iso = SlotValues.raw(slot);
            if (iso == null) {
                return false;
            }
            try {
                long minutes = Duration.parse(iso).toMinutes();
                if (minutes < 0 || minutes > Exercise.MAX_DURATION_MINUTES) {
                    return false;
                }
                exercise(b, e -> e.durationMinutes((int) minutes));
                return true;
            } catch (DateTimeParseException e) {
                return false; // "?" or a duration with years or months, which no run lasts
            }
        }
    },
    DRINK("drink") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return first(slot, Drinking.class, x -> exercise(b, e -> e.drinking(x)));
        }
    },
    CRAMP_STATE("crampState") {
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
    SYMPTOM("symptom") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return all(slot, Symptom.class, b::symptom);
        }
    },
    REMEDY("remedy") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return all(slot, Remedy.class, b::considering);
        }
    },
    FACTOR("factor") {
        @Override
        boolean apply(Slot slot, Situation.Builder b) {
            return all(slot, Factor.class, b::factor);
        }
    },
    AGE("age") {
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

    final String slotName;

    SlotMeaning(String slotName) {
        this.slotName = slotName;
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

    private static <E extends Enum<E> & Coded> boolean first(Slot slot, Class<E> type,
            Consumer<E> sink) {
        for (String id : SlotValues.ids(slot)) {
            var value = Coded.parse(type, id);
            if (value.isPresent()) {
                sink.accept(value.get());
                return true;
            }
        }
        return false;
    }

    private static <E extends Enum<E> & Coded> boolean all(Slot slot, Class<E> type,
            Consumer<E> sink) {
        boolean any = false;
        for (String id : SlotValues.ids(slot)) {
            var value = Coded.parse(type, id);
            if (value.isPresent()) {
                sink.accept(value.get());
                any = true;
            }
        }
        return any;
    }
}
