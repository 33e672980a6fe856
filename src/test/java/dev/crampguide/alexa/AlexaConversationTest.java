package dev.crampguide.alexa;

import static dev.crampguide.alexa.AlexaClient.send;
import static dev.crampguide.alexa.AlexaClient.sendRaw;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crampguide.guide.Guide;
import dev.crampguide.table.Row;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Golden conversations, each request signed with the test PKI and sent through the Lambda mock event server,
 * so verification is on exactly as in production. Expected sentences come from the guidance table itself.
 */
@QuarkusTest
@TestProfile(SignedAlexaProfile.class)
class AlexaConversationTest {

    static final int MAX_SPOKEN_WORDS = 75;
    /** The contract's screening questions, in the order they are asked. */
    static final List<String> SCREENING = List.of("urgent_signs", "other_signs", "pattern", "medicines");

    @Inject
    Guide guide;

    @Test
    void launchThenCalfCrampingNowGivesTheStretch() {
        JsonNode welcome = send(AlexaRequests.launch());
        assertOpen(welcome);
        assertTrue(speech(welcome).contains("What happened?"), speech(welcome));

        JsonNode asked = send(AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf")
                .continuing(welcome.path("sessionAttributes")));
        assertFalse(speech(asked).contains(row("lengthen_calf")), "no advice before the urgent check: " + speech(asked));
        assertTrue(speech(asked).endsWith(question("urgent_signs")), speech(asked));
        JsonNode answer = noUrgentSigns(asked);
        assertOpen(answer);
        assertSpeaks(answer, "lengthen_calf");
        assertSpeakable(answer);
        assertCardHolds(answer, "lengthen_calf");
        assertTrue(card(answer).contains(guide.answer(dev.crampguide.situation.Situation.EMPTY).disclaimer()));
    }

    @Test
    void nightCrampsAndMagnesiumAnswersTheMagnesiumQuestion() {
        JsonNode answer = noUrgentSigns(send(AlexaRequests.intent("NightCrampIntent")
                .slot("remedy", "magnesium", "magnesium")));
        assertOpen(answer);
        assertSpeaks(answer, "magnesium_not_default");
        assertSpeakable(answer);
        assertCardHolds(answer, "magnesium_not_default");
        assertCardHolds(answer, "bedtime_stretch_routine");
        assertTrue(card(answer).contains("Cochrane"), card(answer));
    }

