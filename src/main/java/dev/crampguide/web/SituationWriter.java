package dev.crampguide.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import java.util.Collection;

/**
 * Writes a situation as the request body of {@code POST /v1/guidance}, so that {@link SituationReader} reads it
 * back unchanged. Only what was said is written: false flags, nulls and empty sets are left out, and so is a
 * group (such as {@code exercise}) with nothing said in it.
 */
public final class SituationWriter {

    private SituationWriter() {
    }

    public static ObjectNode write(Situation s) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (SituationField field : SituationFields.ALL) {
            if (!field.isSaid(s)) {
                continue;
            }
            ObjectNode parent = root;
            if (field.group() != null) {
                parent = root.has(field.group()) ? (ObjectNode) root.get(field.group()) : root.putObject(field.group());
            }
            Object value = field.get().apply(s);
            switch (field.kind()) {
                case FLAG -> parent.put(field.name(), true);
                case NUMBER -> parent.put(field.name(), (Integer) value);
                case CHOICE -> parent.put(field.name(), ((Coded) value).id());
                case LIST -> {
                    ArrayNode array = parent.putArray(field.name());
                    for (Object each : (Collection<?>) value) {
                        array.add(((Coded) each).id());
                    }
                }
            }
        }
        return root;
    }
}
