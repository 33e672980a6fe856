package dev.crampguide.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crampguide.ContractExample;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Symptom;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Reference;
import dev.crampguide.tablefile.TableFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The API end to end. With quarkus-amazon-lambda-http on the classpath these requests travel through Quarkus's
 * mock Lambda event server as API Gateway HTTP API events, as in production.
 */
@QuarkusTest
class GuidanceApiTest {

    static final String CONTRACT_EXAMPLE = ContractExample.JSON;

    static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/guidance").then();
    }

    /**
     * The answer once the urgent warning signs have been asked about (a body without {@code answered} gets
     * {@code ["urgent_signs"]}): advice comes only after that question, and these tests look at the advice.
     */
    static ValidatableResponse guidance(String body) {
        ValidatableResponse response = post(afterUrgentCheck(body)).statusCode(200).contentType(ContentType.JSON);
        assertContractRules(response.extract().jsonPath());
        return response;
    }

    static String afterUrgentCheck(String body) {
        try {
            var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(body);
            if (json.isObject() && !json.has("answered")) {
                ((com.fasterxml.jackson.databind.node.ObjectNode) json).putArray("answered").add("urgent_signs");
            }
            return json.toString();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return body;
        }
    }

    /** The rules every response keeps, straight from the contract. */
    static void assertContractRules(JsonPath json) {
        List<String> order = List.of("self_care", "see_clinician", "prompt_medical_advice", "emergency");
        List<String> flagLevels = json.getList("redFlags.careLevel");
        String expected = flagLevels.stream().max((a, b) -> order.indexOf(a) - order.indexOf(b)).orElse("self_care");
        assertEquals(expected, json.getString("careLevel"), "careLevel is the most urgent red flag's");
        for (int i = 1; i < flagLevels.size(); i++) {
            assertTrue(order.indexOf(flagLevels.get(i - 1)) >= order.indexOf(flagLevels.get(i)), "red flags most urgent first");
        }
        List<String> listed = json.getList("references.id");
        java.util.Set<String> cited = new java.util.HashSet<>();
        for (String section : List.of("redFlags", "safetyNet", "likelyTriggers", "immediateSteps", "prevention", "cautions")) {
            List<Map<String, Object>> items = json.getList(section);
            for (Map<String, Object> item : items) {
                for (String field : List.of("id", "title", "text", "because", "references")) {
                    assertTrue(item.get(field) != null, section + " item lacks " + field);
                }
                @SuppressWarnings("unchecked")
                List<String> refs = (List<String>) item.get("references");
                assertTrue(!refs.isEmpty(), item.get("id") + " cites nothing");
                cited.addAll(refs);
            }
        }
        assertEquals(cited, new java.util.HashSet<>(listed), "references holds exactly the cited ids");
        assertTrue(!json.getString("disclaimer").isBlank());
        assertTrue(!json.getString("tableVersion").isBlank());
        assertTrue(json.getString("speech.text").split("\\s+").length <= 90, "speech fits 90 words");
        assertTrue(json.getString("speech.ssml").startsWith("<speak>"));
    }

    @Test
    void contractExampleGetsCitedSelfCareAdvice() {
        guidance(CONTRACT_EXAMPLE)
                .header("Cache-Control", "no-store")
                .body("careLevel", equalTo("self_care"))
                .body("redFlags", empty())
                .body("immediateSteps.id", contains("stop_and_breathe", "lengthen_calf", "hold_and_repeat", "massage", "gentle_movement"))
                .body("immediateSteps.find { it.id == 'lengthen_calf' }.because", contains("crampingNow", "muscle:calf"))
                .body("likelyTriggers[0].id", equalTo("exercise_overload"))
                .body("likelyTriggers[0].because", contains("when:exercise", "exercise.harderThanTrained"))
                .body("likelyTriggers.id", hasItems("sweat_electrolyte_loss", "lifestyle_pattern"))
                .body("prevention.id", hasItems("plan_fluid_and_sodium", "progress_training_gradually", "acclimatize_heat_and_terrain"))
                .body("prevention.id", not(hasItem("drink_to_thirst")))
                .body("cautions.id", hasItems("plain_water_may_not_be_enough", "magnesium_discuss_if_at_risk", "dont_force_stretch"))
                .body("cautions.id", not(hasItem("magnesium_not_default")))
                .body("screened", equalTo(false))
                .body("speech.text", startsWith("Here is what may help, based on what you have said so far."))
                .body("tableVersion", startsWith("1.3.0+"));
    }

    @Test
    void emptySituationGetsGeneralAdvice() {
        guidance("{}")
                .body("careLevel", equalTo("self_care"))
                .body("immediateSteps", empty())
                .body("redFlags", empty()).body("likelyTriggers", empty()).body("prevention", empty())
                .body("cautions", empty())
                .body("summary", endsWith("Tell us which muscle cramped and what you were doing, for advice that fits you."));
    }

    @Test
    void nightCalfCrampsAskingAboutMagnesium() {
        guidance("""
                {"muscle": "calf", "when": "night", "recurring": true, "considering": ["magnesium"], "age": 45}""")
                .body("careLevel", equalTo("self_care"))
                .body("likelyTriggers.id", hasItem("night_cramps"))
                .body("prevention[0].id", equalTo("bedtime_stretch_routine"))
                .body("prevention.id", hasItem("ankle_circles_short_walk"))
                .body("cautions.id", hasItems("magnesium_not_default", "quinine_not_advised"))
                .body("cautions.id", not(hasItem("magnesium_discuss_if_at_risk")))
                .body("references.id", hasItems("physio-stretching-trial", "cochrane-magnesium", "fda-quinine"));
    }

    @Test
    void olderPersonWithNightCrampsIsToldToDiscussMagnesium() {
        guidance("""
                {"muscle": "foot", "when": "night", "crampingNow": true, "considering": ["magnesium"], "age": 72}""")
                .body("immediateSteps.id", hasItem("lengthen_foot"))
                .body("cautions.id", hasItem("magnesium_discuss_if_at_risk"))
                .body("cautions.id", not(hasItem("magnesium_not_default")))
                .body("cautions.find { it.id == 'magnesium_discuss_if_at_risk' }.because", hasItem("age>=65"));
    }

    @Test
    void oneSwollenWarmLegNeedsPromptAdviceAndNoMassage() {
        guidance("""
                {"muscle": "calf", "when": "rest", "crampingNow": true, "symptoms": ["one_leg_swollen", "one_leg_warm"]}""")
                .body("careLevel", equalTo("prompt_medical_advice"))
                .body("redFlags[0].id", equalTo("possible_blood_clot"))
                .body("redFlags[0].because", contains("symptoms:one_leg_swollen", "symptoms:one_leg_warm"))
                .body("immediateSteps.id", not(hasItems("massage")))
                .body("immediateSteps.id", not(hasItems("lengthen_calf")))
                .body("cautions[0].id", equalTo("dont_rub_possible_clot"))
                .body("summary", startsWith("Get medical advice promptly"))
                .body("speech.text", startsWith("Get medical advice promptly"));
    }

    @Test
    void swollenLegWithBreathlessnessIsAnEmergency() {
        guidance("""
                {"muscle": "calf", "symptoms": ["one_leg_swollen", "short_of_breath"]}""")
                .body("careLevel", equalTo("emergency"))
                // the flags for the leg alone and for breathing alone give way to the one that says both
                .body("redFlags.id", contains("clot_with_chest_or_breathing"))
                .body("safetyNet", empty())
                .body("immediateSteps", empty()).body("prevention", empty()).body("likelyTriggers", empty())
                .body("cautions.id", contains("dont_rub_possible_clot"))
                .body("summary", startsWith("Call your local emergency number now."))
                .body("speech.ssml", containsString("<emphasis level=\"strong\">Call your local emergency number now.</emphasis>"));
    }

    @Test
    void chestPainWithBreathlessnessAtRestIsAnEmergency() {
        guidance("""
                {"when": "rest", "symptoms": ["chest_pain", "short_of_breath"]}""")
                .body("careLevel", equalTo("emergency"))
                .body("redFlags[0].id", equalTo("chest_pain_with_breathlessness"))
                .body("prevention", empty()).body("cautions", empty())
                .body("speech.text", startsWith("Call your local emergency number now."))
                .body("speech.text", not(containsString("ankle circles")));
    }

    @Test
    void calfPainOnWalkingThatEasesWithRestIsNotASimpleCramp() {
        guidance("""
                {"muscle": "calf", "when": "walking", "recurring": true, "symptoms": ["pain_walking_eases_with_rest"], "age": 70}""")
                .body("careLevel", equalTo("see_clinician"))
                .body("redFlags.id", contains("possible_circulation_problem"))
                .body("cautions[0].id", equalTo("not_a_simple_cramp"));
    }

    @Test
    void legPainEasedBySittingSuggestsNerveCompression() {
        guidance("""
                {"muscle": "thigh", "when": "walking", "symptoms": ["worse_walking_better_sitting_or_bending_forward"]}""")
                .body("careLevel", equalTo("see_clinician"))
                .body("redFlags.id", contains("possible_nerve_compression"))
                .body("cautions.id", hasItem("not_a_simple_cramp"));
    }

    @Test
    void numbnessAndWeaknessNeedPromptAdvice() {
        guidance("""
                {"muscle": "hamstring", "symptoms": ["numbness", "weakness", "frequent"]}""")
                .body("careLevel", equalTo("prompt_medical_advice"))
                .body("redFlags.id", contains("neurological_symptoms", "persistent_or_severe"))
                .body("redFlags[0].because", contains("symptoms:weakness", "symptoms:numbness"));
    }

    @Test
    void crampsAfterAMedicineChange() {
        guidance("""
                {"muscle": "calf", "when": "night", "factors": ["recent_medication_change", "medication"]}""")
                .body("careLevel", equalTo("prompt_medical_advice"))
                .body("redFlags.id", contains("after_medication_change"))
                .body("likelyTriggers.id", hasItem("medication_effect"))
                .body("prevention.id", hasItem("medication_review"));
    }

    @Test
    void soreHamstringAfterAHikeGetsColdAndMovementNotStretching() {
        guidance("""
                {"muscle": "hamstring", "when": "after_exercise", "soreAfterwards": true,
                 "exercise": {"durationMinutes": 240, "hillsOrDownhill": true, "drinking": "plain_water"}}""")
                .body("immediateSteps.id", contains("massage", "ice_if_sore", "gentle_movement"))
                .body("likelyTriggers[0].id", equalTo("exercise_overload"))
                .body("prevention.id", hasItems("review_training_changes", "acclimatize_heat_and_terrain", "plan_fluid_and_sodium"))
                .body("cautions.id", hasItem("plain_water_may_not_be_enough"));
    }

    @Test
    void lockedThighDuringFootballGetsWarmth() {
        guidance("""
                {"muscle": "thigh", "when": "exercise", "crampingNow": true, "stillLocked": true,
                 "considering": ["ice"], "exercise": {"durationMinutes": 70, "returningAfterBreak": true}}""")
                .body("immediateSteps.id", contains("stop_and_breathe", "lengthen_thigh", "hold_and_repeat", "massage", "warmth_if_locked", "gentle_movement"))
                .body("prevention.id", hasItems("progress_training_gradually", "include_rest_days"))
                .body("cautions.id", hasItems("match_heat_or_ice", "dont_force_stretch"));
    }

    @Test
    void handCrampGetsTheGenericStretch() {
        guidance("""
                {"muscle": "hand", "when": "rest", "crampingNow": true, "exercise": {"repetitiveMovement": true}}""")
                .body("immediateSteps.id", hasItem("lengthen_muscle"))
                .body("immediateSteps.id", not(hasItem("lengthen_calf")));
    }

    @Test
    void dialysisPatientConsideringMagnesiumIsWarned() {
        guidance("""
                {"muscle": "calf", "when": "rest", "recurring": true, "factors": ["dialysis", "kidney_disease"],
                 "considering": ["magnesium"]}""")
                .body("likelyTriggers.id", hasItems("dialysis_fluid_shifts", "medical_condition"))
                .body("likelyTriggers.id", not(hasItem("illness_fluid_loss")))
                .body("cautions.id", hasItem("magnesium_kidney_caution"))
                .body("prevention.id", not(hasItem("drink_to_thirst")))
                .body("references.id", hasItem("kidney-magnesium-review"));
    }

    @Test
    void largeVolumesOfPlainWaterInALongHotRace() {
        guidance("""
                {"muscle": "calf", "when": "exercise", "exercise": {"hot": true, "durationMinutes": 200,
                 "drinking": "large_plain_water"}, "considering": ["quinine"]}""")
                .body("cautions.id", hasItems("avoid_overdrinking_water", "plain_water_may_not_be_enough", "quinine_not_advised"))
                .body("likelyTriggers.find { it.id == 'sweat_electrolyte_loss' }.because",
                        contains("when:exercise", "exercise.hot", "exercise.durationMinutes>=60"));
    }

    @Test
    void unknownFieldsAreIgnored() {
        guidance("""
                {"muscle": "calf", "mood": "grumpy", "exercise": {"sport": "tennis"}}""")
                .body("careLevel", equalTo("self_care"));
    }

    // ---- errors ------------------------------------------------------------------------------------------

    @Test
    void everyBadFieldIsNamedWithAllowedValues() {
        post("""
                {"muscle": "calve", "when": 3, "crampingNow": "yes", "age": 131,
                 "exercise": {"durationMinutes": 12.5, "drinking": "beer"}, "symptoms": ["numbness", "dizzy", null],
                 "factors": "alcohol"}""")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cramp-guide:problem:invalid-situation"))
                .body("title", equalTo("Invalid situation"))
                .body("status", equalTo(400))
                .body("detail", equalTo("9 fields are invalid."))
                .body("errors.field", contains("muscle", "when", "crampingNow", "exercise.durationMinutes",
                        "exercise.drinking", "factors", "symptoms[1]", "symptoms[2]", "age"))
                .body("errors.find { it.field == 'muscle' }.allowed", contains("calf", "foot", "hamstring", "thigh", "hand", "other"))
                .body("errors.find { it.field == 'muscle' }.message", equalTo("unknown value 'calve'"))
                .body("errors.find { it.field == 'symptoms[1]' }.allowed", hasItem("one_leg_swollen"))
                .body("errors.find { it.field == 'age' }.message", equalTo("must be a whole number from 0 to 130"))
                .body("instance", equalTo("/v1/guidance"))
                .body(not(containsString("Exception")));
    }

    @Test
    void negativeDurationIsOutOfRange() {
        post("{\"exercise\": {\"durationMinutes\": -1}}").statusCode(400)
                .body("errors[0].field", equalTo("exercise.durationMinutes"));
        post("{\"exercise\": {\"durationMinutes\": 2881}}").statusCode(400);
        post("{\"exercise\": {\"durationMinutes\": 2880}}").statusCode(200);
    }

    @Test
    void malformedJsonIs400WithPosition() {
        post("{\"muscle\": \"calf\",").statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cramp-guide:problem:malformed-json"))
                .body("errors[0].field", equalTo("$"))
                .body("detail", containsString("line 1"));
        post("[1, 2]").statusCode(400).body("errors[0].field", equalTo("$"));
        post("").statusCode(400).body("errors[0].field", equalTo("$"));
    }

    @Test
    void oddButValidJsonNeverCausesA500() {
        post("null").statusCode(400).body("errors[0].field", equalTo("$"));
        post("{\"age\": 1e400}").statusCode(400).body("errors[0].field", equalTo("age"));
        post("{\"age\": 99999999999999999999999}").statusCode(400).body("errors[0].field", equalTo("age"));
        post("{\"age\": 40.0, \"exercise\": []}").statusCode(400).body("errors.field", contains("exercise"));
        post("[".repeat(5000)).statusCode(400).body("type", equalTo("urn:cramp-guide:problem:malformed-json"));
        post("{\"muscle\": \"calf\", \"muscle\": \"foot\", \"symptoms\": [\"frequent\", \"frequent\"]}")
                .statusCode(200).body("careLevel", equalTo("see_clinician"));
    }

    @Test
    void bodyOver16KiBIs413() {
        String padding = "x".repeat(16 * 1024);
        post("{\"note\": \"" + padding + "\"}").statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cramp-guide:problem:body-too-large"))
                .body("status", equalTo(413));
    }

    @Test
    void nonJsonContentTypeIs415() {
        given().contentType("text/plain").body("muscle=calf").when().post("/v1/guidance").then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cramp-guide:problem:unsupported-media-type"));
        given().contentType("application/x-www-form-urlencoded").body("muscle=calf").when().post("/v1/guidance").then()
                .statusCode(415);
    }

    @Test
    void wrongMethodAndUnacceptableTypeAreProblems() {
        given().contentType(ContentType.JSON).body("{}").when().put("/v1/guidance").then().statusCode(405)
                .contentType("application/problem+json").body("status", equalTo(405));
        given().accept("application/xml").when().get("/v1/guidance").then().statusCode(406)
                .contentType("application/problem+json");
    }

    /** Whatever shape a client sends, the answer is 200 or a 4xx problem, never a 500. */
    @Test
    void mangledRequestsNeverCauseA500() {
        List<Object> junk = java.util.Arrays.asList(null, true, 0, -1, 3.5, 1e300, "", "calf", "x".repeat(300),
                List.of(), List.of("calf", 7), Map.of(), Map.of("hot", "yes"));
        List<String> fields = List.of("muscle", "when", "crampingNow", "recurring", "exercise", "factors", "symptoms",
                "considering", "age");
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 120; i++) {
            Map<String, Object> body = new java.util.HashMap<>();
            for (String field : fields) {
                if (random.nextBoolean()) {
                    body.put(field, junk.get(random.nextInt(junk.size())));
                }
            }
            int status = given().contentType(ContentType.JSON).body(body).when().post("/v1/guidance").then()
                    .extract().statusCode();
            assertTrue(status == 200 || status == 400, "status " + status + " for " + body);
        }
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/v1/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("status", equalTo(404));
    }

    // ---- GET and caching ---------------------------------------------------------------------------------

    @Test
    void getGivesTheSameAnswerAsPostAndIsCacheable() {
        JsonPath viaPost = guidance("""
                {"muscle": "calf", "when": "night", "crampingNow": true, "symptoms": ["one_leg_swollen", "frequent"],
                 "exercise": {"hot": true, "durationMinutes": 70}}""").extract().jsonPath();
        ValidatableResponse viaGet = given()
                .queryParam("muscle", "calf").queryParam("when", "night").queryParam("crampingNow", "true")
                .queryParam("symptoms", "one_leg_swollen,frequent")
                .queryParam("exercise.hot", "true").queryParam("exercise.durationMinutes", "70")
                .queryParam("answered", "urgent_signs")
                .when().get("/v1/guidance").then().statusCode(200)
                .header("ETag", equalTo("\"" + viaPost.getString("tableVersion") + "\""));
        assertEquals("public, max-age=3600", cacheControl(viaGet));
        JsonPath json = viaGet.extract().jsonPath();
        assertContractRules(json);
        assertEquals(viaPost.getMap(""), json.getMap(""));
    }

    /** The mock event server splits list headers into several fields; RFC 9110 makes both forms equal. */
    static String cacheControl(ValidatableResponse response) {
        return String.join(", ", response.extract().headers().getValues("Cache-Control"));
    }

    @Test
    void matchingIfNoneMatchGets304() {
        String etag = given().queryParam("muscle", "foot").when().get("/v1/guidance").then().statusCode(200)
                .extract().header("ETag");
        given().queryParam("muscle", "foot").header("If-None-Match", etag).when().get("/v1/guidance").then()
                .statusCode(304).header("ETag", equalTo(etag));
        given().queryParam("muscle", "foot").header("If-None-Match", "\"old\", W/" + etag).when().get("/v1/guidance")
                .then().statusCode(304);
        given().queryParam("muscle", "foot").header("If-None-Match", "\"1.0.0+000000000000\"").when()
                .get("/v1/guidance").then().statusCode(200);
    }

    @Test
    void badQueryParametersAreNamed() {
        given().queryParam("muscle", "neck").queryParam("crampingNow", "maybe").queryParam("symptoms", "numbness,fever")
                .queryParam("age", "old").when().get("/v1/guidance").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("muscle", "crampingNow", "symptoms[1]", "age"));
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsNamedNotSilentlyDropped() {
        given().urlEncodingEnabled(false).when()
                .get("/v1/guidance?muscle=calf&muscle=foot&crampingNow=true&crampingNow=false&age=40&when=night")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("muscle", "crampingNow"))
                .body("errors.message", everyItem(containsString("given 2 times")));
        given().urlEncodingEnabled(false).when().get("/v1/guidance?exercise.hot=true&exercise.hot=true")
                .then().statusCode(400).body("errors.field", contains("exercise.hot"));
    }

    @Test
    void listParametersTakeRepeatedKeysCommasOrBoth() {
        String commas = given().urlEncodingEnabled(false).when()
                .get("/v1/guidance?muscle=calf&symptoms=one_leg_swollen,short_of_breath&factors=alcohol,diabetes")
                .then().statusCode(200).extract().asString();
        String repeated = given().urlEncodingEnabled(false).when()
                .get("/v1/guidance?muscle=calf&symptoms=one_leg_swollen&symptoms=short_of_breath&factors=alcohol&factors=diabetes")
                .then().statusCode(200).extract().asString();
        String mixed = given().urlEncodingEnabled(false).when()
                .get("/v1/guidance?muscle=calf&symptoms=short_of_breath&symptoms=one_leg_swollen&factors=diabetes,alcohol")
                .then().statusCode(200).body("careLevel", equalTo("emergency")).extract().asString();
        assertEquals(commas, repeated);
        assertEquals(commas, mixed);
    }

    @Test
    void theTableIsPublishedWithEveryRowAndReference() {
        ValidatableResponse response = given().when().get("/v1/guidance/table").then().statusCode(200)
                .header("ETag", notNullValue());
        assertEquals("public, max-age=3600", cacheControl(response));
        JsonPath table = response
                .body("rows.size()", equalTo(81))
                .body("rows.find { it.id == 'possible_blood_clot' }.comfort.leavesOut", hasItems("lengthen_calf", "massage"))
                .body("rows.find { it.id == 'possible_blood_clot' }.comfort.keep", empty())
                .body("rows.find { it.id == 'possible_blood_clot' }.givesWayTo", contains("clot_with_chest_or_breathing"))
                .body("facets.fluids.values.to_thirst", notNullValue())
                .body("timeframes.prompt_medical_advice", hasItem("today"))
                .body("rows.find { it.id == 'massage' }.tags", contains("handlesLeg"))
                .body("tags.handlesLeg.means", notNullValue())
                .body("careLevelRules.from", contains("prompt_medical_advice", "emergency"))
                .body("opposites.find { it.one == ['illness_fluid_loss'] && it.other == ['drink_to_thirst'] }.why",
                        containsString("fluids"))
                .body("references.url", everyItem(startsWith("https://")))
                .body("rows.find { it.id == 'clot_with_chest_or_breathing' }.careLevel", equalTo("emergency"))
                .body("rows.find { it.id == 'lengthen_calf' }.condition", containsString("muscle:calf"))
                .body("rows.references.flatten()", everyItem(in(TableFile.loadBundled().references().stream().map(Reference::id).toList())))
                .body("facts", hasItems("muscle:calf", "symptoms:chest_pain", "age>=65"))
                .extract().jsonPath();
        String version = given().body("{}").contentType(ContentType.JSON).post("/v1/guidance").jsonPath().getString("tableVersion");
        assertEquals(version, table.getString("version"));
    }

    @Test
    void openApiDocumentsEveryFieldAndEnumOfTheContract() {
        JsonPath doc = given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths.'/v1/guidance'.post.responses.'400'.content.'application/problem+json'", notNullValue())
                .body("paths.'/v1/guidance'.post.responses.'413'", notNullValue())
                .body("paths.'/v1/guidance'.post.responses.'415'", notNullValue())
                .body("paths.'/v1/guidance'.get.responses.'304'", notNullValue())
                .body("paths.'/v1/guidance/table'.get.responses.'200'", notNullValue())
                .extract().jsonPath();
        String situation = "components.schemas.Situation.properties.";
        assertEquals(Coded.ids(Muscle.class), doc.getList(situation + "muscle.enum"));
        assertEquals(Coded.ids(Onset.class), doc.getList(situation + "when.enum"));
        assertEquals(Coded.ids(Factor.class), doc.getList(situation + "factors.items.enum"));
        assertEquals(Coded.ids(Symptom.class), doc.getList(situation + "symptoms.items.enum"));
        assertEquals(Coded.ids(Remedy.class), doc.getList(situation + "considering.items.enum"));
        assertEquals(Coded.ids(Drinking.class), doc.getList("components.schemas.Exercise.properties.drinking.enum"));
        assertEquals(Coded.ids(CareLevel.class), doc.getList("components.schemas.Guidance.properties.careLevel.enum"));
        assertTrue(doc.getMap(situation).keySet().containsAll(List.of("muscle", "when", "crampingNow", "stillLocked",
                "soreAfterwards", "recurring", "exercise", "factors", "symptoms", "considering", "age")));
        assertTrue(doc.getMap("components.schemas.Guidance.properties").keySet().containsAll(List.of("careLevel",
                "summary", "redFlags", "likelyTriggers", "immediateSteps", "prevention", "cautions", "speech",
                "references", "disclaimer", "tableVersion")));
        List<Map<String, Object>> params = doc.getList("paths.'/v1/guidance'.get.parameters");
        assertTrue(params.stream().anyMatch(p -> p.get("name").equals("symptoms")
                && String.valueOf(p.get("schema")).contains("one_leg_swollen")));
    }

    @Test
    void healthIsUp() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}
