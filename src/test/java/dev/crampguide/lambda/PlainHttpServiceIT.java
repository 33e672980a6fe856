package dev.crampguide.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The plain-http build (no Lambda extension) as container hosting runs it: {@code java -jar quarkus-run.jar}
 * (or the native executable), serving HTTP. Runs only in that build: {@code ./mvnw verify -Pplain-http}.
 */
@Tag("plain-http")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainHttpServiceIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningFunction service;
    private URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start() throws Exception {
        service = PlainHttpService.start(getClass().getSimpleName());
        base = PlainHttpService.base(service);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void contractExampleIsAnsweredOverPlainHttp() throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(base.resolve("/v1/guidance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(RuntimeApiFunctionIT.CONTRACT_EXAMPLE)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode g = JSON.readTree(r.body());
        assertEquals("self_care", g.path("careLevel").asText(), r.body());
        assertFalse(g.path("disclaimer").asText().isBlank());
        assertFalse(g.path("tableVersion").asText().isBlank());
        RuntimeApiFunctionIT.assertEveryCitationListed(g);
    }

    @Test
    void badInputIsProblemJsonAndHealthIsUp() throws Exception {
        HttpResponse<String> bad = send(HttpRequest.newBuilder(base.resolve("/v1/guidance"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"muscle\":\"elbow\"}")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(bad.headers().firstValue("content-type").orElse("").startsWith("application/problem+json"));
        assertEquals("muscle", JSON.readTree(bad.body()).path("errors").path(0).path("field").asText(), bad.body());
        HttpResponse<String> health = send(HttpRequest.newBuilder(base.resolve("/q/health")).GET());
        assertEquals(200, health.statusCode(), health.body());
        assertEquals("UP", JSON.readTree(health.body()).path("status").asText());
    }
}
