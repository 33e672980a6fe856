package dev.crampguide.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OpenAPI document is committed (src/main/openapi/openapi.yaml and .json) so that clients and reviewers read
 * it in the repository, the response validator checks answers against it, the test client is generated from it and
 * the service serves it at /q/openapi. The OpenAPI extension, a test dependency, generates it from the resources'
 * annotations at /q/openapi-generated; this test keeps the committed files equal to that. After a deliberate API
 * change, rewrite them with {@code -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    static final Path JSON_DOCUMENT = Path.of("src/main/openapi/openapi.json");

    @Test
    void theCommittedDocumentsAreWhatTheAnnotationsGenerate() throws IOException {
        String yaml = given().get("/q/openapi-generated").then().statusCode(200).extract().asString();
        String json = given().queryParam("format", "json").get("/q/openapi-generated").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(OpenApiResponseValidation.DOCUMENT, yaml, StandardCharsets.UTF_8);
            Files.writeString(JSON_DOCUMENT, json, StandardCharsets.UTF_8);
            return;
        }
        String hint = "the API document changed; if intended, run with -Dopenapi.update=true and review the diff";
        assertEquals(Files.readString(OpenApiResponseValidation.DOCUMENT, StandardCharsets.UTF_8), yaml, hint);
        assertEquals(Files.readString(JSON_DOCUMENT, StandardCharsets.UTF_8), json, hint);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "'', '*/*', application/yaml",
            "'', 'application/json', application/json",
            "json, '*/*', application/json",
            "JSON, 'application/yaml', application/json",
            "yaml, 'application/yaml', application/yaml"})
    void theServiceServesTheCommittedDocumentAsTheExtensionWould(String format, String accept, String type)
            throws IOException {
        var request = given().accept(accept);
        if (!format.isEmpty()) {
            request.queryParam("format", format);
        }
        String served = request.get("/q/openapi").then().statusCode(200)
                .contentType(type + ";charset=UTF-8").extract().asString();
        Path committed = type.endsWith("json") ? JSON_DOCUMENT : OpenApiResponseValidation.DOCUMENT;
        assertEquals(Files.readString(committed, StandardCharsets.UTF_8), served);
    }
}
