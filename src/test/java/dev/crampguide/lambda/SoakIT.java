package dev.crampguide.lambda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crampguide.ContractExample;
import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.ApiGatewayEvents.Response;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Sustained load on the packaged function through the Runtime API emulator, as Lambda would drive one warm
 * instance: a seeded mix of realistic situations (POST and cacheable GET, emergencies included), revalidations
 * and bad input (malformed JSON, unknown enum values, wrong types, out-of-range numbers, 413, 415). Every answer
 * must have the status (and, for guidance, the care level) the contract promises; resident memory after the run
 * must be within 10 % of what it was after the warm-up.
 * <p>
 * {@code soak.invocations} (default 5,000; {@code -Psoak}: 100,000), {@code soak.warmup} (2,000),
 * {@code soak.jvmOptions} (the production flags of infra/template-jvm.yaml, in a 512 MB function).
 * Writes target/soak/results.md.
 */
@Tag("function-zip")
class SoakIT {

    static final int INVOCATIONS = Integer.getInteger("soak.invocations", 5_000);
    static final int WARMUP = Integer.getInteger("soak.warmup", 2_000);
    static final double MAX_RSS_GROWTH = 0.10;
    /** As infra/template-jvm.yaml runs the function: C1 only, SerialGC, sized as a 512 MB function. */
    static final String JVM_OPTIONS = System.getProperty("soak.jvmOptions",
            "-XX:MaxRAM=512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC");

    /** One kind of request and what the contract says the client gets. */
    record Case(String name, Request request, int status, String careLevel) {
    }

