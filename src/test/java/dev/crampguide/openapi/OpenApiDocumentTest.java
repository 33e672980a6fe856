package dev.crampguide.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document is committed (src/main/openapi/openapi.yaml) so that clients and reviewers read it in the
 * repository, the response validator checks answers against it and the test client is generated from it. This
 * test keeps it equal to what the service serves at /q/openapi; after a deliberate API change, rewrite it with
 * {@code -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiDocumentTest {

    @Test
    void theCommittedDocumentIsTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(OpenApiResponseValidation.DOCUMENT, served, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(OpenApiResponseValidation.DOCUMENT, StandardCharsets.UTF_8), served,
                "the API document changed; if intended, run with -Dopenapi.update=true and review the diff");
    }
}
