package dev.crampguide.alexa.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.alexa.envelope.Slot.Resolution;
import dev.crampguide.alexa.envelope.Slot.Resolutions;
import dev.crampguide.alexa.envelope.Slot.ResolvedValue;
import dev.crampguide.alexa.envelope.Slot.Status;
import dev.crampguide.alexa.envelope.Slot.ValueWrapper;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.io.File;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The interaction model a skill developer pastes into the console and the code that reads its requests must
 * agree: every intent and slot the code handles exists, every value the model can resolve changes the
 * situation, and a person can name every muscle, warning sign, remedy and background the contract knows.
 */
class InteractionModelTest {

    static final File MODEL = new File("infra/alexa/interactionModels/custom/en-US.json");
    static JsonNode language;
    static JsonNode dialog;

    @BeforeAll
    static void load() throws Exception {
        JsonNode root = new ObjectMapper().readTree(MODEL).get("interactionModel");
        language = root.get("languageModel");
        dialog = root.get("dialog");
    }

    @Test
    void invocationNameIsTwoLowerCaseWords() {
        assertEquals("cramp guide", language.get("invocationName").asText());
    }

    @Test
    void requiredBuiltInIntentsArePresent() {
        Set<String> names = intentNames();
        for (String builtIn : List.of("AMAZON.HelpIntent", "AMAZON.StopIntent", "AMAZON.CancelIntent",
                "AMAZON.FallbackIntent", "AMAZON.NavigateHomeIntent")) {
            assertTrue(names.contains(builtIn), builtIn);
        }
    }

    @Test
    void everyIntentTheSkillHandlesIsInTheModelAndItsAskedSlotIsInTheDialogModel() {
        for (SkillIntent intent : SkillIntent.values()) {
            JsonNode modelIntent = intent(intent.intentName);
            assertNotNull(modelIntent, intent.intentName);
            assertTrue(modelIntent.get("samples").size() >= 5, intent.intentName + " needs sample utterances");
            if (intent.elicitedSlot != null) {
                boolean inDialog = false;
                for (JsonNode d : dialog.get("intents")) {
                    if (d.get("name").asText().equals(intent.intentName)) {
                        for (JsonNode slot : d.get("slots")) {
                            inDialog |= slot.get("name").asText().equals(intent.elicitedSlot);
                        }
                    }
                }
                assertTrue(inDialog, intent.intentName + "." + intent.elicitedSlot + " must be in the dialog model");
                JsonNode slot = slot(modelIntent, intent.elicitedSlot);
                assertNotNull(slot, intent.intentName + " has no slot " + intent.elicitedSlot);
                assertTrue(slot.has("samples"), "answers to the question about " + intent.elicitedSlot
                        + " need slot samples");
            }
        }
    }

