package dev.crampguide.lambda;

import dev.crampguide.ContractExample;
import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.ApiGatewayEvents.Response;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Drives the packaged function (native executable if the build made one, else the JVM function.zip through AWS's
 * runtime interface client) through the Runtime API emulator with API Gateway events, as Lambda would.
 * Subclasses pick the event format that their Maven profile's Lambda extension reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class RuntimeApiFunctionIT {

    private static final Duration COLD_START_BUDGET = Duration.ofSeconds(90);
    private static final Duration WARM_BUDGET = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The contract's example situation, verbatim. */
    static final String CONTRACT_EXAMPLE = ContractExample.JSON;

    private RuntimeApiEmulator emulator;
    private RunningFunction function;
    private boolean nativeFunction;
    /** Lambda request ids of the invocations this test sent. */
    private final Set<String> sentRequestIds = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Event format API Gateway sends to this build. */
    abstract Format format();

    /** The Lambda extension this build must have been packaged with (pom property lambda.extension). */
    abstract String requiredExtension();

    /** Maven command that builds and runs this test, for the failure message. */
    abstract String command();

    /** Environment the deployment gives the function on top of Lambda's own (see the SAM templates). */
    Map<String, String> deploymentEnvironment() {
        return Map.of();
    }

    /** Headers whatever sits in front of API Gateway adds to every request (the CDN's origin secret). */
    Map<String, String> frontHeaders() {
        return Map.of();
    }

    @BeforeAll
    void startFunction() throws Exception {
        String built = System.getProperty("lambda.extension", "");
        if (!built.equals(requiredExtension())) {
            fail(getClass().getSimpleName() + " needs a build with " + requiredExtension() + " but this one has '"
                    + built + "': run " + command());
        }
        Path target = Path.of(System.getProperty("lambda.target", "target")).toAbsolutePath();
        emulator = RuntimeApiEmulator.start();
        var nativeExe = FunctionLauncher.nativeExecutable(target);
        Path log = target.resolve("lambda-it/" + getClass().getSimpleName() + ".log");
        nativeFunction = nativeExe.isPresent();
        if (nativeFunction) {
            function = FunctionLauncher.start(List.of(nativeExe.get().toString()),
                    withPrimingReport(deployed(FunctionLauncher.lambdaEnvironment(emulator.endpoint(), target, "native"))),
                    target, log);
        } else {
            Path taskRoot = FunctionLauncher.unpackFunctionZip(target, "lambda-it/task-" + getClass().getSimpleName());
            Path ricDir = Path.of(System.getProperty("lambda.ric.dir", target.resolve("lambda-ric").toString()));
            function = FunctionLauncher.start(
                    FunctionLauncher.jvmCommand(Path.of(System.getProperty("java.home")), List.of(), ricDir),
                    withPrimingReport(deployed(FunctionLauncher.lambdaEnvironment(emulator.endpoint(), taskRoot,
                            FunctionLauncher.HANDLER))),
                    taskRoot, log);
        }
    }

    private Map<String, String> deployed(Map<String, String> lambda) {
        Map<String, String> env = new HashMap<>(lambda);
        env.putAll(deploymentEnvironment());
        return env;
    }

    @AfterAll
    void stopFunction() {
        if (function != null) {
            function.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    /** Sends a raw event and returns what the function posted back (response or error). */
    Result invokeRaw(String event) {
        try {
            Duration budget = emulator.nextRequests() == 0 ? COLD_START_BUDGET : WARM_BUDGET;
            Result result = emulator.invoke(event, budget);
            sentRequestIds.add(result.requestId());
            return result;
        } catch (Exception e) {
            throw new AssertionError("no answer from the function (" + e + "); its output:\n" + function.logTail(), e);
        }
    }

    /** Sends one request the way the deployment's front door forwards it and returns what the client would get. */
    Response call(Request request) {
        Request forwarded = request;
        for (Map.Entry<String, String> h : frontHeaders().entrySet()) {
            forwarded = forwarded.withHeader(h.getKey(), h.getValue());
        }
        return callApiGatewayDirectly(forwarded);
    }

    /** Sends one request as it reaches API Gateway when a caller bypasses whatever sits in front of it. */
    Response callApiGatewayDirectly(Request request) {
        Result result = invokeRaw(ApiGatewayEvents.event(format(), request));
        if (result.kind() != Result.Kind.RESPONSE) {
            fail("function reported " + result.kind() + " " + result.errorType() + ": " + result.bodyText()
                    + "\nits output:\n" + function.logTail());
        }
        return ApiGatewayEvents.response(result.bodyText());
    }

    /** The priming code reports at DEBUG only; the test turns that on to see whether and how often it ran. */
    private static Map<String, String> withPrimingReport(Map<String, String> env) {
        env.put("QUARKUS_LOG_CATEGORY__DEV_CRAMPGUIDE_PRIMING__LEVEL", "DEBUG");
        return env;
    }

    /**
     * The JVM function primes its request path once during init, through the handler Lambda runs (the native
     * executable has none, and nothing to warm up), and the priming request leaves no request log line: every
     * request id in the log belongs to an invocation this test sent.
     */
    @Test
    void primedOnceDuringInitWithoutARequestLogLine() throws Exception {
        Response r = call(Request.postJson("/v1/guidance", CONTRACT_EXAMPLE));
        assertEquals(200, r.status(), r.body());
        List<JsonNode> lines = new ArrayList<>();
        Set<String> logged = new HashSet<>();
        // The request log line is written as the response ends, which may be just after the answer arrived.
        for (int attempt = 0; attempt < 50 && logged.isEmpty(); attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            lines.clear();
            for (String line : Files.readAllLines(function.log())) {
                if (line.startsWith("{")) {
                    lines.add(JSON.readTree(line));
                }
            }
            lines.stream().filter(l -> "dev.crampguide.requests".equals(l.path("loggerName").asText()))
                    .forEach(l -> logged.add(l.path("mdc").path("requestId").asText()));
        }
        long primed = lines.stream().filter(l -> l.path("message").asText().startsWith("Primed the request path")).count();
        assertEquals(nativeFunction ? 0 : 1, primed, "priming reports in the function's output:\n" + function.logTail());
        assertFalse(logged.isEmpty(), "request log lines in the function's output:\n" + function.logTail());
        assertTrue(sentRequestIds.containsAll(logged), "logged " + logged + ", sent " + sentRequestIds);
    }

    @Test
    void contractExampleGetsCitedGuidanceWithDisclaimer() {
        Response r = call(Request.postJson("/v1/guidance", CONTRACT_EXAMPLE));
        assertEquals(200, r.status(), r.body());
        assertTrue(r.header("content-type").startsWith("application/json"), r.header("content-type"));
        assertEquals("no-store", r.header("cache-control"), "health answers must not be cached");
        JsonNode g = r.json();
        // No symptom, no medication change: nothing to escalate, so self care leads.
        assertEquals("self_care", g.path("careLevel").asText(), r.body());
        assertTrue(g.path("redFlags").isEmpty(), r.body());
        // advice waits for the urgent check, which comes first; then the calf cramping now is lengthened
        assertTrue(g.path("immediateSteps").isEmpty(), r.body());
        assertEquals("urgent_signs", g.path("questions").path(0).path("id").asText(), r.body());
        Response after = call(Request.postJson("/v1/guidance",
                CONTRACT_EXAMPLE.replaceFirst("\\{", "{\"answered\": [\"urgent_signs\"], ")));
        assertTrue(ids(after.json().path("immediateSteps")).contains("lengthen_calf"), after.body());
        assertFalse(g.path("disclaimer").asText().isBlank(), "every answer carries the disclaimer");
        assertFalse(g.path("tableVersion").asText().isBlank(), "every answer names its table version");
        assertEveryCitationListed(g);
    }

    /** Answers longer than any output buffer (the table is ~35 KB) still go out whole, with their length. */
    @Test
    void longAnswersCarryTheirContentLengthNotChunked() {
        for (Request request : List.of(Request.postJson("/v1/guidance", CONTRACT_EXAMPLE), Request.get("/v1/guidance/table", ""))) {
            Response r = call(request);
            assertEquals(200, r.status(), r.body());
            assertTrue(r.body().length() > 8192, "an answer longer than Quarkus's default output buffer: " + r.body().length());
            assertNull(r.header("transfer-encoding"), "transfer-encoding " + r.headers());
            assertEquals(String.valueOf(r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                    r.header("content-length"), "content-length " + r.headers());
        }
    }

    @Test
    void warningSignsInQueryRaiseCareToEmergency() {
        Response r = call(Request.get("/v1/guidance", "muscle=calf&when=night&symptoms=one_leg_swollen,chest_pain"));
        assertEquals(200, r.status(), r.body());
        JsonNode g = r.json();
        assertEquals("emergency", g.path("careLevel").asText(), r.body());
        assertEquals("clot_with_chest_or_breathing", g.path("redFlags").path(0).path("id").asText(), r.body());
        assertEveryCitationListed(g);
    }

    @Test
    void badFieldsGetProblemJsonNamingEachField() {
        Response r = call(Request.postJson("/v1/guidance", "{\"muscle\":\"elbow\",\"symptoms\":[\"numbness\",\"sore_toe\"],\"age\":300}"));
        assertEquals(400, r.status(), r.body());
        assertTrue(r.header("content-type").startsWith("application/problem+json"), r.header("content-type"));
        JsonNode p = r.json();
        assertEquals(400, p.path("status").asInt(), r.body());
        assertNotNull(p.get("type"), r.body());
        assertNotNull(p.get("title"), r.body());
        Set<String> fields = new HashSet<>();
        p.path("errors").forEach(e -> fields.add(e.path("field").asText()));
        assertEquals(Set.of("muscle", "symptoms[1]", "age"), fields, r.body());
        assertFalse(r.body().contains("Exception"), "no stack traces to clients: " + r.body());
    }

    @Test
    void malformedJsonAndWrongContentTypeAreRejected() {
        Response malformed = call(Request.postJson("/v1/guidance", "{\"muscle\": "));
        assertEquals(400, malformed.status(), malformed.body());
        assertTrue(malformed.header("content-type").startsWith("application/problem+json"));
        Response plain = call(new Request("POST", "/v1/guidance", "", java.util.Map.of("content-type", "text/plain"), "calf"));
        assertEquals(415, plain.status(), plain.body());
        Response large = call(Request.postJson("/v1/guidance", "{\"muscle\":\"calf\",\"pad\":\"" + "x".repeat(17 * 1024) + "\"}"));
        assertEquals(413, large.status(), large.body());
    }

    @Test
    void getIsCacheableWithEtagOfTableVersionAndRevalidates() {
        Response first = call(Request.get("/v1/guidance", "muscle=foot&when=night&crampingNow=true"));
        assertEquals(200, first.status(), first.body());
        String etag = first.header("etag");
        assertEquals("\"" + first.json().path("tableVersion").asText() + "\"", etag, "ETag follows the table version");
        assertTrue(first.header("cache-control").matches("public, max-age=\\d+"), first.header("cache-control"));
        Response again = call(Request.get("/v1/guidance", "muscle=foot&when=night&crampingNow=true").withHeader("if-none-match", etag));
        assertEquals(304, again.status(), again.body());
        assertTrue(again.body().isEmpty(), "304 has no body");
    }

    @Test
    void healthEndpointAnswersUp() {
        Response r = call(Request.get("/q/health", ""));
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().path("status").asText(), r.body());
    }

    /** The packaged function has no OpenAPI extension: it serves the committed document (PublishedOpenApi). */
    @Test
    void theOpenApiDocumentIsTheCommittedOne() throws IOException {
        Response yaml = call(Request.get("/q/openapi", "").withHeader("accept", "application/yaml"));
        assertEquals(200, yaml.status(), yaml.body());
        assertTrue(yaml.header("content-type").startsWith("application/yaml"), yaml.header("content-type"));
        assertEquals(Files.readString(Path.of("src/main/openapi/openapi.yaml")), yaml.body());
        Response json = call(Request.get("/q/openapi", "format=json").withHeader("accept", "*/*"));
        assertEquals(200, json.status(), json.body());
        assertTrue(json.header("content-type").startsWith("application/json"), json.header("content-type"));
        assertEquals(Files.readString(Path.of("src/main/openapi/openapi.json")), json.body());
    }

    /** Every reference id an item cites appears in references, and references holds only cited ids. */
    static void assertEveryCitationListed(JsonNode g) {
        Set<String> cited = new HashSet<>();
        for (String section : List.of("redFlags", "safetyNet", "likelyTriggers", "immediateSteps", "prevention", "cautions")) {
            g.path(section).forEach(item -> {
                assertFalse(item.path("references").isEmpty(), "item without reference: " + item);
                item.path("references").forEach(ref -> cited.add(ref.asText()));
            });
        }
        assertEquals(cited, new HashSet<>(ids(g.path("references"))), "references must be exactly the cited ids");
    }

    static List<String> ids(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path("id").asText()));
        return out;
    }

    @Test
    void unknownPathIsNotFoundAndFunctionKeepsServing() {
        Response missing = call(Request.get("/v1/no-such-thing", ""));
        assertEquals(404, missing.status(), missing.body());
        Response after = call(Request.get("/q/health", ""));
        assertEquals(200, after.status(), after.body());
        assertTrue(function.process().isAlive(), "function process exited after a 404");
    }
}
