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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The plain-http build (no Lambda extension) as container hosting runs it: {@code java -jar quarkus-run.jar}
 * (or the native executable), serving HTTP. Runs only in that build: {@code ./mvnw verify -Pplain-http}.
 */
@Tag("plain-http")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainHttpServiceIT {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RunningFunction service;
    private URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeAll
    void start() throws Exception {
        String built = System.getProperty("lambda.extension", "");
        if (!built.equals("quarkus-vertx-http")) {
            fail("PlainHttpServiceIT needs the plain-http build, this one has '" + built + "': run ./mvnw verify -Pplain-http");
        }
        Path target = Path.of(System.getProperty("lambda.target", "target")).toAbsolutePath();
        List<String> command = new ArrayList<>();
        var nativeExe = FunctionLauncher.nativeExecutable(target);
        if (nativeExe.isPresent()) {
            command.add(nativeExe.get().toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-jar");
            command.add(target.resolve("quarkus-app/quarkus-run.jar").toString());
        }
        // Loopback only, any free port; the port is read back from the start-up log line.
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", "0");
        Path log = target.resolve("lambda-it/PlainHttpServiceIT.log");
        service = FunctionLauncher.start(command, env, target, log);
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (base == null) {
            Matcher m = LISTENING.matcher(Files.exists(log) ? Files.readString(log) : "");
            if (m.find()) {
                base = URI.create("http://127.0.0.1:" + m.group(1));
            } else if (!service.process().isAlive() || System.nanoTime() > deadline) {
                fail("service did not start listening; its output:\n" + service.logTail());
            } else {
                Thread.sleep(100);
            }
        }
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
