package dev.crampguide.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.web.problem.Problem;
import dev.crampguide.web.problem.ProblemException;
import dev.crampguide.situation.Situation;
import dev.crampguide.web.SituationReader;
import dev.crampguide.situation.Symptom;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hostile and odd request bodies through the mock Lambda event server, each with the status a client gets.
 * None of them may give a 500, and no answer may grow with the number of mistakes in the request.
 */
@QuarkusTest
class HostileInputTest {

    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse post(byte[] body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/v1/guidance").then();
    }

    static ValidatableResponse post(String body) {
        return post(body.getBytes(StandardCharsets.UTF_8));
    }

    static ValidatableResponse malformed(ValidatableResponse response) {
        return response.statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cramp-guide:problem:malformed-json"))
                .body("errors[0].field", equalTo("$"))
                .body(not(containsString("Exception")));
    }

    static ValidatableResponse invalid(ValidatableResponse response) {
        return response.statusCode(400).contentType(PROBLEM)
                .body("type", equalTo("urn:cramp-guide:problem:invalid-situation"));
    }

    // ---- nesting -------------------------------------------------------------------------------------------

    @Test
    void tenThousandNestedArraysAreTooLarge() {
        // 20 000 bytes: the 16 KiB limit answers before the parser sees a single bracket
        post("[".repeat(10_000) + "]".repeat(10_000)).statusCode(413).contentType(PROBLEM)
                .body("type", equalTo("urn:cramp-guide:problem:body-too-large"));
        post("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000)).statusCode(413);
    }

    @Test
    void deepNestingThatFitsTheLimitIsMalformedJson() {
        // Jackson's nesting limit (1000) stops these long before any stack is at risk
        malformed(post("[".repeat(8_000) + "]".repeat(8_000)));
        malformed(post("[".repeat(10_000)));
        malformed(post("{\"a\":".repeat(2_700) + "1" + "}".repeat(2_700)));
        malformed(post("{\"muscle\":\"calf\",\"notes\":" + "[".repeat(5_000) + "]".repeat(5_000) + "}"));
    }

    @Test
    void moderateNestingInAnUnknownFieldIsIgnored() {
        post("{\"muscle\":\"calf\",\"notes\":" + "{\"a\":".repeat(100) + "1" + "}".repeat(100) + "}")
                .statusCode(200).body("careLevel", equalTo("self_care"));
    }

    // ---- numbers -------------------------------------------------------------------------------------------

    @Test
    void hugeNumbersAreOutOfRange() {
        invalid(post("{\"age\": 1e400}")).body("errors.field", contains("age"));
        invalid(post("{\"age\": 12345678901234567890}")).body("errors.field", contains("age"));
        invalid(post("{\"age\": -12345678901234567890}")).body("errors.field", contains("age"));
        invalid(post("{\"exercise\": {\"durationMinutes\": 1e400}}"))
                .body("errors.field", contains("exercise.durationMinutes"));
        invalid(post("{\"age\": 9" + "9".repeat(900) + "}")).body("errors.field", contains("age"));
    }

    @Test
    void negativeZeroAndUnderflowReadAsZero() {
        // JSON numbers are read as IEEE doubles (RFC 8259 §6): -0 is 0, and 1e-400 underflows to 0
        post("{\"age\": -0, \"exercise\": {\"durationMinutes\": -0.0}}").statusCode(200);
        post("{\"age\": 1e-400}").statusCode(200);
        invalid(post("{\"age\": 0.5}")).body("errors.field", contains("age"));
    }

    // ---- keys and encoding ---------------------------------------------------------------------------------

    @Test
    void duplicateKeysLastOneWins() {
        post("{\"muscle\": \"neck\", \"muscle\": \"calf\"}").statusCode(200);
        invalid(post("{\"muscle\": \"calf\", \"muscle\": \"neck\"}")).body("errors.field", contains("muscle"));
        post("{\"symptoms\": [\"one_leg_swollen\", \"short_of_breath\"], \"symptoms\": []}")
                .statusCode(200).body("careLevel", equalTo("self_care"));
    }

    @Test
    void invalidUtf8ThroughTheLambdaAdapterBecomesReplacementCharacters() {
        // An API Gateway event carries the body as a JSON string, so the adapter decodes it as UTF-8 and bad bytes
        // arrive as U+FFFD: in a value that is an unknown value (400), in a key an unknown field (ignored).
        invalid(post(bytes("{\"muscle\": \"ca", 0xC3, 0x28, "lf\"}")))
                .body("errors.field", contains("muscle"))
                .body("errors[0].message", equalTo("unknown value 'ca\uFFFD(lf'"));
        invalid(post(bytes("{\"muscle\": \"calf\", \"when\": \"", 0xED, 0xA0, 0x80, "\"}"))) // a lone surrogate
                .body("errors.field", contains("when"));
        post(bytes("{\"mus", 0xFF, "cle\": \"calf\", \"crampingNow\": true, \"answered\": [\"urgent_signs\"]}")).statusCode(200)
                .body("immediateSteps.id", not(empty()));
    }

    @Test
    void invalidUtf8BytesAreMalformedJsonForTheParser() {
        // what the resource's own parsing does with raw bytes (the plain HTTP build hands them over unchanged)
        ObjectMapper mapper = new ObjectMapper();
        for (byte[] body : List.of(bytes("{\"muscle\": \"ca", 0xC3, 0x28, "lf\"}"), bytes("{\"mus", 0xFF, "cle\": 1}"),
                bytes("{\"when\": \"", 0xED, 0xA0, 0x80, "\"}"))) {
            ProblemException e = assertThrows(ProblemException.class, () -> SituationInput.fromBody(mapper, body));
            assertEquals(400, e.status());
            assertEquals("urn:cramp-guide:problem:malformed-json", e.toProblem("/v1/guidance").type());
        }
    }

    @Test
    void byteOrderMarkIsSkipped() {
        post(bytes(0xEF, 0xBB, 0xBF, "{\"muscle\": \"calf\", \"crampingNow\": true, \"answered\": [\"urgent_signs\"]}"))
                .statusCode(200)
                .body("immediateSteps", not(empty()));
    }

    // ---- big arrays ----------------------------------------------------------------------------------------

    @Test
    void tenThousandElementArraysAreTooLarge() {
        post("{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(10_000, "\"numbness\"")) + "]}")
                .statusCode(413);
        post("{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(10_000, "0")) + "]}")
                .statusCode(413);
    }

    @Test
    void aLongArrayOfValidValuesThatFitsIsAnswered() {
        post("{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(1_300, "\"numbness\"")) + "]}")
                .statusCode(200).body("redFlags.id", not(empty()));
    }

    @Test
    void thousandsOfBadElementsListFiftyErrors() {
        String body = "{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(8_000, "0")) + "]}";
        String answer = invalid(post(body))
                .body("detail", equalTo("8000 fields are invalid; the first 50 are listed."))
                .body("errors", hasSize(ProblemException.MAX_LISTED_ERRORS))
                .body("errors[0].field", equalTo("symptoms[0]"))
                .body("errors[49].field", equalTo("symptoms[49]"))
                .extract().asString();
        // bounded by what 50 listed errors need (each names every allowed symptom), not by the 8000 in the request
        int perError = 100 + 32 * Symptom.values().length;
        assertTrue(answer.length() < ProblemException.MAX_LISTED_ERRORS * perError,
                "the problem stays small: " + answer.length() + " chars");
    }

    @Test
    void readerHandlesTenThousandElementsWithoutTheBodyLimit() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Situation valid = SituationReader.read(mapper.readTree(
                "{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(10_000, "\"numbness\"")) + "]}"));
        assertEquals(Set.of(Symptom.NUMBNESS), valid.symptoms());
        ProblemException e = assertThrows(ProblemException.class, () -> SituationReader.read(mapper.readTree(
                "{\"symptoms\": [" + String.join(",", java.util.Collections.nCopies(10_000, "\"dizzy\"")) + "]}")));
        Problem problem = e.toProblem("/v1/guidance");
        assertEquals(400, problem.status());
        assertEquals("10000 fields are invalid; the first 50 are listed.", problem.detail());
        assertEquals(ProblemException.MAX_LISTED_ERRORS, problem.errors().size());
    }

    @Test
    void manyBadQueryValuesListFiftyErrors() {
        given().queryParam("symptoms", String.join(",", java.util.Collections.nCopies(300, "dizzy")))
                .when().get("/v1/guidance").then()
                .statusCode(400).contentType(PROBLEM)
                .body("detail", equalTo("300 fields are invalid; the first 50 are listed."))
                .body("errors", hasSize(50));
    }

    // ---- nulls ---------------------------------------------------------------------------------------------

    @Test
    void everyFieldNullIsGeneralAdvice() {
        post("""
                {"muscle": null, "when": null, "crampingNow": null, "stillLocked": null, "soreAfterwards": null,
                 "recurring": null, "factors": null, "symptoms": null, "considering": null, "age": null,
                 "exercise": {"hot": null, "heavySweating": null, "durationMinutes": null, "harderThanTrained": null,
                              "recentLoadIncrease": null, "hillsOrDownhill": null, "returningAfterBreak": null,
                              "repetitiveMovement": null, "newShoes": null, "drinking": null}}""")
                .statusCode(200).contentType(ContentType.JSON)
                .body("careLevel", equalTo("self_care"))
                .body("redFlags", empty())
                .body("disclaimer", not(empty()));
        post("{\"exercise\": null}").statusCode(200).body("careLevel", equalTo("self_care"));
    }

    @Test
    void arraysOfNullsNameEachIndex() {
        invalid(post("{\"symptoms\": [null, null, null], \"factors\": [null], \"considering\": [\"quinine\", null]}"))
                .body("errors.field", contains("factors[0]", "symptoms[0]", "symptoms[1]", "symptoms[2]", "considering[1]"))
                .body("errors[0].message", equalTo("must be a string"));
    }

    // ---- not an object -------------------------------------------------------------------------------------

    @Test
    void emptyAndBlankBodiesAre400() {
        invalid(post(new byte[0])).body("errors[0].field", equalTo("$"));
        invalid(post("  \n\t \r\n")).body("errors[0].field", equalTo("$"));
    }

    @Test
    void topLevelValuesOtherThanAnObjectAre400() {
        for (String body : List.of("\"calf\"", "42", "[{\"muscle\": \"calf\"}]", "true", "null")) {
            invalid(post(body)).body("errors[0].field", equalTo("$"))
                    .body("errors[0].message", equalTo("the body must be a JSON object, for example {}"));
        }
    }

    private static byte[] bytes(Object... parts) {
        List<Byte> out = new ArrayList<>();
        for (Object part : parts) {
            if (part instanceof Integer b) {
                out.add((byte) (int) b);
            } else {
                for (byte b : part.toString().getBytes(StandardCharsets.UTF_8)) {
                    out.add(b);
                }
            }
        }
        byte[] result = new byte[out.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = out.get(i);
        }
        return result;
    }
}
