package dev.crampguide.lambda;

import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.ApiGatewayEvents.Response;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    private RuntimeApiEmulator emulator;
    private RunningFunction function;

    /** Event format API Gateway sends to this build. */
    abstract Format format();

    /** The Lambda extension this build must have been packaged with (pom property lambda.extension). */
    abstract String requiredExtension();

    /** Maven command that builds and runs this test, for the failure message. */
    abstract String command();

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
        if (nativeExe.isPresent()) {
            function = FunctionLauncher.start(List.of(nativeExe.get().toString()),
                    FunctionLauncher.lambdaEnvironment(emulator.endpoint(), target, "native"), target, log);
        } else {
            Path taskRoot = FunctionLauncher.unpackFunctionZip(target, "lambda-it/task-" + getClass().getSimpleName());
            Path ricDir = Path.of(System.getProperty("lambda.ric.dir", target.resolve("lambda-ric").toString()));
            function = FunctionLauncher.start(
                    FunctionLauncher.jvmCommand(Path.of(System.getProperty("java.home")), List.of(), ricDir),
                    FunctionLauncher.lambdaEnvironment(emulator.endpoint(), taskRoot, FunctionLauncher.QUARKUS_HANDLER),
                    taskRoot, log);
        }
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

    /** Sends one request through API Gateway's event format and returns what the client would get. */
    Response call(Request request) {
        String event = ApiGatewayEvents.event(format(), request);
        Result result;
        try {
            Duration budget = emulator.nextRequests() == 0 ? COLD_START_BUDGET : WARM_BUDGET;
            result = emulator.invoke(event, budget);
        } catch (Exception e) {
            throw new AssertionError("no answer from the function (" + e + "); its output:\n" + function.logTail(), e);
        }
        if (result.kind() != Result.Kind.RESPONSE) {
            fail("function reported " + result.kind() + " " + result.errorType() + ": " + result.bodyText()
                    + "\nits output:\n" + function.logTail());
        }
        return ApiGatewayEvents.response(result.bodyText());
    }

    @Test
    void healthEndpointAnswersUp() {
        Response r = call(Request.get("/q/health", ""));
        assertEquals(200, r.status(), r.body());
        assertEquals("UP", r.json().path("status").asText(), r.body());
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
