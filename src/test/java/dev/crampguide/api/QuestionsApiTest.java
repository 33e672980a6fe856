package dev.crampguide.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crampguide.tablefile.TableFile;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** {@code answered}, {@code screened} and {@code questions} over HTTP, as the widget and API customers use them. */
@QuarkusTest
class QuestionsApiTest {

    @Test
    void theEmptySituationAsksTheUrgentSignsFirstInTheContractsShape() {
        given().when().get("/v1/guidance").then().statusCode(200)
                .body("screened", equalTo(false))
                .body("questions[0].id", equalTo("urgent_signs"))
                .body("questions[0].kind", equalTo("many"))
                .body("questions[0].field", equalTo("symptoms"))
                .body("questions[0].options.value", hasItem("chest_pain"))
                .body("questions[0].options[0].label", equalTo("Chest pain or pressure"))
                // only questions whose answer could change the answer: which muscle matters once one is cramping, and
                // age once magnesium or night cramps come up
                .body("questions.id", contains("urgent_signs", "other_signs", "pattern", "medicines", "now",
                        "when", "recurring", "health_background", "daily_life", "considering"))
                .body("questions.why", everyItem(notNullValue()))
                .body("questions.find { it.id == 'recurring' }.options.value", contains(true, false))
                .body("questions.find { it.id == 'now' }.options[0].field", equalTo("crampingNow"));
    }

    @Test
    void getAndPostAgreeAndGetStaysCacheable() {
        String body = """
                {"muscle": "calf", "when": "exercise", "crampingNow": true, "answered": ["urgent_signs", "other_signs", "pattern", "medicines"]}""";
        Response post = given().contentType(ContentType.JSON).body(body).when().post("/v1/guidance")
                .then().statusCode(200).extract().response();
        Response get = given().when()
                .get("/v1/guidance?muscle=calf&when=exercise&crampingNow=true&answered=urgent_signs,other_signs,pattern,medicines")
                .then().statusCode(200).extract().response();
        assertEquals(post.asString(), get.asString());
        // The mock Lambda adapter may split one comma-joined header into several lines.
        assertEquals("public,max-age=3600", String.join(",", get.headers().getValues("Cache-Control")).replace(" ", ""));
        assertEquals(true, post.path("screened"));
        // "now" was said (crampingNow): never ask what was said; age changes nothing here (the stop rule)
        assertEquals(java.util.List.of("exercise_details", "exercise_minutes", "drinking", "recurring",
                "health_background", "daily_life", "considering"), post.path("questions.id"));
        given().header("If-None-Match", get.header("ETag"))
                .when().get("/v1/guidance?muscle=calf&answered=urgent_signs").then().statusCode(304);
    }

    @Test
    void anEmergencyAsksNothingMore() {
        given().when().get("/v1/guidance?symptoms=one_leg_swollen,chest_pain").then().statusCode(200)
                .body("careLevel", equalTo("emergency"))
                .body("screened", equalTo(true))
                .body("questions", empty());
    }

    @Test
    void answeredQuestionsAreNotAskedAgain() {
        given().when().get("/v1/guidance?answered=urgent_signs&answered=pattern").then().statusCode(200)
                .body("questions.id", not(hasItem("urgent_signs")))
                .body("questions.id", not(hasItem("pattern")))
                .body("questions[0].id", equalTo("other_signs"));
    }

    @Test
    void anUnknownQuestionIdIsAProblemNamingItsPlace() {
        given().when().get("/v1/guidance?answered=urgent_signs,how_old").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("answered[1]"))
                .body("errors[0].allowed", hasItem("urgent_signs"));
        given().contentType(ContentType.JSON).body("{\"muscle\": \"neck\", \"answered\": [\"pattern\", 7]}")
                .when().post("/v1/guidance").then().statusCode(400)
                .body("errors.field", contains("answered[1]", "muscle"));
        given().contentType(ContentType.JSON).body("{\"answered\": \"pattern\"}")
                .when().post("/v1/guidance").then().statusCode(400)
                .body("errors.field", contains("answered"));
    }

    @Test
    void theSummaryNeverCallsAnUnscreenedAnswerSelfCare() {
        given().when().get("/v1/guidance?muscle=calf&crampingNow=true&answered=urgent_signs").then().statusCode(200)
                .body("careLevel", equalTo("self_care"))
                .body("careLevelTitle", equalTo("What we can say so far"))
                .body("summary", org.hamcrest.Matchers.containsString("so far"))
                .body("summary", not(org.hamcrest.Matchers.containsString("self-care")))
                .body("questions[0].id", equalTo("other_signs"))
                .body("speech.text", org.hamcrest.Matchers.endsWith(
                        TableFile.loadBundled().questions().all().get(1).spoken()));
    }

    @Test
    void openApiDocumentsTheNewFields() {
        io.restassured.path.json.JsonPath doc = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(true, doc.getMap("components.schemas.Guidance.properties").keySet()
                .containsAll(java.util.List.of("careLevelTitle", "screened", "questions")));
        assertEquals(java.util.List.of("one", "many", "yesno", "number"),
                doc.getList("components.schemas.Question.properties.kind.enum"));
        assertEquals(true, doc.getMap("components.schemas.Situation.properties").containsKey("answered"));
        java.util.List<java.util.Map<String, Object>> params = doc.getList("paths.'/v1/guidance'.get.parameters");
        assertEquals(true, params.stream().anyMatch(p -> p.get("name").equals("answered")));
        assertEquals(true, doc.getString("paths.'/v1/guidance'.get.responses.'200'.content.'application/json'.examples")
                .contains("urgent_signs"));
    }
}
