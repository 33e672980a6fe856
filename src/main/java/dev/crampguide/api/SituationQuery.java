package dev.crampguide.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns {@code GET /v1/guidance} query parameters into the same JSON tree a POST body gives, so both go
 * through one {@link SituationReader}. Exercise fields use dotted names ({@code exercise.hot=true}); list
 * fields are comma-separated and may repeat. Unknown parameters are ignored, as unknown JSON fields are.
 */
final class SituationQuery {

    private enum Kind { TEXT, FLAG, NUMBER, LIST }

    private static final Map<String, Kind> FIELDS = Map.ofEntries(
            Map.entry("muscle", Kind.TEXT), Map.entry("when", Kind.TEXT),
            Map.entry("crampingNow", Kind.FLAG), Map.entry("stillLocked", Kind.FLAG),
            Map.entry("soreAfterwards", Kind.FLAG), Map.entry("recurring", Kind.FLAG),
            Map.entry("factors", Kind.LIST), Map.entry("symptoms", Kind.LIST), Map.entry("considering", Kind.LIST),
            Map.entry("age", Kind.NUMBER),
            Map.entry("exercise.hot", Kind.FLAG), Map.entry("exercise.heavySweating", Kind.FLAG),
            Map.entry("exercise.durationMinutes", Kind.NUMBER), Map.entry("exercise.harderThanTrained", Kind.FLAG),
            Map.entry("exercise.recentLoadIncrease", Kind.FLAG), Map.entry("exercise.hillsOrDownhill", Kind.FLAG),
            Map.entry("exercise.returningAfterBreak", Kind.FLAG), Map.entry("exercise.repetitiveMovement", Kind.FLAG),
            Map.entry("exercise.newShoes", Kind.FLAG), Map.entry("exercise.drinking", Kind.TEXT));

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

    private SituationQuery() {
    }

    static ObjectNode toJson(MultivaluedMap<String, String> params) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        ObjectNode root = json.objectNode();
        params.forEach((name, values) -> {
            Kind kind = FIELDS.get(name);
            if (kind == null || values.isEmpty()) {
                return;
            }
            ObjectNode parent = root;
            String field = name;
            if (name.startsWith("exercise.")) {
                parent = root.has("exercise") ? (ObjectNode) root.get("exercise") : root.putObject("exercise");
                field = name.substring("exercise.".length());
            }
            String value = values.get(values.size() - 1).trim();
            switch (kind) {
                case TEXT -> parent.put(field, value);
                case FLAG -> {
                    String lower = value.toLowerCase(Locale.ROOT);
                    if (lower.equals("true") || lower.equals("false")) {
                        parent.put(field, Boolean.parseBoolean(lower));
                    } else {
                        parent.put(field, value);
                    }
                }
                case NUMBER -> {
                    if (INTEGER.matcher(value).matches()) {
                        parent.put(field, Long.parseLong(value));
                    } else {
                        parent.put(field, value);
                    }
                }
                case LIST -> {
                    ArrayNode list = parent.putArray(field);
                    for (String each : values) {
                        for (String item : List.of(each.split(","))) {
                            if (!item.isBlank()) {
                                list.add(item.trim());
                            }
                        }
                    }
                }
            }
        });
        return root;
    }
}
