package dev.crampguide.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Situation;
import java.util.Set;

/**
 * Writes a situation as the request body of {@code POST /v1/guidance}, so that {@link SituationReader} reads it
 * back unchanged. Only what was said is written: false flags, nulls and empty sets are left out.
 */
public final class SituationWriter {

    private SituationWriter() {
    }

    public static ObjectNode write(Situation s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        id(root, "muscle", s.muscle());
        id(root, "when", s.when());
        flag(root, "crampingNow", s.crampingNow());
        flag(root, "stillLocked", s.stillLocked());
        flag(root, "soreAfterwards", s.soreAfterwards());
        flag(root, "recurring", s.recurring());
        Exercise e = s.exercise();
        if (!e.equals(Exercise.NONE)) {
            ObjectNode exercise = root.putObject("exercise");
            flag(exercise, "hot", e.hot());
            flag(exercise, "heavySweating", e.heavySweating());
            number(exercise, "durationMinutes", e.durationMinutes());
            flag(exercise, "harderThanTrained", e.harderThanTrained());
            flag(exercise, "recentLoadIncrease", e.recentLoadIncrease());
            flag(exercise, "hillsOrDownhill", e.hillsOrDownhill());
            flag(exercise, "returningAfterBreak", e.returningAfterBreak());
            flag(exercise, "repetitiveMovement", e.repetitiveMovement());
            flag(exercise, "newShoes", e.newShoes());
            id(exercise, "drinking", e.drinking());
        }
        ids(root, "factors", s.factors());
        ids(root, "symptoms", s.symptoms());
        ids(root, "considering", s.considering());
        number(root, "age", s.age());
        return root;
    }

    private static void flag(ObjectNode node, String name, boolean value) {
        if (value) {
            node.put(name, true);
        }
    }

    private static void number(ObjectNode node, String name, Integer value) {
        if (value != null) {
            node.put(name, value);
        }
    }

    private static void id(ObjectNode node, String name, Coded value) {
        if (value != null) {
            node.put(name, value.id());
        }
    }

    private static void ids(ObjectNode node, String name, Set<? extends Coded> values) {
        if (!values.isEmpty()) {
            ArrayNode array = node.putArray(name);
            values.forEach(v -> array.add(v.id()));
        }
    }
}
