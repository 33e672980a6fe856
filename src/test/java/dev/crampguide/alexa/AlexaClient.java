package dev.crampguide.alexa;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.verification.TestPki;
import io.restassured.response.Response;

/** Sends requests the way Alexa does: signed over the exact bytes, with the certificate URL header. */
final class AlexaClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private AlexaClient() {
    }

    static Response sendRaw(AlexaRequests request) {
        byte[] body = request.bytes();
        return given()
                .header("SignatureCertChainUrl", TestAlexaCertificates.CHAIN_URL)
                .header("Signature-256", TestPki.get().sign(body))
                .contentType("application/json; charset=utf-8")
                .body(body)
                .post("/v1/alexa");
    }

    /** Sends a signed request, expects 200, and returns the Alexa response envelope. */
    static JsonNode send(AlexaRequests request) {
        Response response = sendRaw(request);
        response.then().statusCode(200).contentType("application/json");
        try {
            return MAPPER.readTree(response.asByteArray());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