    @Test
    void staysCorrectAndFlatUnderSustainedMixedLoad() throws Exception {
        String extension = System.getProperty("lambda.extension", "");
        Format format = switch (extension) {
            case "quarkus-amazon-lambda-http" -> Format.V2_HTTP_API;
            case "quarkus-amazon-lambda-rest" -> Format.V1_REST_API;
            default -> throw new AssertionError("SoakIT needs a Lambda build, this one has '" + extension + "'");
        };
        Path target = Path.of(System.getProperty("lambda.target", "target")).toAbsolutePath();
        Path work = target.resolve("soak");
        Files.createDirectories(work);

        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
             RunningFunction function = start(emulator, target, work)) {
            Driver driver = new Driver(emulator, function, format);
            Response first = driver.call(Request.get("/v1/guidance", "muscle=calf&when=night"), Duration.ofSeconds(90));
            assertEquals(200, first.status(), first.body());
            List<Case> cases = cases(first.header("etag"));

            long wallStart = System.nanoTime();
            driver.run(cases, WARMUP, new Random(6), null);
            long rssStartKb = status(function, "VmRSS");
            long[] latency = new long[INVOCATIONS];
            driver.run(cases, INVOCATIONS, new Random(7), latency);
            long rssEndKb = status(function, "VmRSS");
            long peakKb = status(function, "VmHWM");
            double wallSeconds = (System.nanoTime() - wallStart) / 1e9;

            long[] sorted = latency.clone();
            Arrays.sort(sorted);
            double growth = (rssEndKb - rssStartKb) / (double) rssStartKb;
            long resent = resentEvents(function.log());
            String report = report(format, driver, sorted, rssStartKb, rssEndKb, peakKb, growth, wallSeconds, resent);
            Files.writeString(work.resolve("results.md"), report);
            System.out.println(report);

            assertTrue(function.process().isAlive(), "the function process died:\n" + function.logTail());
            assertEquals(0, driver.unexpected, "unexpected answers, first ones:\n" + String.join("\n", driver.examples));
            assertTrue(growth < MAX_RSS_GROWTH, String.format(Locale.ROOT,
                    "RSS grew %.1f %% after warm-up (%d → %d KiB)", growth * 100, rssStartKb, rssEndKb));
        }
    }

    private static RunningFunction start(RuntimeApiEmulator emulator, Path target, Path work) throws IOException {
        var nativeExe = FunctionLauncher.nativeExecutable(target);
        Path log = work.resolve("function.log");
        if (nativeExe.isPresent()) {
            return FunctionLauncher.start(List.of(nativeExe.get().toString()),
                    FunctionLauncher.lambdaEnvironment(emulator.endpoint(), target, "native"), target, log);
        }
        Path taskRoot = FunctionLauncher.unpackFunctionZip(target, "soak/task");
        Path ricDir = Path.of(System.getProperty("lambda.ric.dir", target.resolve("lambda-ric").toString()));
        List<String> options = JVM_OPTIONS.isBlank() ? List.of() : List.of(JVM_OPTIONS.trim().split("\\s+"));
        return FunctionLauncher.start(FunctionLauncher.jvmCommand(Path.of(System.getProperty("java.home")), options, ricDir),
                FunctionLauncher.lambdaEnvironment(emulator.endpoint(), taskRoot, FunctionLauncher.HANDLER),
                taskRoot, log);
    }

    /** Sends the cases in a seeded random order and checks every answer. */
    static final class Driver {
        private final RuntimeApiEmulator emulator;
        private final RunningFunction function;
        private final Format format;
        final Map<String, Integer> perCase = new LinkedHashMap<>();
        final Map<Integer, Integer> perStatus = new java.util.TreeMap<>();
        final List<String> examples = new ArrayList<>();
        int unexpected;
        int total;

        Driver(RuntimeApiEmulator emulator, RunningFunction function, Format format) {
            this.emulator = emulator;
            this.function = function;
            this.format = format;
        }

        Response call(Request request, Duration budget) throws Exception {
            Result r = emulator.invoke(ApiGatewayEvents.event(format, request), budget);
            if (r.kind() != Result.Kind.RESPONSE) {
                throw new AssertionError("function reported " + r.kind() + " " + r.errorType() + "\n" + function.logTail());
            }
            return ApiGatewayEvents.response(r.bodyText());
        }

        void run(List<Case> cases, int n, Random random, long[] latency) throws Exception {
            for (int i = 0; i < n; i++) {
                Case c = cases.get(random.nextInt(cases.size()));
                String event = ApiGatewayEvents.event(format, c.request());
                long t0 = System.nanoTime();
                Result r;
                try {
                    // Lambda's function timeout in the SAM templates is 15 s.
                    r = emulator.invoke(event, Duration.ofSeconds(15));
                } catch (TimeoutException e) {
                    fail("no answer to '" + c.name() + "' after " + total + " invocations: " + e.getMessage()
                            + "\n" + function.logTail());
                    return;
                }
                if (latency != null) {
                    latency[i] = r.arrivedNanos() - t0;
                }
                total++;
                perCase.merge(c.name(), 1, Integer::sum);
                check(c, r);
            }
        }

        private void check(Case c, Result r) {
            String problem = null;
            if (r.kind() != Result.Kind.RESPONSE) {
                problem = "function error " + r.errorType() + ": " + r.bodyText();
            } else {
                Response response = ApiGatewayEvents.response(r.bodyText());
                perStatus.merge(response.status(), 1, Integer::sum);
                if (response.status() != c.status()) {
                    problem = "status " + response.status() + " instead of " + c.status() + ": " + response.body();
                } else if (c.status() >= 400 && !String.valueOf(response.header("content-type")).startsWith("application/problem+json")) {
                    problem = "error without problem+json: " + response.header("content-type");
                } else if (c.careLevel() != null && !c.careLevel().equals(response.json().path("careLevel").asText())) {
                    problem = "careLevel " + response.json().path("careLevel").asText() + " instead of " + c.careLevel();
                }
            }
            if (problem != null) {
                unexpected++;
                if (examples.size() < 10) {
                    examples.add("#" + total + " " + c.name() + ": " + problem);
                }
            }
        }
    }

    /** Realistic situations (what people describe, emergencies included) and the bad inputs clients send. */
    static List<Case> cases(String etag) {
        List<Case> c = new ArrayList<>();
        // Realistic POSTs. Weighted by repetition: most traffic is ordinary guidance.
        for (int i = 0; i < 3; i++) {
            c.add(post("contract example", ContractExample.JSON, 200, "self_care"));
        }
        c.add(post("night calf cramps asking about quinine",
                "{\"muscle\":\"calf\",\"when\":\"night\",\"recurring\":true,\"considering\":[\"magnesium\",\"quinine\"],\"age\":72}",
                200, "self_care"));
        c.add(post("hamstring sore after a long hot run",
                "{\"muscle\":\"hamstring\",\"when\":\"after_exercise\",\"soreAfterwards\":true,\"exercise\":{\"hot\":true,"
                        + "\"heavySweating\":true,\"durationMinutes\":150,\"drinking\":\"large_plain_water\"},\"considering\":[\"ice\"]}",
                200, "self_care"));
        c.add(post("foot locked while swimming, on dialysis",
                "{\"muscle\":\"foot\",\"when\":\"exercise\",\"crampingNow\":true,\"stillLocked\":true,"
                        + "\"factors\":[\"dialysis\",\"kidney_disease\"],\"considering\":[\"heat\",\"electrolyte_drink\"],\"age\":58}",
                200, "self_care"));
        c.add(post("empty situation", "{}", 200, "self_care"));
        c.add(post("EMERGENCY swollen calf and short of breath",
                "{\"muscle\":\"calf\",\"when\":\"rest\",\"symptoms\":[\"one_leg_swollen\",\"short_of_breath\"]}", 200, "emergency"));
        c.add(post("EMERGENCY red warm leg with chest pain, cramping now",
                "{\"muscle\":\"calf\",\"crampingNow\":true,\"symptoms\":[\"one_leg_red\",\"one_leg_warm\",\"chest_pain\"],\"age\":44}",
                200, "emergency"));
        c.add(post("numbness after a medication change",
                "{\"muscle\":\"hand\",\"when\":\"rest\",\"factors\":[\"recent_medication_change\"],\"symptoms\":[\"numbness\"]}",
                200, "prompt_medical_advice"));
        c.add(post("calf pain walking that eases with rest",
                "{\"muscle\":\"calf\",\"when\":\"walking\",\"symptoms\":[\"pain_walking_eases_with_rest\"],\"age\":71}",
                200, "see_clinician"));
        c.add(post("frequent severe thigh cramps",
                "{\"muscle\":\"thigh\",\"recurring\":true,\"symptoms\":[\"frequent\",\"severe\",\"not_improving_with_stretching\"]}",
                200, "see_clinician"));
        // Cacheable GETs, as the widget and CDN send them.
        c.add(get("GET night foot cramp", "muscle=foot&when=night&crampingNow=true", 200, "self_care"));
        c.add(get("GET exercise with dotted fields",
                "muscle=calf&when=exercise&crampingNow=true&exercise.hot=true&exercise.durationMinutes=95&exercise.drinking=plain_water&factors=alcohol&age=67",
                200, "self_care"));
        c.add(get("GET EMERGENCY swollen leg and chest pain",
                "muscle=calf&when=night&symptoms=one_leg_swollen,chest_pain", 200, "emergency"));
        c.add(get("GET weakness", "muscle=thigh&symptoms=weakness,loss_of_coordination", 200, "prompt_medical_advice"));
        c.add(new Case("GET revalidation (If-None-Match)",
                Request.get("/v1/guidance", "muscle=calf&when=night").withHeader("if-none-match", etag), 304, null));
        // Bad input: every one a problem+json 4xx, never a 5xx.
        c.add(post("malformed JSON", "{\"muscle\": ", 400, null));
        c.add(post("not an object", "[\"calf\"]", 400, null));
        c.add(post("unknown enum values", "{\"muscle\":\"neck\",\"symptoms\":[\"numbness\",\"sore_toe\"]}", 400, null));
        c.add(post("wrong types", "{\"crampingNow\":\"yes\",\"age\":\"old\",\"factors\":\"alcohol\",\"exercise\":[1]}", 400, null));
        c.add(post("numbers out of range", "{\"age\":300,\"exercise\":{\"durationMinutes\":-5}}", 400, null));
        c.add(post("body over 16 KiB", "{\"muscle\":\"calf\",\"pad\":\"" + "x".repeat(17 * 1024) + "\"}", 413, null));
        c.add(new Case("text/plain body", new Request("POST", "/v1/guidance", "",
                Map.of("content-type", "text/plain", "accept", "application/json"), "calf"), 415, null));
        c.add(get("GET unknown enum value", "muscle=neck&symptoms=numbness,sore_toe", 400, null));
        c.add(get("GET wrong type", "crampingNow=perhaps&age=old", 400, null));
        return c;
    }

    private static Case post(String name, String body, int status, String careLevel) {
        return new Case(name, Request.postJson("/v1/guidance", body), status, careLevel);
    }

    private static Case get(String name, String query, int status, String careLevel) {
        return new Case(name, Request.get("/v1/guidance", query), status, careLevel);
    }

    /** A line of /proc/<pid>/status in KiB (VmRSS now, VmHWM peak). */
    private static long status(RunningFunction function, String field) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(function.process().pid()), "status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no " + field + " in /proc status");
    }

    /** Events the function's LostAnswerGuard sent again: answers Quarkus's virtual channel lost and the guard saved. */
    static long resentEvents(Path log) throws IOException {
        try (var lines = Files.lines(log)) {
            return lines.filter(l -> l.contains(LOST_ANSWER_WARNING)).count();
        }
    }

    /** Part of LostAnswerGuard's warning. */
    static final String LOST_ANSWER_WARNING = "sending the event again";

    private static String report(Format format, Driver d, long[] sorted, long rssStartKb, long rssEndKb, long peakKb,
                                 double growth, double wallSeconds, long resent) {
        StringBuilder s = new StringBuilder();
        s.append("# Soak through the Lambda Runtime API emulator\n\n");
        s.append(String.format(Locale.ROOT, "%s, %s events, JVM options `%s` (ignored for a native executable)%n%n",
                Instant.now(), format, JVM_OPTIONS));
        s.append("| measure | value |\n|---|---|\n");
        s.append(String.format(Locale.ROOT, "| invocations measured (after %,d warm-up) | %,d |%n", WARMUP, sorted.length));
        s.append(String.format(Locale.ROOT, "| unexpected answers (warm-up included) | %d of %,d |%n", d.unexpected, d.total));
        s.append(String.format(Locale.ROOT, "| answers lost by the virtual channel and sent again (LostAnswerGuard) | %d |%n", resent));
        s.append(String.format(Locale.ROOT, "| latency median | %.3f ms |%n", percentile(sorted, 0.50)));
        s.append(String.format(Locale.ROOT, "| latency p99 | %.3f ms |%n", percentile(sorted, 0.99)));
        s.append(String.format(Locale.ROOT, "| latency max | %.3f ms |%n", sorted[sorted.length - 1] / 1e6));
        s.append(String.format(Locale.ROOT, "| RSS after warm-up | %,d KiB |%n", rssStartKb));
        s.append(String.format(Locale.ROOT, "| RSS at the end | %,d KiB |%n", rssEndKb));
        s.append(String.format(Locale.ROOT, "| RSS growth after warm-up | %+.1f %% (limit %.0f %%) |%n", growth * 100, MAX_RSS_GROWTH * 100));
        s.append(String.format(Locale.ROOT, "| peak RSS (VmHWM) | %,d KiB |%n", peakKb));
        s.append(String.format(Locale.ROOT, "| wall time (warm-up + run) | %.1f s |%n", wallSeconds));
        s.append("\nAnswers by status: ").append(d.perStatus).append("\n\nRequests by case:\n\n");
        d.perCase.forEach((name, count) -> s.append("- ").append(name).append(": ").append(count).append('\n'));
        if (!d.examples.isEmpty()) {
            s.append("\nFirst unexpected answers:\n\n");
            d.examples.forEach(e -> s.append("- ").append(e).append('\n'));
        }
        return s.toString();
    }

    private static double percentile(long[] sorted, double p) {
        return sorted[Math.max(0, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }
}
