package dev.crampguide.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.web.problem.FieldError;
import dev.crampguide.web.problem.ProblemException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a situation from a JSON tree, collecting every invalid field instead of stopping at the first, so a
 * client can fix its request in one go. Unknown fields are ignored; JSON null means "not said". The fields and
 * their shapes come from {@link SituationFields}; {@link SituationWriter} writes the same shape.
 */
public final class SituationReader {

    private final List<FieldError> errors;

    private SituationReader(List<FieldError> earlier) {
        this.errors = new ArrayList<>(earlier);
    }

    /** @throws ProblemException (400) naming every invalid field */
    public static Situation read(JsonNode root) {
        return read(root, List.of());
    }

    /**
     * Reads a tree whose source already found some errors (a repeated query parameter), reporting those first.
     *
     * @throws ProblemException (400) naming every invalid field
     */
    public static Situation read(JsonNode root, List<FieldError> earlier) {
        SituationReader reader = new SituationReader(earlier);
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
        return new SituationReader(List.of()).situation(root);
    }

    private Situation situation(JsonNode root) {
        if (root == null || !root.isObject()) {
            errors.add(FieldError.of("$", "the body must be a JSON object, for example {}"));
            return Situation.EMPTY;
        }
        Situation.Builder builder = Situation.builder();
        Set<String> badGroups = new HashSet<>();
        for (SituationField field : SituationFields.ALL) {
            JsonNode parent = root;
            String group = field.group();
            if (group != null) {
                parent = root.get(group);
                if (absent(parent)) {
                    continue;
                }
                if (!parent.isObject()) {
                    if (badGroups.add(group)) {
                        errors.add(FieldError.of(group, "must be an object"));
                    }
                    continue;
                }
            }
            read(field, parent.get(field.name()), builder);
        }
        return builder.build();
    }

    private void read(SituationField field, JsonNode node, Situation.Builder builder) {
        if (absent(node)) {
            return;
        }
        switch (field.kind()) {
            case FLAG -> {
                if (node.isBoolean()) {
                    field.set().accept(builder, node.booleanValue());
                } else {
                    errors.add(FieldError.of(field.path(), "must be true or false"));
                }
            }
            case NUMBER -> {
                if (node.isNumber() && node.canConvertToExactIntegral() && node.decimalValue().signum() >= 0
                        && node.decimalValue().compareTo(BigDecimal.valueOf(field.max())) <= 0) {
                    field.set().accept(builder, node.intValue());
                } else {
                    errors.add(FieldError.of(field.path(), "must be a whole number from 0 to " + field.max()));
                }
            }
            case CHOICE -> {
                Coded value = value(field, node, field.path());
                if (value != null) {
                    field.set().accept(builder, value);
                }
            }
            case LIST -> {
                if (!node.isArray()) {
                    errors.add(new FieldError(field.path(), "must be an array of strings", field.ids()));
                    return;
                }
                for (int i = 0; i < node.size(); i++) {
                    String path = field.path() + "[" + i + "]";
                    Coded value = value(field, node.get(i), path);
                    if (value != null) {
                        field.set().accept(builder, value);
                    } else if (node.get(i).isNull()) {
                        errors.add(new FieldError(path, "must be a string", field.ids()));
                    }
                }
            }
        }
    }

    private Coded value(SituationField field, JsonNode node, String path) {
        if (absent(node)) {
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(path, "must be a string", field.ids()));
            return null;
        }
        Coded value = field.value(node.textValue()).orElse(null);
        if (value == null) {
            errors.add(new FieldError(path, "unknown value '" + clip(node.textValue()) + "'", field.ids()));
        }
        return value;
    }

    private static boolean absent(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Keeps an echoed value short; it goes back only to the client that sent it, never to a log. */
    private static String clip(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
