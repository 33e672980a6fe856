package dev.crampguide.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * CORS as a browser on another site meets it, sent through the mock Lambda event server, i.e. through the same
 * API Gateway event translation the deployed function sees.
 */
@QuarkusTest
class CorsTest {

    static final String SITE = "http://127.0.0.1:5173";

    /** Every comma-separated token of a header, over all its lines, lower-cased. */
    static Set<String> tokens(Response r, String name) {
        return r.headers().getValues(name).stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(v -> v.trim().toLowerCase(Locale.ROOT))
                .filter(v -> !v.isEmpty())
                .collect(Collectors.toSet());
    }

    @Test
    void preflightWithSeveralRequestHeadersInOneCommaJoinedValueIsAllowed() {
        Response r = preflight(SITE, "GET", "content-type, if-none-match");
        assertEquals(200, r.statusCode());
        assertEquals(SITE, r.header("Access-Control-Allow-Origin"));
        Set<String> headers = tokens(r, "Access-Control-Allow-Headers");
        assertTrue(headers.containsAll(Set.of("content-type", "if-none-match")), headers.toString());
        Set<String> methods = tokens(r, "Access-Control-Allow-Methods");
        assertTrue(methods.contains("get"), methods.toString());
        assertFalse(methods.contains("delete") || methods.contains("put"), methods.toString());
        assertEquals("86400", r.header("Access-Control-Max-Age"));
    }

    @Test
    void preflightWithRequestHeadersInAnotherOrderAndCaseIsAllowedToo() {
        Response r = preflight(SITE, "POST", "If-None-Match,Content-Type");
        assertEquals(200, r.statusCode());
        assertEquals(SITE, r.header("Access-Control-Allow-Origin"));
        Set<String> headers = tokens(r, "Access-Control-Allow-Headers");
        assertTrue(headers.containsAll(Set.of("content-type", "if-none-match")), headers.toString());
        assertTrue(tokens(r, "Access-Control-Allow-Methods").contains("post"));
    }

    @Test
    void originNotInTheConfiguredListIsRefused() {
        Response r = preflight("https://evil.example", "GET", "content-type, if-none-match");
        assertEquals(403, r.statusCode());
        assertEquals(null, r.header("Access-Control-Allow-Origin"));
    }

    @Test
    void guidanceAnswerIsReadableCrossOriginWithItsEtagExposed() {
        Response r = given().header("Origin", SITE).when().get("/v1/guidance?muscle=calf&crampingNow=true")
                .then().extract().response();
        assertEquals(200, r.statusCode());
        assertEquals(SITE, r.header("Access-Control-Allow-Origin"));
        assertTrue(tokens(r, "Access-Control-Expose-Headers").contains("etag"));
        assertTrue(r.header("ETag") != null && !r.header("ETag").isBlank());
    }

    @Test
    void badInputProblemResponseCarriesCorsHeadersSoTheWidgetCanReadTheFields() {
        Response r = given().header("Origin", SITE).when().get("/v1/guidance?muscle=elbow&symptoms=one_leg_swollen,nonsense")
                .then().extract().response();
        assertEquals(400, r.statusCode());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(SITE, r.header("Access-Control-Allow-Origin"));
        assertTrue(r.asString().contains("muscle"), r.asString());
    }

    @Test
    void errorResponsesCarryCorsHeadersSoTheWidgetCanReadThem() {
        Response r = given().header("Origin", SITE).when().get("/v1/no-such-endpoint").then().extract().response();
        assertEquals(404, r.statusCode());
        assertEquals(SITE, r.header("Access-Control-Allow-Origin"));
        assertTrue(tokens(r, "Access-Control-Expose-Headers").contains("etag"));
    }

    /** A browser's CORS preflight for {@code /v1/guidance}. */
    private static Response preflight(String origin, String method, String requestHeaders) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", requestHeaders)
                .when().options("/v1/guidance").then().extract().response();
    }
}
