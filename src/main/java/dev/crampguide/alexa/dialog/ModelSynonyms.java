package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.alexa.envelope.Slot.Resolution;
import dev.crampguide.alexa.envelope.Slot.Resolutions;
import dev.crampguide.alexa.envelope.Slot.ResolvedValue;
import dev.crampguide.alexa.envelope.Slot.SlotValue;
import dev.crampguide.alexa.envelope.Slot.Status;
import dev.crampguide.alexa.envelope.Slot.ValueWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The slot values and synonyms of the interaction models the skill ships with (classpath
 * {@code alexa/models/<locale>.json}, copied from {@code infra/alexa/interactionModels/custom} by the build), so
 * the words the skill understands when Alexa's entity resolution is missing or failed are exactly the words the
 * published model lists. Read once, on first use.
 */
final class ModelSynonyms {

    static final List<String> LOCALES = List.of("en-US", "en-GB", "en-CA", "en-AU", "en-IN");
    static final String DEFAULT_LOCALE = "en-US";
    static final String MATCH = "ER_SUCCESS_MATCH";
    private static final String AUTHORITY = "cramp-guide.interaction-model";

    private static final class Loaded {
        static final Map<String, ModelSynonyms> BY_LOCALE = loadAll();
    }

    /** slot name → spoken words (lower case) → value id. */
    private final Map<String, Map<String, String>> bySlot;

    private ModelSynonyms(Map<String, Map<String, String>> bySlot) {
        this.bySlot = bySlot;
    }

    static ModelSynonyms forLocale(String locale) {
        ModelSynonyms model = locale == null ? null : Loaded.BY_LOCALE.get(locale);
        return model != null ? model : Loaded.BY_LOCALE.get(DEFAULT_LOCALE);
    }

    /** The value id a slot's words stand for in the model, or null. */
    String id(String slotName, String heard) {
        Map<String, String> words = bySlot.get(slotName);
        return words == null || heard == null ? null : words.get(normalise(heard));
    }

    /** The intent with every unresolved slot value that is a model value or synonym resolved to its id. */
    Intent resolve(Intent intent) {
        if (intent == null || intent.slots() == null) {
            return intent;
        }
        Map<String, Slot> slots = new LinkedHashMap<>();
        intent.slots().forEach((name, slot) -> slots.put(name, slot == null ? null : resolve(name, slot)));
        return new Intent(intent.name(), intent.confirmationStatus(), slots);
    }

    private Slot resolve(String name, Slot slot) {
        SlotValue slotValue = slot.slotValue();
        if (slotValue != null && slotValue.values() != null) {
            List<SlotValue> values = new ArrayList<>();
            for (SlotValue value : slotValue.values()) {
                values.add(value == null ? null : new SlotValue(value.type(), value.value(),
                        resolve(name, value.value(), value.resolutions()), value.values()));
            }
            slotValue = new SlotValue(slotValue.type(), slotValue.value(), slotValue.resolutions(), values);
        } else if (slotValue != null) {
            slotValue = new SlotValue(slotValue.type(), slotValue.value(),
                    resolve(name, slotValue.value(), slotValue.resolutions()), null);
        }
        return new Slot(slot.name(), slot.value(), slot.confirmationStatus(),
                resolve(name, slot.value(), slot.resolutions()), slotValue);
    }

    private Resolutions resolve(String slotName, String heard, Resolutions resolutions) {
        if (matched(resolutions)) {
            return resolutions;
        }
        String id = id(slotName, heard);
        if (id == null) {
            return resolutions;
        }
        return new Resolutions(List.of(new Resolution(AUTHORITY, new Status(MATCH),
                List.of(new ValueWrapper(new ResolvedValue(heard, id))))));
    }

    private static boolean matched(Resolutions resolutions) {
        if (resolutions == null || resolutions.resolutionsPerAuthority() == null) {
            return false;
        }
        for (Resolution r : resolutions.resolutionsPerAuthority()) {
            if (r != null && r.status() != null && MATCH.equals(r.status().code()) && r.values() != null
                    && !r.values().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    static String normalise(String words) {
        return words.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static Map<String, ModelSynonyms> loadAll() {
        Map<String, ModelSynonyms> models = new HashMap<>();
        ObjectMapper mapper = new ObjectMapper();
        for (String locale : LOCALES) {
            String resource = "alexa/models/" + locale + ".json";
            try (InputStream in = ModelSynonyms.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("interaction model " + resource + " is not on the classpath");
                }
                models.put(locale, of(mapper.readTree(in)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + resource, e);
            }
        }
        return Map.copyOf(models);
    }

    static ModelSynonyms of(JsonNode model) {
        JsonNode language = model.path("interactionModel").path("languageModel");
        Map<String, Map<String, String>> byType = new HashMap<>();
        for (JsonNode type : language.path("types")) {
            Map<String, String> words = new HashMap<>();
            for (JsonNode value : type.path("values")) {
                String id = value.path("id").asText();
                words.put(normalise(value.path("name").path("value").asText()), id);
                value.path("name").path("synonyms").forEach(s -> words.put(normalise(s.asText()), id));
            }
            byType.put(type.path("name").asText(), Map.copyOf(words));
        }
        Map<String, Map<String, String>> bySlot = new HashMap<>();
        for (JsonNode intent : language.path("intents")) {
            for (JsonNode slot : intent.path("slots")) {
                Map<String, String> words = byType.get(slot.path("type").asText());
                if (words != null) {
                    bySlot.put(slot.path("name").asText(), words);
                }
            }
        }
        return new ModelSynonyms(Map.copyOf(bySlot));
    }
}
