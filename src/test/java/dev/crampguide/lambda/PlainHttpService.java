package dev.crampguide.lambda;

import static org.junit.jupiter.api.Assertions.fail;

import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts the plain-http build (no Lambda extension) as container hosting runs it: {@code java -jar
 * quarkus-run.jar} (or the native executable), on loopback and a free port. Only in {@code ./mvnw verify -Pplain-http}.
 */
final class PlainHttpService {

    private static final Pattern LISTENING = Pattern.compile("Listening on: http://127\\.0\\.0\\.1:(\\d+)");

    private PlainHttpService() {
    }

    static RunningFunction start(String name) throws Exception {
        String built = System.getProperty("lambda.extension", "");
        if (!built.equals("quarkus-vertx-http")) {
            fail(name + " needs the plain-http build, this one has '" + built + "': run ./mvnw verify -Pplain-http");
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
        return FunctionLauncher.start(command, env, target, target.resolve("lambda-it/" + name + ".log"));
    }

    /** Waits for the start-up log line and returns the base URI it names. */
    static URI base(RunningFunction service) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (true) {
            Matcher m = LISTENING.matcher(Files.exists(service.log()) ? Files.readString(service.log()) : "");
            if (m.find()) {
                return URI.create("http://127.0.0.1:" + m.group(1));
            } else if (!service.process().isAlive() || System.nanoTime() > deadline) {
                fail("service did not start listening; its output:\n" + service.logTail());
            } else {
                Thread.sleep(100);
            }
        }
    }
}
