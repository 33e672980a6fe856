package dev.crampguide.alexa;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Builds request bodies shaped like the ones Alexa sends, slots resolved the way entity resolution does. */
public final class AlexaRequests {

    public static final String SKILL_ID = "amzn1.ask.skill.00000000-test-cramp-guide";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ObjectNode root = MAPPER.createObjectNode();
    private final ObjectNode request;
    private final ObjectNode session;
    private ObjectNode slots;

    private AlexaRequests(String type) {
        root.put("version", "1.0");
        session = root.putObject("session");
        session.put("new", true);
        session.put("sessionId", "amzn1.echo-api.session." + UUID.randomUUID());
        session.putObject("application").put("applicationId", SKILL_ID);
        session.putObject("user").put("userId", "amzn1.ask.account.TEST");
        ObjectNode system = root.putObject("context").putObject("System");
        system.putObject("application").put("applicationId", SKILL_ID);
        system.putObject("user").put("userId", "amzn1.ask.account.TEST");
        system.put("apiEndpoint", "https://api.amazonalexa.com");
        request = root.putObject("request");
        request.put("type", type);
        request.put("requestId", "amzn1.echo-api.request." + UUID.randomUUID());
        timestamp(Instant.now());
        request.put("locale", "en-US");
    }

    public static AlexaRequests launch() {
        return new AlexaRequests("LaunchRequest");
    }

    public static AlexaRequests sessionEnded(String reason) {
        AlexaRequests r = new AlexaRequests("SessionEndedRequest");
        r.request.put("reason", reason);
        return r;
    }

    public static AlexaRequests intent(String name) {
        AlexaRequests r = new AlexaRequests("IntentRequest");
        ObjectNode intent = r.request.putObject("intent");
        intent.put("name", name);
        intent.put("confirmationStatus", "NONE");
        r.slots = intent.putObject("slots");
        r.request.put("dialogState", "STARTED");
        return r;
    }

    public AlexaRequests timestamp(Instant at) {
        request.put("timestamp", at.truncatedTo(ChronoUnit.SECONDS).toString());
        return this;
    }

    public AlexaRequests locale(String locale) {
        request.put("locale", locale);
        return this;
    }

    public AlexaRequests applicationId(String id) {
        ((ObjectNode) root.get("context").get("System").get("application")).put("applicationId", id);
        ((ObjectNode) session.get("application")).put("applicationId", id);
        return this;
    }

    /** Continues a conversation: carries the attributes our previous response returned. */
    public AlexaRequests continuing(JsonNode sessionAttributes) {
        session.put("new", false);
        if (sessionAttributes != null && !sessionAttributes.isNull()) {
            session.set("attributes", sessionAttributes);
        }
        request.put("dialogState", "IN_PROGRESS");
        return this;
    }

    /** A slot the person left unfilled, as Alexa sends it: name only. */
    public AlexaRequests emptySlot(String name) {
        slots.putObject(name).put("name", name).put("confirmationStatus", "NONE");
        return this;
    }

    /** A single-value slot: what was heard, and the id entity resolution matched (null: no match). */
    public AlexaRequests slot(String name, String heard, String resolvedId) {
        ObjectNode slot = slots.putObject(name);
        slot.put("name", name);
        slot.put("value", heard);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        slot.set("resolutions", resolutions(name, heard, resolvedId));
        ObjectNode simple = slot.putObject("slotValue");
        simple.put("type", "Simple");
        simple.put("value", heard);
        simple.set("resolutions", resolutions(name, heard, resolvedId));
        return this;
    }

    /** A slot with multiple values enabled; pairs of (heard, resolved id). */
    public AlexaRequests multiSlot(String name, String... heardAndIds) {
        ObjectNode slot = slots.putObject(name);
        slot.put("name", name);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        ObjectNode list = slot.putObject("slotValue");
        list.put("type", "List");
        ArrayNode values = list.putArray("values");
        for (int i = 0; i < heardAndIds.length; i += 2) {
            ObjectNode simple = values.addObject();
            simple.put("type", "Simple");
            simple.put("value", heardAndIds[i]);
            simple.set("resolutions", resolutions(name, heardAndIds[i], heardAndIds[i + 1]));
        }
        return this;
    }

    /** An AMAZON.DURATION slot: ISO-8601 duration as Alexa resolves "an hour and a half" to PT1H30M. */
    public AlexaRequests durationSlot(String name, String iso) {
        ObjectNode slot = slots.putObject(name);
        slot.put("name", name);
        slot.put("value", iso);
        slot.put("confirmationStatus", "NONE");
        slot.put("source", "USER");
        return this;
    }

    private static ObjectNode resolutions(String slotName, String heard, String resolvedId) {
        ObjectNode resolutions = MAPPER.createObjectNode();
        ObjectNode authority = resolutions.putArray("resolutionsPerAuthority").addObject();
        authority.put("authority", "amzn1.er-authority.echo-sdk." + SKILL_ID + "." + slotName.toUpperCase());
        if (resolvedId == null) {
            authority.putObject("status").put("code", "ER_SUCCESS_NO_MATCH");
        } else {
            authority.putObject("status").put("code", "ER_SUCCESS_MATCH");
            ObjectNode value = authority.putArray("values").addObject().putObject("value");
            value.put("name", resolvedId.replace('_', ' '));
            value.put("id", resolvedId);
        }
        return resolutions;
    }

    public byte[] bytes() {
        try {
            return MAPPER.writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
