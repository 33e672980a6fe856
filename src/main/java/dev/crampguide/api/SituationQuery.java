package dev.crampguide.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.web.problem.FieldError;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns {@code GET /v1/guidance} query parameters into the same JSON tree a POST body gives, so both go
 * through one {@link dev.crampguide.web.SituationReader}. Parameter names are the fields' paths
 * ({@code exercise.hot=true}); list fields take comma-separated values, repeated keys, or both. A single-valued
 * field given twice is an error rather than a silent choice of one. Unknown parameters are ignored, as unknown
 * JSON fields are.
 */
final class SituationQuery {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    /** The JSON tree, and the parameters that were given more than once although they take one value. */
    record Parsed(ObjectNode json, List<FieldError> repeated) {
    }

    private SituationQuery() {
    }

    static Parsed parse(MultivaluedMap<String, String> params) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        List<FieldError> repeated = new java.util.ArrayList<>();
        for (SituationField field : SituationFields.ALL) {
            List<String> values = params.get(field.path());
            if (values == null || values.isEmpty()) {
                continue;
            }
            if (field.kind() != SituationField.Kind.LIST && values.size() > 1) {
                repeated.add(FieldError.of(field.path(), "given " + values.size() + " times; send it once"));
                continue;
            }
            ObjectNode parent = root;
            if (field.group() != null) {
                parent = root.has(field.group()) ? (ObjectNode) root.get(field.group()) : root.putObject(field.group());
            }
            String name = field.name();
            String value = values.get(0).trim();
            switch (field.kind()) {
                case CHOICE -> parent.put(name, value);
                case FLAG -> {
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("false")) {
                        parent.put(name, Boolean.parseBoolean(lower));
                    } else {
                        parent.put(name, value);
                    }
                }
                case NUMBER -> {
                    if (INTEGER.matcher(value).matches()) {
                        parent.put(name, Long.parseLong(value));
                    } else {
                        parent.put(name, value);
                    }
                }
                case LIST -> {
                    ArrayNode list = parent.putArray(name);
                    for (String each : values) {
                        for (String item : each.split(",")) {
                            if (!item.isBlank()) {
                                list.add(item.trim());
                            }
                        }
                    }
                }
            }
        }
        return new Parsed(root, List.copyOf(repeated));
    }
}