    @Test
    void swollenRedLegGetsPromptMedicalAdviceFirst() {
        JsonNode answer = send(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "swollen", "one_leg_swollen", "red", "one_leg_red"));
        assertOpen(answer);
        assertEquals("Cramp Guide: " + guide.table().message("voice.level.prompt_medical_advice"),
                answer.at("/response/card/title").asText());
        assertSpeaks(answer, "possible_blood_clot");
        assertSpeakable(answer);
    }

    @Test
    void swollenLegAndShortOfBreathIsAnEmergencyAndEndsTheSession() {
        JsonNode answer = send(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "swollen leg", "one_leg_swollen", "short of breath", "short_of_breath"));
        assertEmergency(answer);
    }

    @Test
    void shortOfBreathAddedLaterRaisesASwollenLegToAnEmergency() {
        JsonNode first = send(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom", "swollen", "one_leg_swollen"));
        assertOpen(first);
        assertEquals("Cramp Guide: " + guide.table().message("voice.level.prompt_medical_advice"),
                first.at("/response/card/title").asText());

        JsonNode second = send(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "short of breath", "short_of_breath")
                .continuing(first.path("sessionAttributes")));
        assertEmergency(second);
    }

    @Test
    void helpStopCancelAndFallback() {
        JsonNode help = send(AlexaRequests.intent("AMAZON.HelpIntent"));
        assertOpen(help);
        assertTrue(speech(help).contains("magnesium"), speech(help));

        JsonNode stop = send(AlexaRequests.intent("AMAZON.StopIntent"));
        assertTrue(stop.at("/response/shouldEndSession").asBoolean());
        assertFalse(stop.at("/response").has("reprompt"));

        JsonNode cancel = send(AlexaRequests.intent("AMAZON.CancelIntent"));
        assertTrue(cancel.at("/response/shouldEndSession").asBoolean());

        JsonNode fallback = send(AlexaRequests.intent("AMAZON.FallbackIntent"));
        assertOpen(fallback);
        assertTrue(speech(fallback).startsWith("Sorry"), speech(fallback));
    }

    @Test
    void missingMuscleIsAskedForOnceThenFilled() {
        JsonNode question = send(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle"));
        assertOpen(question);
        assertEquals("Dialog.ElicitSlot", question.at("/response/directives/0/type").asText());
        assertEquals("muscle", question.at("/response/directives/0/slotToElicit").asText());
        assertEquals("CrampNowIntent", question.at("/response/directives/0/updatedIntent/name").asText());
        assertTrue(speech(question).startsWith("Which muscle"), speech(question));

        JsonNode filled = send(AlexaRequests.intent("CrampNowIntent").slot("muscle", "back of my thigh", "hamstring")
                .continuing(question.path("sessionAttributes")));
        assertNotEquals("muscle", filled.at("/response/directives/0/slotToElicit").asText());
        JsonNode answer = noUrgentSigns(filled);
        assertOpen(answer);
        assertSpeaks(answer, "lengthen_hamstring");
        assertSpeakable(answer);
    }

    @Test
    void missingMuscleIsNotAskedTwice() {
        JsonNode question = send(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle"));
        JsonNode answer = send(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle")
                .continuing(question.path("sessionAttributes")));
        assertOpen(answer);
        assertNotEquals("muscle", answer.at("/response/directives/0/slotToElicit").asText(), "asked once only");
        assertTrue(answer.at("/response/card/content").asText().length() > 0);
        assertSpeakable(answer);
    }

    @Test
    void sessionEndedGetsAnEmptyResponse() {
        JsonNode ended = send(AlexaRequests.sessionEnded("USER_INITIATED"));
        assertEquals("1.0", ended.path("version").asText());
        assertEquals(0, ended.path("response").size());
    }

    @Test
    void unsignedOrForeignRequestsAreRefusedWithTheSameBareProblem() {
        byte[] body = AlexaRequests.launch().bytes();
        String unsigned = io.restassured.RestAssured.given().contentType("application/json").body(body)
                .post("/v1/alexa")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).extract().asString();

        String foreign = sendRaw(AlexaRequests.launch().applicationId("amzn1.ask.skill.someone-else"))
                .then().statusCode(400).contentType("application/problem+json").extract().asString();
        assertEquals(unsigned, foreign, "no hint which check failed");

        String stale = sendRaw(AlexaRequests.launch().timestamp(java.time.Instant.now().minusSeconds(600)))
                .then().statusCode(400).extract().asString();
        assertEquals(unsigned, stale);
    }

    @Test
    void anUnrecognisedSymptomReadsOutTheWarningSignsAndKeepsListening() {
        for (int time = 0; time < 2; time++) {
            JsonNode first = send(AlexaRequests.intent("WarningSignIntent").slot("symptom", "funny feeling", null));
            JsonNode answer = time == 0 ? first : send(AlexaRequests.intent("WarningSignIntent")
                    .slot("symptom", "funny feeling", null).continuing(first.path("sessionAttributes")));
            assertOpen(answer);
            String said = speech(answer);
            assertTrue(said.startsWith(message("voice.symptom_not_caught")), said);
            assertTrue(said.contains(message("voice.warning_signs").replace("{number}", "911")), said);
            assertFalse(said.contains(message("lead.self_care")), "an unknown symptom is not 'no warning sign'");
            assertEquals("symptom", answer.at("/response/directives/0/slotToElicit").asText());
            assertSpeakable(answer);
        }
    }

    @Test
    void wordsOfTheShippedModelCountWhenResolutionFails() {
        JsonNode answer = send(AlexaRequests.intent("WarningSignIntent").slot("symptom", "Swollen", null));
        assertSpeaks(answer, "possible_blood_clot");
    }

    @Test
    void noToTheSkillsQuestionContinuesWithTheAnswer() {
        JsonNode question = send(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle"));
        JsonNode answer = send(AlexaRequests.intent("AMAZON.NoIntent").continuing(question.path("sessionAttributes")));
        assertOpen(answer);
        for (String screening : SCREENING) {
            assertTrue(speech(answer).endsWith(question(screening)), speech(answer));
            answer = send(AlexaRequests.intent("AMAZON.NoIntent").continuing(answer.path("sessionAttributes")));
            assertOpen(answer);
        }
        assertTrue(speech(answer).endsWith(message("voice.anything_else")) || !answer.at("/sessionAttributes/pending")
                .isMissingNode(), speech(answer));
        while (!answer.at("/sessionAttributes/pending/question").asText().equals("anything_else")) {
            answer = send(AlexaRequests.intent("AMAZON.NoIntent").continuing(answer.path("sessionAttributes")));
            assertOpen(answer);
        }

        JsonNode done = send(AlexaRequests.intent("AMAZON.NoIntent").continuing(answer.path("sessionAttributes")));
        assertTrue(done.at("/response/shouldEndSession").asBoolean());
        assertTrue(speech(done).startsWith(message("voice.recap")), speech(done));
        assertTrue(speech(done).contains(row("stop_and_breathe")) || speech(done).contains(row("lengthen_muscle")),
                speech(done));
    }

    @Test
    void theEmergencyNumberIsTheLocalOne() {
        for (String[] locale : new String[][] {{"en-US", "911"}, {"en-CA", "911"}, {"en-GB", "999"},
                {"en-AU", "000"}, {"en-IN", "112"}, {"de-DE", message("voice.emergency_number_unknown")}}) {
            JsonNode answer = send(AlexaRequests.intent("WarningSignIntent").locale(locale[0])
                    .multiSlot("symptom", "swollen leg", "one_leg_swollen", "short of breath", "short_of_breath"));
            assertTrue(speech(answer).startsWith("Call " + locale[1] + " now."), locale[0] + ": " + speech(answer));
            assertTrue(card(answer).startsWith("Call " + locale[1] + " now."), card(answer));
        }
    }

    @Test
    void durationsInEveryFormAlexaSendsAreUnderstoodAndNotAskedAgain() {
        for (String iso : new String[] {"PT1.5H", "PT90M", "PT1H30M"}) {
            JsonNode asked = send(AlexaRequests.intent("ExerciseCrampIntent").slot("muscle", "calf", "calf")
                    .durationSlot("duration", iso));
            assertNotEquals("duration", asked.at("/response/directives/0/slotToElicit").asText(), iso + " is an answer");
            assertCardHolds(noUrgentSigns(asked), "plan_fluid_and_sodium");
        }
        JsonNode week = send(AlexaRequests.intent("ExerciseCrampIntent").slot("muscle", "calf", "calf")
                .durationSlot("duration", "P1W"));
        assertNotEquals("duration", week.at("/response/directives/0/slotToElicit").asText(),
                "never asked again for what was just answered");
        assertTrue(speech(week).startsWith(message("voice.duration_too_long")), speech(week));
        assertSpeakable(week);
    }

    @Test
    void anAgeAloneGivesGuidanceAndAsksTheSafetyQuestionsBeforeWhatHappened() {
        JsonNode answer = send(AlexaRequests.intent("BackgroundIntent").durationSlot("age", "70"));
        assertOpen(answer);
        assertTrue(card(answer).contains(guide.answer(dev.crampguide.situation.Situation.builder().age(70)
                .build()).summary()), card(answer));
        assertTrue(speech(answer).endsWith(question("urgent_signs")), speech(answer));
    }

    @Test
    void tenderAloneIsSorenessButTenderToTheTouchInOneLegIsTheClotSign() {
        JsonNode sore = noUrgentSigns(send(AlexaRequests.intent("WarningSignIntent")
                .slot("symptom", "tender", "sore_afterwards")));
        assertFalse(card(sore).contains(guide.table().row("possible_blood_clot").orElseThrow().title()), card(sore));
        assertCardHolds(sore, "ice_if_sore");

        JsonNode clot = send(AlexaRequests.intent("WarningSignIntent")
                .slot("symptom", "tender to the touch in one leg", null));
        assertSpeaks(clot, "possible_blood_clot");
    }

    @Test
    void repeatSaysTheLastAnswerAgain() {
        JsonNode answer = send(AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf"));
        JsonNode again = send(AlexaRequests.intent("AMAZON.RepeatIntent").continuing(answer.path("sessionAttributes")));
        assertOpen(again);
        assertEquals(answer.at("/response/outputSpeech/ssml").asText(), again.at("/response/outputSpeech/ssml").asText());
    }

    @Test
    void manyWarningSignsStillFitInThirtySeconds() {
        JsonNode answer = send(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom",
                "swollen", "one_leg_swollen", "numb", "numbness", "chest pain", "chest_pain",
                "calf pain when i walk", "pain_walking_eases_with_rest", "better when i sit down",
                "worse_walking_better_sitting_or_bending_forward", "severe", "severe"));
        assertSpeakable(answer);
        assertTrue(speech(answer).startsWith("Call 911 now."), speech(answer));

        JsonNode notEmergency = send(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom",
                "swollen", "one_leg_swollen", "numb", "numbness", "calf pain when i walk",
                "pain_walking_eases_with_rest", "better when i sit down",
                "worse_walking_better_sitting_or_bending_forward", "severe", "severe"));
        assertSpeakable(notEmergency);
        assertSpeaks(notEmergency, "possible_blood_clot");
        // the safety question, which may find an emergency, goes before the pointer to the card that lists them
        assertTrue(speech(notEmergency).endsWith(question("urgent_signs")), speech(notEmergency));
        for (String flag : List.of("possible_blood_clot", "neurological_symptoms", "possible_circulation_problem",
                "possible_nerve_compression", "persistent_or_severe")) {
            assertTrue(card(notEmergency).contains(guide.table().row(flag).orElseThrow().title()), flag);
        }
    }

    private String message(String key) {
        return guide.table().message(key);
    }

    private String question(String id) {
        return guide.table().questions().all().stream().filter(q -> q.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("table has no question " + id)).spoken();
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private String row(String id) {
        Row row = guide.table().row(id).orElseThrow(() -> new AssertionError("table has no row " + id));
        return row.spoken();
    }

    private void assertSpeaks(JsonNode response, String rowId) {
        assertTrue(speech(response).contains(row(rowId)), "speech should say " + rowId + ": " + speech(response));
    }

    private void assertCardHolds(JsonNode response, String rowId) {
        Row row = guide.table().row(rowId).orElseThrow();
        assertTrue(card(response).contains(row.text()), "card should hold " + rowId + ": " + card(response));
    }

    private void assertEmergency(JsonNode answer) {
        assertTrue(speech(answer).startsWith("Call 911 now."), speech(answer));
        assertTrue(answer.at("/response/shouldEndSession").asBoolean(), "the session ends");
        assertFalse(answer.at("/response").has("reprompt"));
        assertEquals("Cramp Guide: " + guide.table().message("voice.level.emergency"),
                answer.at("/response/card/title").asText());
        assertSpeaks(answer, "clot_with_chest_or_breathing");
        assertTrue(card(answer).startsWith("Call 911 now."), card(answer));
        assertSpeakable(answer);
    }

    static void assertOpen(JsonNode response) {
        assertFalse(response.at("/response/shouldEndSession").asBoolean(true), "the session stays open");
        assertTrue(response.at("/response/reprompt/outputSpeech/ssml").asText().startsWith("<speak>"));
    }

    /** "No" to the urgent warning signs the answer asked about: advice comes once they have been asked about. */
    JsonNode noUrgentSigns(JsonNode asked) {
        assertTrue(speech(asked).endsWith(question("urgent_signs")), "the urgent check comes first: " + speech(asked));
        return send(AlexaRequests.intent("AMAZON.NoIntent").continuing(asked.path("sessionAttributes")));
    }

    static void assertSpeakable(JsonNode response) {
        String text = speech(response);
        int words = text.trim().split("\\s+").length;
        assertTrue(words <= MAX_SPOKEN_WORDS, words + " words is more than about 30 seconds: " + text);
    }

    static String speech(JsonNode response) {
        JsonNode speech = response.at("/response/outputSpeech");
        assertEquals("SSML", speech.path("type").asText());
        String ssml = speech.path("ssml").asText();
        assertTrue(ssml.startsWith("<speak>") && ssml.endsWith("</speak>"), ssml);
        return ssml.replaceAll("<[^>]+>", " ").replace("&apos;", "'").replace("&quot;", "\"")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replaceAll("\\s+", " ").trim();
    }

    static String card(JsonNode response) {
        return response.at("/response/card/content").asText();
    }
}
