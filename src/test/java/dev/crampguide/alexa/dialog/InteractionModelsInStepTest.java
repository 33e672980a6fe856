package dev.crampguide.alexa.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published interaction models stay in step with their one source, with each other and with the code: the
 * committed files are exactly the generator's output, every locale has the same intents, slots and value ids,
 * the locales are the ones the skill has emergency numbers for, and the classpath copy the skill reads its
 * synonyms from is the published one.
 */
class InteractionModelsInStepTest {

    static Map<String, String> generated;

    @BeforeAll
    static void generate() throws IOException {
        if (Boolean.getBoolean("alexa.models.write")) {
            InteractionModels.write();
        }
        generated = InteractionModels.generate();
    }

    @Test
    void committedModelsAreTheGeneratorsOutput() throws IOException {
        for (Map.Entry<String, String> model : generated.entrySet()) {
            assertEquals(model.getValue(), Files.readString(InteractionModels.published(model.getKey())),
                    model.getKey() + " is stale: run ./mvnw test -Dtest=InteractionModelsInStepTest "
                            + "-Dalexa.models.write=true");
        }
        try (var files = Files.list(InteractionModels.PUBLISHED)) {
            assertEquals(new TreeSet<>(generated.keySet()), new TreeSet<>(files
                    .map(f -> f.getFileName().toString().replace(".json", "")).toList()), "no stray model");
        }
    }

    @Test
    void everyLocaleTheSkillServesHasAModelAndAnEmergencyNumber() {
        assertEquals(new TreeSet<>(ModelSynonyms.LOCALES), new TreeSet<>(generated.keySet()));
        for (String locale : ModelSynonyms.LOCALES) {
            assertTrue(Prompts.emergencyNumber(locale).isPresent(), locale);
        }
    }

    @Test
    void everyLocaleHasTheSameIntentsSlotsAndValues() throws IOException {
        String reference = null;
        for (Map.Entry<String, String> model : generated.entrySet()) {
            String shape = shape(new ObjectMapper().readTree(model.getValue()));
            if (reference == null) {
                reference = shape;
            }
            assertEquals(reference, shape, model.getKey());
        }
    }

    @Test
    void theSkillReadsThePublishedModels() throws IOException {
        for (Map.Entry<String, String> model : generated.entrySet()) {
            try (InputStream in = getClass().getClassLoader()
                    .getResourceAsStream("alexa/models/" + model.getKey() + ".json")) {
                assertEquals(model.getValue(), new String(in.readAllBytes(), StandardCharsets.UTF_8), model.getKey());
            }
        }
    }

    @Test
    void localeSynonymsAreUnderstood() {
        assertEquals("large_plain_water", ModelSynonyms.forLocale("en-GB").id("drink", "litres of water"));
        assertEquals("dark_urine", ModelSynonyms.forLocale("en-GB").id("symptom", "Dark wee"));
        assertEquals(null, ModelSynonyms.forLocale("en-US").id("symptom", "dark wee"));
        assertEquals("one_leg_swollen", ModelSynonyms.forLocale("fr-FR").id("symptom", "swollen"), "falls back to en-US");
    }

    /** Intents with their slot names and types, and slot types with their value ids, sorted. */
    private static String shape(JsonNode model) {
        JsonNode language = model.path("interactionModel").path("languageModel");
        Map<String, List<String>> shape = new TreeMap<>();
        for (JsonNode intent : language.path("intents")) {
            List<String> slots = new ArrayList<>();
            intent.path("slots").forEach(s -> slots.add(s.path("name").asText() + ":" + s.path("type").asText()));
            shape.put("intent " + intent.path("name").asText(), slots);
        }
        for (JsonNode type : language.path("types")) {
            List<String> ids = new ArrayList<>();
            type.path("values").forEach(v -> ids.add(v.path("id").asText()));
            shape.put("type " + type.path("name").asText(), ids);
        }
        shape.put("invocation", List.of(language.path("invocationName").asText()));
        return shape.toString();
    }
}