    @Test
    void everySlotInTheModelMeansSomethingToTheSkill() {
        Set<String> known = new HashSet<>();
        for (SlotMeaning meaning : SlotMeaning.values()) {
            known.add(meaning.slotName);
        }
        for (JsonNode intent : language.get("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                assertTrue(known.contains(slot.get("name").asText()),
                        intent.get("name").asText() + " slot " + slot.get("name").asText());
            }
        }
    }

    @Test
    void utterancesOnlyNameTheirOwnSlotsAndNoneIsRepeated() {
        Pattern reference = Pattern.compile("\\{(\\w+)}");
        Map<String, String> seen = new HashMap<>();
        for (JsonNode intent : language.get("intents")) {
            Set<String> slots = new HashSet<>();
            intent.path("slots").forEach(s -> slots.add(s.get("name").asText()));
            for (JsonNode sample : intent.get("samples")) {
                String text = sample.asText();
                String words = text.replaceAll("\\{\\w+}", "");
                assertEquals(words.toLowerCase(), words, "lower case: " + text);
                assertFalse(text.matches(".*[0-9,.?!].*"), "no digits or punctuation: " + text);
                Matcher m = reference.matcher(text);
                Set<String> used = new HashSet<>();
                while (m.find()) {
                    assertTrue(slots.contains(m.group(1)), text);
                    assertTrue(used.add(m.group(1)), "slot used twice in: " + text);
                }
                String other = seen.put(text, intent.get("name").asText());
                assertEquals(null, other, "utterance in two intents: " + text);
            }
        }
    }

    @Test
    void everySlotValueResolvesToSomethingTheSkillUnderstands() {
        for (JsonNode intent : language.get("intents")) {
            for (JsonNode slotNode : intent.path("slots")) {
                String type = slotNode.get("type").asText();
                if (type.startsWith("AMAZON.")) {
                    continue;
                }
                SlotMeaning meaning = meaning(slotNode.get("name").asText());
                for (JsonNode value : type(type).get("values")) {
                    String id = value.get("id").asText();
                    if (type.equals("MUSCLE") && id.equals(SlotMeaning.LEG)) {
                        continue; // "my leg": the skill asks which part (SkillDialogTest)
                    }
                    Situation.Builder builder = Situation.builder();
                    assertTrue(meaning.apply(resolved(slotNode.get("name").asText(), id), builder),
                            type + " value '" + id + "' means nothing to slot " + slotNode.get("name").asText());
                    assertFalse(builder.build().equals(Situation.EMPTY), type + " value '" + id + "' changed nothing");
                }
            }
        }
    }

    @Test
    void synonymsAreUniqueWithinEachSlotType() {
        for (JsonNode type : language.get("types")) {
            Set<String> words = new HashSet<>();
            for (JsonNode value : type.get("values")) {
                assertTrue(words.add(value.get("name").get("value").asText()), value.toString());
                for (JsonNode synonym : value.get("name").path("synonyms")) {
                    assertTrue(words.add(synonym.asText()), type.get("name").asText() + ": " + synonym.asText());
                }
            }
        }
    }

    @Test
    void everyContractValueCanBeSaid() {
        // and "leg", which is no muscle of the contract: the skill asks which part
        List<String> muscles = new ArrayList<>(Coded.ids(Muscle.class));
        muscles.add(SlotMeaning.LEG);
        assertCovers("MUSCLE", muscles);
        List<String> symptoms = new ArrayList<>(Coded.ids(Symptom.class));
        symptoms.add(SlotMeaning.SORE); // "tender" alone: ordinary soreness, not a warning sign
        assertCovers("SYMPTOM", symptoms);
        assertCovers("REMEDY", Coded.ids(Remedy.class));
        assertCovers("FACTOR", Coded.ids(Factor.class));
    }

    @Test
    void theArticlesPhrasesAreUnderstood() {
        assertSynonym("MUSCLE", "hamstring", "back of my thigh");
        assertSynonym("MUSCLE", "foot", "arch of my foot");
        assertSynonym("MUSCLE", "calf", "calves");
        assertSynonym("SYMPTOM", "numbness", "pins and needles");
        assertSynonym("SYMPTOM", "one_leg_swollen", "swollen leg");
        assertSynonym("SYMPTOM", "sore_afterwards", "tender");
        assertSynonym("SYMPTOM", "one_leg_very_tender", "tender to the touch in one leg");
    }

    private static void assertCovers(String type, List<String> ids) {
        Set<String> present = new HashSet<>();
        type(type).get("values").forEach(v -> present.add(v.get("id").asText()));
        assertEquals(new HashSet<>(ids), present, type);
    }

    private static void assertSynonym(String type, String id, String phrase) {
        for (JsonNode value : type(type).get("values")) {
            if (value.get("id").asText().equals(id)) {
                boolean found = value.get("name").get("value").asText().equals(phrase);
                for (JsonNode s : value.get("name").path("synonyms")) {
                    found |= s.asText().equals(phrase);
                }
                assertTrue(found, type + " " + id + " should understand '" + phrase + "'");
                return;
            }
        }
        throw new AssertionError(type + " has no value " + id);
    }

    private static Slot resolved(String name, String id) {
        Resolutions resolutions = new Resolutions(List.of(new Resolution("amzn1.er-authority.test",
                new Status("ER_SUCCESS_MATCH"), List.of(new ValueWrapper(new ResolvedValue(id, id))))));
        return new Slot(name, id, "NONE", resolutions, null);
    }

    private static SlotMeaning meaning(String slotName) {
        for (SlotMeaning meaning : SlotMeaning.values()) {
            if (meaning.slotName.equals(slotName)) {
                return meaning;
            }
        }
        throw new AssertionError("no meaning for slot " + slotName);
    }

    private static Set<String> intentNames() {
        Set<String> names = new HashSet<>();
        language.get("intents").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }

    private static JsonNode intent(String name) {
        for (JsonNode intent : language.get("intents")) {
            if (intent.get("name").asText().equals(name)) {
                return intent;
            }
        }
        return null;
    }

    private static JsonNode slot(JsonNode intent, String name) {
        for (JsonNode slot : intent.path("slots")) {
            if (slot.get("name").asText().equals(name)) {
                return slot;
            }
        }
        return null;
    }

    private static JsonNode type(String name) {
        for (JsonNode type : language.get("types")) {
            if (type.get("name").asText().equals(name)) {
                return type;
            }
        }
        throw new AssertionError("no slot type " + name);
    }
}
