import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Image-build helper for infra/aot/Dockerfile (never part of the application). It runs the function exactly as
 * Lambda will -- the runtime interface client with the Quarkus handler, under the runtime interface emulator that
 * ships in the AWS base image -- feeds it API Gateway payload 2.0 events and stops it, so the JVM writes the AOT
 * cache. A second run with -XX:AOTMode=on proves the cache matches the production command line.
 *
 * Uses only java.base so it runs on whatever JDK the base image carries.
 */
public final class AotTraining {

    private static final String RIE = "/usr/local/bin/aws-lambda-rie";
    private static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    private static final String INVOKE = "http://127.0.0.1:8080/2015-03-31/functions/function/invocations";
    private static final Pattern STATUS = Pattern.compile("\"statusCode\"\\s*:\\s*(\\d{3})");

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: AotTraining <events-dir> <java-args-file> <cache-file> <handler> <rounds>");
            System.exit(2);
        }
        Path eventsDir = Path.of(args[0]);
        String javaArgs = "@" + args[1];
        Path cache = Path.of(args[2]);
        String handler = args[3];
        int rounds = Integer.parseInt(args[4]);

        List<String> events = readEvents(eventsDir);

        // 1) Training run: records what the function loads and links while it answers real events.
        Files.deleteIfExists(cache);
        run(List.of(RIE, "java", "-XX:AOTCacheOutput=" + cache, javaArgs, RIC_MAIN, handler), events, rounds, cache);
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            fail("the training run ended without writing " + cache);
        }
        System.out.printf("AOT cache %s: %d bytes%n", cache, Files.size(cache));

        // 2) Verification run: AOTMode=on makes the JVM refuse to start if the cache does not fit this command line.
        run(List.of(RIE, "java", "-XX:AOTCache=" + cache, "-XX:AOTMode=on", javaArgs, RIC_MAIN, handler), events, 1,
                null);
        System.out.println("AOT cache verified with the production command line");
    }

    private static List<String> readEvents(Path dir) throws IOException {
        List<String> events = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                events.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        if (events.isEmpty()) {
            fail("no training events in " + dir);
        }
        return events;
    }

    /** Runs the function under the emulator, invokes it, stops it; {@code cache} is the file a training run writes. */
    private static void run(List<String> command, List<String> events, int rounds, Path cache) throws Exception {
        Process emulator = new ProcessBuilder(command).inheritIO().start();
        try {
            awaitPort(8080, emulator);
            for (int round = 0; round < rounds; round++) {
                for (String event : events) {
                    int status = invoke(event);
                    // 4xx is a trained path too (problem+json answers); 5xx or no status means a broken function.
                    if (status >= 500) {
                        fail("a training invocation answered " + status);
                    }
                }
            }
            stopFunction(emulator, cache);
        } finally {
            emulator.destroy();
            if (!emulator.waitFor(30, TimeUnit.SECONDS)) {
                emulator.destroyForcibly();
            }
        }
    }

    private static void awaitPort(int port, Process emulator) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!emulator.isAlive()) {
                fail("the runtime interface emulator exited early");
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(100);
            }
        }
        fail("the runtime interface emulator did not open port " + port);
    }

    private static int invoke(String event) throws IOException {
        HttpURLConnection http = (HttpURLConnection) URI.create(INVOKE).toURL().openConnection();
        http.setRequestMethod("POST");
        http.setDoOutput(true);
        http.setConnectTimeout(10_000);
        http.setReadTimeout(120_000);
        http.setRequestProperty("Content-Type", "application/json");
        try (OutputStream out = http.getOutputStream()) {
            out.write(event.getBytes(StandardCharsets.UTF_8));
        }
        String result;
        try (InputStream in = http.getResponseCode() < 400 ? http.getInputStream() : http.getErrorStream()) {
            result = in == null ? "" : readAll(in);
        }
        Matcher status = STATUS.matcher(result);
        if (!status.find()) {
            // The emulator returns the function's error object instead of an API Gateway response.
            fail("the function did not return an API Gateway response: " + abbreviate(result));
        }
        return Integer.parseInt(status.group(1));
    }

    /**
     * SIGTERM to the function JVM: on the way out a training JVM writes the AOT cache (a child JVM assembles it,
     * then the temporary configuration file is removed). Done when the JVM is gone, or when the cache is complete
     * even if a shutdown hook still lingers.
     */
    private static void stopFunction(Process emulator, Path cache) throws Exception {
        List<ProcessHandle> jvms = emulator.descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
                .toList();
        if (jvms.isEmpty()) {
            fail("no function JVM found under the runtime interface emulator");
        }
        jvms.forEach(ProcessHandle::destroy);
        Path config = cache == null ? null : Path.of(cache + ".config");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (jvms.stream().noneMatch(ProcessHandle::isAlive)) {
                return;
            }
            if (cache != null && Files.isRegularFile(cache) && !Files.exists(config)) {
                Thread.sleep(1000);
                jvms.forEach(ProcessHandle::destroyForcibly);
                return;
            }
            Thread.sleep(200);
        }
        jvms.forEach(ProcessHandle::destroyForcibly);
        if (cache != null) {
            fail("the function JVM did not finish writing " + cache);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        in.transferTo(buffer);
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "...";
    }

    private static void fail(String message) {
        throw new IllegalStateException("AOT training: " + message);
    }
}
