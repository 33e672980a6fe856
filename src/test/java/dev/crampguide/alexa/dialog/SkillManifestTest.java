package dev.crampguide.alexa.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What certification checks in the skill manifest: one entry per published locale, a description that says the
 * skill gives general information, is no substitute for professional medical advice and names the local emergency
 * number, example phrases a person can really say (each one matches a sample utterance of that locale's model),
 * and no personal data.
 */
class SkillManifestTest {

    static JsonNode manifest;

    @BeforeAll
    static void load() throws IOException {
        manifest = new ObjectMapper().readTree(new File("infra/alexa/skill.json")).get("manifest");
    }

    @Test
    void everyPublishedLocaleHasAModelAndTheLocalEmergencyNumber() {
        JsonNode locales = manifest.at("/publishingInformation/locales");
        List<String> names = new ArrayList<>();
        locales.fieldNames().forEachRemaining(names::add);
        assertEquals(new TreeSet<>(ModelSynonyms.LOCALES), new TreeSet<>(names));
        for (String locale : names) {
            String description = locales.get(locale).get("description").asText();
            assertTrue(description.contains("general information"), locale);
            assertTrue(description.contains("not a substitute for professional medical advice"), locale);
            assertTrue(description.contains("call your local emergency number ("
                    + Prompts.emergencyNumber(locale).orElseThrow() + ")"), locale + ": " + description);
            assertTrue(locales.get(locale).get("summary").asText().length() <= 160, locale);
            assertEquals("Cramp Guide", locales.get(locale).get("name").asText());
        }
    }

    @Test
    void examplePhrasesAreInTheModelOfTheirLocale() throws IOException {
        for (Iterator<String> it = manifest.at("/publishingInformation/locales").fieldNames(); it.hasNext();) {
            String locale = it.next();
            JsonNode model = new ObjectMapper().readTree(InteractionModels.published(locale).toFile());
            JsonNode language = model.at("/interactionModel/languageModel");
            ModelSynonyms words = ModelSynonyms.of(model);
            JsonNode phrases = manifest.at("/publishingInformation/locales/" + locale + "/examplePhrases");
            assertTrue(phrases.size() >= 1 && phrases.size() <= 3, "Alexa shows at most three");
            for (JsonNode phrase : phrases) {
                Matcher m = Pattern.compile("Alexa, (open|ask|tell) "
                        + Pattern.quote(language.get("invocationName").asText()) + "(?: (.+))?").matcher(phrase.asText());
                assertTrue(m.matches(), "invokes the skill by its invocation name: " + phrase.asText());
                if (m.group(2) != null) {
                    assertNotNull(matchingIntent(language, words, m.group(2)), "no sample utterance says: " + phrase);
                }
            }
        }
    }

    @Test
    void certificationSettings() {
        JsonNode privacy = manifest.get("privacyAndCompliance");
        assertFalse(privacy.get("usesPersonalInfo").asBoolean(), "nothing personal is stored");
        assertFalse(privacy.get("isChildDirected").asBoolean());
        assertFalse(privacy.get("containsAds").asBoolean());
        assertEquals("HEALTH_AND_FITNESS", manifest.at("/publishingInformation/category").asText());
        assertTrue(manifest.at("/publishingInformation/testingInstructions").asText().contains("stores nothing"));
        assertTrue(manifest.at("/apis/custom/endpoint/uri").asText().endsWith("/v1/alexa"));
    }

    /** The intent one of whose samples says these words, every slot filled with a value or synonym of its type. */
    private static String matchingIntent(JsonNode language, ModelSynonyms words, String said) {
        String spoken = said.toLowerCase(Locale.ROOT);
        for (JsonNode intent : language.get("intents")) {
            for (JsonNode sample : intent.path("samples")) {
                List<String> slots = new ArrayList<>();
                Matcher slot = Pattern.compile("\\{(\\w+)}").matcher(sample.asText());
                StringBuilder regex = new StringBuilder();
                int end = 0;
                while (slot.find()) {
                    regex.append(Pattern.quote(sample.asText().substring(end, slot.start()))).append("(.+)");
                    slots.add(slot.group(1));
                    end = slot.end();
                }
                regex.append(Pattern.quote(sample.asText().substring(end)));
                Matcher m = Pattern.compile(regex.toString()).matcher(spoken);
                if (m.matches()) {
                    boolean valid = true;
                    for (int i = 0; i < slots.size(); i++) {
                        valid &= words.id(slots.get(i), m.group(i + 1)) != null;
                    }
                    if (valid) {
                        return intent.get("name").asText();
                    }
                }
            }
        }
        return null;
    }
}
