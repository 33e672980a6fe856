package dev.crampguide.api;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crampguide.api.problem.FieldError;
import dev.crampguide.api.problem.ProblemException;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a situation from a JSON tree, collecting every invalid field instead of stopping at the first, so a
 * client can fix its request in one go. Unknown fields are ignored; JSON null means "not said".
 * {@link SituationWriter} writes the same shape.
 */
public final class SituationReader {

    private final List<FieldError> errors = new ArrayList<>();

    private SituationReader() {
    }

    /** @throws ProblemException (400) naming every invalid field */
    static Situation read(JsonNode root) {
        SituationReader reader = new SituationReader();
        Situation situation = reader.situation(root);
        if (!reader.errors.isEmpty()) {
            throw ProblemException.invalid(reader.errors);
        }
        return situation;
    }

    /**
     * Reads what it can and drops every invalid field rather than refusing the whole: for JSON a client may have
     * altered that we wrote ourselves, such as Alexa's session attributes. Anything but an object reads as
     * {@link Situation#EMPTY}.
     */
    public static Situation readValidFields(JsonNode root) {
        return new SituationReader().situation(root);
    }

    private Situation situation(JsonNode root) {
        if (root == null || !root.isObject()) {
            errors.add(FieldError.of("$", "the body must be a JSON object, for example {}"));
            return Situation.EMPTY;
        }
        return new Situation(
                choice(root, "muscle", "muscle", Muscle.class),
                choice(root, "when", "when", Onset.class),
                flag(root, "crampingNow", "crampingNow"),
                flag(root, "stillLocked", "stillLocked"),
                flag(root, "soreAfterwards", "soreAfterwards"),
                flag(root, "recurring", "recurring"),
                exercise(root.get("exercise")),
                set(root, "factors", Factor.class),
                set(root, "symptoms", Symptom.class),
                set(root, "considering", Remedy.class),
                number(root, "age", "age", Situation.MAX_AGE));
    }

    private Exercise exercise(JsonNode node) {
        if (absent(node)) {
            return Exercise.NONE;
        }
        if (!node.isObject()) {
            errors.add(FieldError.of("exercise", "must be an object"));
            return Exercise.NONE;
        }
        return new Exercise(
                flag(node, "hot", "exercise.hot"),
                flag(node, "heavySweating", "exercise.heavySweating"),
                number(node, "durationMinutes", "exercise.durationMinutes", Exercise.MAX_DURATION_MINUTES),
                flag(node, "harderThanTrained", "exercise.harderThanTrained"),
                flag(node, "recentLoadIncrease", "exercise.recentLoadIncrease"),
                flag(node, "hillsOrDownhill", "exercise.hillsOrDownhill"),
                flag(node, "returningAfterBreak", "exercise.returningAfterBreak"),
                flag(node, "repetitiveMovement", "exercise.repetitiveMovement"),
                flag(node, "newShoes", "exercise.newShoes"),
                choice(node, "drinking", "exercise.drinking", Drinking.class));
    }

    private boolean flag(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return false;
        }
        if (!node.isBoolean()) {
            errors.add(FieldError.of(path, "must be true or false"));
            return false;
        }
        return node.booleanValue();
    }

    private Integer number(JsonNode parent, String name, String path, int max) {
        JsonNode node = parent.get(name);
        if (absent(node)) {
            return null;
        }
        if (!node.isNumber()) {
            errors.add(FieldError.of(path, "must be a whole number from 0 to " + max));
            return null;
        }
        if (!node.canConvertToExactIntegral() || node.decimalValue().signum() < 0
                || node.decimalValue().compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            errors.add(FieldError.of(path, "must be a whole number from 0 to " + max));
            return null;
        }
        return node.intValue();
    }

    private <E extends Enum<E> & Coded> E choice(JsonNode parent, String name, String path, Class<E> type) {
        return value(parent.get(name), path, type);
    }

    private <E extends Enum<E> & Coded> E value(JsonNode node, String path, Class<E> type) {
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(path, "must be a string", Coded.ids(type)));
            return null;
        }
        E value = Coded.parse(type, node.textValue()).orElse(null);
        if (value == null) {
            errors.add(new FieldError(path, "unknown value '" + clip(node.textValue()) + "'", Coded.ids(type)));
        }
        return value;
    }

    private <E extends Enum<E> & Coded> Set<E> set(JsonNode parent, String name, Class<E> type) {
        JsonNode node = parent.get(name);
        Set<E> values = EnumSet.noneOf(type);
        if (absent(node)) {
            return values;
        }
        if (!node.isArray()) {
            errors.add(new FieldError(name, "must be an array of strings", Coded.ids(type)));
            return values;
        }
        for (int i = 0; i < node.size(); i++) {
            E value = value(node.get(i), name + "[" + i + "]", type);
            if (value != null) {
                values.add(value);
            } else if (node.get(i).isNull()) {
                errors.add(new FieldError(name + "[" + i + "]", "must be a string", Coded.ids(type)));
            }
        }
        return values;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Keeps an echoed value short; it goes back only to the client that sent it, never to a log. */
    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
