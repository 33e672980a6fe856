package dev.crampguide.web.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a client sees at the edges of the API: any body over a limit is the same problem+json 413 whatever its size
 * (the HTTP server's own limit included), and a 405 names the methods the path takes in {@code Allow}.
 */
@QuarkusTest
class ProblemAnswersTest {

    static final String PROBLEM = "application/problem+json";

    static ValidatableResponse postBytes(String path, int size) {
        return given().contentType(ContentType.JSON).body("{\"note\": \"" + "x".repeat(size) + "\"}")
                .when().post(path).then();
    }

    static void assertTooLarge(ValidatableResponse response, String path, long limit) {
        response.statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:cramp-guide:problem:body-too-large"))
                .body("title", equalTo("Body too large"))
                .body("status", equalTo(413))
                .body("detail", equalTo("The body may be at most " + limit + " bytes."))
                .body("instance", equalTo(path));
    }

    @Test
    void everyBodyOverTheGuidanceLimitGetsTheSameProblem() {
        for (int size : new int[] {17 * 1024, 1024 * 1024, 2 * 1024 * 1024}) {
            assertTooLarge(postBytes("/v1/guidance", size), "/v1/guidance", 16 * 1024);
        }
    }

    @Test
    void aBodyOverTheServerLimitGetsAProblemOnEveryPath() {
        assertTooLarge(postBytes("/v1/alexa", 2 * 1024 * 1024), "/v1/alexa", 1024 * 1024);
    }

    @Test
    void aBodyWithinTheLimitStillReachesTheResource() {
        given().contentType(ContentType.JSON).body("{\"muscle\": \"calf\"}").when().post("/v1/guidance").then()
                .statusCode(200);
    }

    @Test
    void methodNotAllowedNamesTheAllowedMethods() {
        assertEquals(Set.of("GET", "HEAD", "POST"), allow(given().contentType(ContentType.JSON).body("{}")
                .when().put("/v1/guidance").then()));
        assertEquals(Set.of("GET", "HEAD"), allow(given().when().delete("/v1/guidance/table").then()));
        assertEquals(Set.of("POST"), allow(given().when().get("/v1/alexa").then()));
    }

    /** The Allow header's methods; the local Lambda event server splits a list header into one field per item. */
    static Set<String> allow(ValidatableResponse response) {
        response.statusCode(405).contentType(PROBLEM)
                .body("type", equalTo("urn:cramp-guide:problem:method-not-allowed"));
        String joined = String.join(",", response.extract().headers().getValues("Allow"));
        return Arrays.stream(joined.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
