package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates the published interaction model of every locale from one source: {@code infra/alexa/model/
 * interaction-model.json} (intents, samples, slot types, dialog) plus the few extra synonyms each locale lists in
 * {@code infra/alexa/model/locales.json} ("litres", "wee"). {@link InteractionModelsInStepTest} proves the
 * committed files are this output; run it with {@code -Dalexa.models.write=true} to rewrite them.
 */
final class InteractionModels {

    static final Path SOURCE = Path.of("infra/alexa/model/interaction-model.json");
    static final Path LOCALES = Path.of("infra/alexa/model/locales.json");
    static final Path PUBLISHED = Path.of("infra/alexa/interactionModels/custom");

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private InteractionModels() {
    }

    /** Locale → the model's JSON text, in the order {@code locales.json} lists them. */
    static Map<String, String> generate() throws IOException {
        JsonNode source = MAPPER.readTree(SOURCE.toFile());
        JsonNode locales = MAPPER.readTree(LOCALES.toFile());
        Map<String, String> models = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = locales.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> locale = it.next();
            ObjectNode model = source.deepCopy();
            locale.getValue().path("synonyms").fields().forEachRemaining(type ->
                    type.getValue().fields().forEachRemaining(value ->
                            addSynonyms(model, type.getKey(), value.getKey(), value.getValue())));
            models.put(locale.getKey(), MAPPER.writeValueAsString(model) + "\n");
        }
        return models;
    }

    static Path published(String locale) {
        return PUBLISHED.resolve(locale + ".json");
    }

    static void write() throws IOException {
        Files.createDirectories(PUBLISHED);
        for (Map.Entry<String, String> model : generate().entrySet()) {
            Files.writeString(published(model.getKey()), model.getValue(), StandardCharsets.UTF_8);
        }
    }

    private static void addSynonyms(ObjectNode model, String typeName, String id, JsonNode words) {
        for (JsonNode type : model.path("interactionModel").path("languageModel").path("types")) {
            if (!type.path("name").asText().equals(typeName)) {
                continue;
            }
            for (JsonNode value : type.path("values")) {
                if (value.path("id").asText().equals(id)) {
                    ArrayNode synonyms = (ArrayNode) value.path("name").path("synonyms");
                    words.forEach(synonyms::add);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("locales.json names " + typeName + "/" + id + ", which the model lacks");
    }
}
