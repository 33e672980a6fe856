package dev.crampguide.bench;

import dev.crampguide.ContractExample;
import dev.crampguide.lambda.ApiGatewayEvents;
import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.FunctionLauncher;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import dev.crampguide.lambda.RuntimeApiEmulator;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import dev.crampguide.tablefile.TableFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Cold-start and warm-latency benchmark of the packaged function through the Runtime API emulator, with the
 * contract's example situation as an HTTP API (payload 2.0) POST /v1/guidance.
 * <p>
 * Cold start: from process start to the emulator receiving the first response (the event is queued before the
 * process starts, as on a cold Lambda invoke); of it, the first invocation runs from the function's first request
 * for an event (its init done) to its answer. Variants named *-unprimed run Quarkus's own handler instead of the
 * function's, which primes the request path during init. Warm: one process answers {@code bench.invocations} events back to
 * back; latency is from queueing an event to receiving its response. Peak RSS is VmHWM after the warm run.
 * Cold starts run round-robin over the variants so that load from other work on the machine spreads over all.
 * <p>
 * Run: {@code ./mvnw -B -ntp -Pbench verify -DskipTests} (writes target/bench/results.md). System properties:
 * bench.coldStarts (5), bench.invocations (10000), bench.variants (comma list of names, default all),
 * bench.baseline (another build's target/ to run beside this one, see {@link #withBaseline}), bench.tableLoads (9),
 * bench.jdk25 (/usr/lib/jvm/temurin-25-jdk-amd64), bench.path (/v1/guidance; /q/health for a GET), bench.jvmOptions
 * (added to every function JVM, e.g. a profiler agent), bench.handler (the function's handler, default the priming
 * one; Quarkus's own for a build without it), bench.target (the build to measure, default target/), bench.floor
 * (true: each function variant gets its twin running the bare Quarkus function of src/test/resources/bench/floor).
 */
public final class LambdaBench {

    /** How to start one process of a variant, given the Runtime API endpoint. */
    record Spec(List<String> command, Map<String, String> env, Path workDir) {
    }

    record Variant(String name, String how, Function<String, Spec> spec, Path trainingOutput,
                   Function<String, Spec> training, boolean isFunction) {
        static Variant plain(String name, String how, Function<String, Spec> spec, boolean isFunction) {
            return new Variant(name, how, spec, null, null, isFunction);
        }
    }

    /** One cold start: process start to first answer, and the first invocation alone (init done to answer). */
    record Cold(long totalNanos, long firstInvocationNanos, long cpuMillis) {
    }

    /** Events answered to warm up the emulator before the first measured cold start. */
    static final int EMULATOR_WARM_UP = 300;

    /** Invocations 2 to 6 of a fresh process (its first is the cold start's). */
    static final int EARLY_INVOCATIONS = 5;

    record Stats(List<Cold> cold, long[] warmNanos, long peakRssKb, int stalls) {
        List<Long> coldNanos() {
            return cold.stream().map(Cold::totalNanos).toList();
        }

        List<Long> firstInvocationNanos() {
            return cold.stream().map(Cold::firstInvocationNanos).toList();
        }

        double coldMedianMs() {
            return medianMs(coldNanos().stream().mapToLong(Long::longValue).toArray());
        }

        /** CPU time of the process when its first answer arrived (a shared machine slows the wall clock). */
        double cpuMedianMs() {
            return medianMs(cold.stream().mapToLong(c -> c.cpuMillis() * 1_000_000).toArray());
        }

        /** Process start to the function's first request for an event. */
        double initMedianMs() {
            return medianMs(cold.stream().mapToLong(c -> c.totalNanos() - c.firstInvocationNanos()).toArray());
        }

        double firstInvocationMedianMs() {
            return medianMs(firstInvocationNanos().stream().mapToLong(Long::longValue).toArray());
        }

        double warmMedianMs() {
            return medianMs(warmNanos);
        }

        /** The invocations right after a process's first: what priming can at best bring the first down to. */
        double earlyMedianMs() {
            return medianMs(Arrays.copyOf(warmNanos, Math.min(EARLY_INVOCATIONS, warmNanos.length)));
        }

        double warmP99Ms() {
            long[] s = warmNanos.clone();
            Arrays.sort(s);
            return s[(int) Math.ceil(s.length * 0.99) - 1] / 1e6;
        }
    }

    private static final String CONTRACT_EXAMPLE = ContractExample.JSON;

    private final Path target;
    private final Path work;
    /** The function's handler in this build. */
    private final String handler;
    private final int coldStarts = Integer.getInteger("bench.coldStarts", 5);
    private final int invocations = Integer.getInteger("bench.invocations", 10_000);
    private final String path = System.getProperty("bench.path", "/v1/guidance");
    private final String event;

    private LambdaBench(Path target, String handler) {
        this.target = target;
        this.handler = handler;
        this.work = target.resolve("bench");
        Request request = path.equals("/v1/guidance") ? Request.postJson(path, CONTRACT_EXAMPLE) : Request.get(path, "");
        this.event = ApiGatewayEvents.event(Format.V2_HTTP_API, request);
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(System.getProperty("bench.target", "target")).toAbsolutePath();
        new LambdaBench(target, System.getProperty("bench.handler", FunctionLauncher.HANDLER)).run();
    }

    private void run() throws Exception {
        Files.createDirectories(work);
        List<Variant> variants = variants();
        String only = System.getProperty("bench.variants", "");
        if (!only.isBlank()) {
            Set<String> names = Set.of(only.split(","));
            variants = variants.stream().filter(v -> names.contains(v.name())).toList();
        }
        variants = withBaseline(variants);
        variants = withFloor(variants);
        Map<String, String> skipped = new LinkedHashMap<>();
        for (Variant v : variants) {
            if (v.training() != null) {
                log("training " + v.name());
                Optional<String> failure = train(v);
                failure.ifPresent(f -> skipped.put(v.name(), f));
            }
        }
        List<Variant> measured = variants.stream().filter(v -> !skipped.containsKey(v.name())).toList();

        Map<String, List<Cold>> cold = new LinkedHashMap<>();
        measured.forEach(v -> cold.put(v.name(), new ArrayList<>()));
        measured.stream().filter(Variant::isFunction).findFirst().or(() -> measured.stream().findFirst())
                .ifPresent(this::warmUpEmulator);
        for (int round = 1; round <= coldStarts; round++) {
            for (Variant v : measured) {
                Cold c = coldStart(v);
                cold.get(v.name()).add(c);
                log(String.format(Locale.ROOT, "cold %d/%d %-22s %8.1f ms, first invocation %6.1f ms, CPU %5d ms", round,
                        coldStarts, v.name(), c.totalNanos() / 1e6, c.firstInvocationNanos() / 1e6, c.cpuMillis()));
            }
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        Map<String, WarmRun> warm = warmInterleaved(measured);
        for (Variant v : measured) {
            WarmRun w = warm.get(v.name());
            stats.put(v.name(), new Stats(cold.get(v.name()), w.latencies, w.peakRssKb, w.stalls));
            Stats s = stats.get(v.name());
            log(String.format(Locale.ROOT, "warm %-22s median %.3f ms p99 %.3f ms rss %d KiB", v.name(),
                    s.warmMedianMs(), s.warmP99Ms(), s.peakRssKb()));
        }
        String table = table(measured, stats, skipped) + tableLoads();
        Files.writeString(work.resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
    }

    // ---- the table proofs' share of start-up ------------------------------------------------------------------

    /**
     * What the build's table proofs save at start-up: {@link TableLoad} in fresh JDK 25 JVMs with C1 and
     * SerialGC, alternating the load with proofs (before) and without (the build proved the table).
     */
    private String tableLoads() throws IOException, InterruptedException {
        int runs = Integer.getInteger("bench.tableLoads", 9);
        Path taskRoot = work.resolve(TASK_DIR);
        if (runs <= 0 || !Files.isExecutable(JDK25.resolve("bin/java"))
                || !Files.exists(taskRoot.resolve(TableFile.PROOF))) {
            return "";
        }
        String cp = String.join(java.io.File.pathSeparator, taskRoot.toString(), taskRoot.resolve("lib") + "/*",
                target.resolve("test-classes").toString());
        Map<String, long[]> nanos = new LinkedHashMap<>();
        nanos.put("proving", new long[runs]);
        nanos.put("proved", new long[runs]);
        for (int i = 0; i < runs; i++) {
            for (Map.Entry<String, long[]> mode : nanos.entrySet()) {
                List<String> command = new ArrayList<>(List.of(java(JDK25), LAMBDA_MEMORY));
                command.addAll(C1_SERIAL);
                command.addAll(List.of("-cp", cp, TableLoad.class.getName(), mode.getKey()));
                Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                if (p.waitFor() != 0) {
                    throw new IllegalStateException("table load (" + mode.getKey() + ") failed: " + out);
                }
                mode.getValue()[i] = Long.parseLong(out.substring(out.lastIndexOf('\n') + 1));
            }
        }
        double proving = medianMs(nanos.get("proving"));
        double proved = medianMs(nanos.get("proved"));
        log(String.format(Locale.ROOT, "table load: with proofs %.1f ms, build-proved %.1f ms", proving, proved));
        return String.format(Locale.ROOT, "%nTable load in a fresh JVM (JDK 25, C1 + SerialGC, median of %d each, "
                + "alternating): with the proofs %.1f ms, build-proved %.1f ms: the build's proofs save %.1f ms of "
                + "start-up.%n", runs, proving, proved, proving - proved);
    }

    // ---- variants ---------------------------------------------------------------------------------------------

    /** Every JVM runs as in a 512 MB function: Lambda's JVM sizes itself from the sandbox's memory. */
    static final String LAMBDA_MEMORY = "-XX:MaxRAM=512m";
    /** bench.jvmOptions: added to every function JVM, e.g. a profiler agent (see performance.md). */
    static final List<String> EXTRA_JVM_OPTIONS = Stream.of(System.getProperty("bench.jvmOptions", "").split("\\s+"))
            .filter(o -> !o.isBlank()).toList();

    /** The second JDK of the JDK 25 variants and the table loads. */
    static final Path JDK25 = Path.of(System.getProperty("bench.jdk25", "/usr/lib/jvm/temurin-25-jdk-amd64"));
    /**
     * JDK 25 with C1 and SerialGC; jboss-threads needs java.lang opened on JDK 24+ (java -jar would get it from the
     * runner's manifest).
     */
    static final List<String> C1_SERIAL = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
    /** The unpacked function.zip, under work/. */
    static final String TASK_DIR = "task";
    /** bench.baselineLabel: the suffix of the baseline build's variants. */
    static final String BASELINE_LABEL = System.getProperty("bench.baselineLabel", "before");

    private enum Archive { NONE, APPCDS, AOT }

    private List<Variant> variants() throws IOException {
        Path jdk = Path.of(System.getProperty("bench.jdk", System.getProperty("java.home")));
        Path ric = Path.of(System.getProperty("lambda.ric.dir", target.resolve("lambda-ric").toString()));
        Path taskRoot = FunctionLauncher.unpackFunctionZip(target, "bench/" + TASK_DIR);
        // A container image may put the function on the class path, where class-data archives cover it too;
        // archives take jars only, so the image holds the runner jar and lib/ as the build made them.
        Path image = containerImage(taskRoot);
        List<String> appCp = List.of(image.resolve("app.jar").toString(), image.resolve("lib") + "/*");
        String v = "JDK " + Runtime.version().feature();
        List<Variant> out = new ArrayList<>();
        if (Files.isDirectory(target.resolve("test-classes"))) {
            out.addAll(noopFloors(jdk, ric, v));
        }
        List<String> c1 = List.of("-XX:TieredStopAtLevel=1");
        // Lambda's managed Java runtime: the runtime interface client loads the unpacked function.zip itself.
        out.add(jvm("ric-plain", v + ", runtime interface client (managed runtime), defaults", jdk, List.of(), Archive.NONE, ric, taskRoot, null));
        out.add(jvm("ric-c1", v + ", runtime interface client, C1", jdk, c1, Archive.NONE, ric, taskRoot, null));
        out.add(unprimed(out.get(out.size() - 1)));
        out.add(jvm("ric-appcds-c1", v + ", runtime interface client, AppCDS + C1", jdk, c1, Archive.APPCDS, ric, taskRoot, null));
        out.add(jvm("cp-c1", v + ", function on the class path (container image), C1", jdk, c1, Archive.NONE, ric, taskRoot, appCp));
        out.add(jvm("cp-appcds-c1", v + ", function on the class path, AppCDS + C1", jdk, c1, Archive.APPCDS, ric, taskRoot, appCp));
        if (Files.isExecutable(JDK25.resolve("bin/java"))) {
            // What infra/template-jvm.yaml runs on the managed java25 runtime (before SnapStart).
            List<String> templateJvm = List.of("--add-opens=java.base/java.lang=ALL-UNNAMED",
                    "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1");
            out.add(jvm("ric25-c1", "JDK 25, runtime interface client, C1 (template-jvm.yaml's flags)", JDK25, templateJvm, Archive.NONE, ric, taskRoot, null));
            List<String> templateSerial = Stream.concat(templateJvm.stream(), Stream.of("-XX:+UseSerialGC")).toList();
            out.add(jvm("ric25-c1-serial", "JDK 25, runtime interface client, C1 + SerialGC", JDK25,
                    templateSerial, Archive.NONE, ric, taskRoot, null));
            out.add(unprimed(out.get(out.size() - 1)));
            out.add(jvm("ric25-c1-serial-primed20", "JDK 25, runtime interface client, C1 + SerialGC, 20 priming requests (template-jvm.yaml, for SnapStart)", JDK25,
                    Stream.concat(templateSerial.stream(), Stream.of("-Dcramp-guide.priming.requests=20")).toList(), Archive.NONE, ric, taskRoot, null));
            out.add(jvm("cp25-c1-serial", "JDK 25, function on the class path, C1 + SerialGC", JDK25, C1_SERIAL, Archive.NONE, ric, taskRoot, appCp));
            out.add(jvm("cp25-aot-c1-serial", "JDK 25, function on the class path, AOT cache + C1 + SerialGC", JDK25, C1_SERIAL, Archive.AOT, ric, taskRoot, appCp));
            out.add(unprimed(out.get(out.size() - 1)));
            out.add(jvm("ric25-aot-c1-serial", "JDK 25, runtime interface client, AOT cache + C1 + SerialGC", JDK25, C1_SERIAL, Archive.AOT, ric, taskRoot, null));
        }
        Optional<Path> nativeExe = FunctionLauncher.nativeExecutable(target);
        nativeExe.ifPresent(exe -> out.add(Variant.plain("native", "native executable (custom runtime)",
                api -> new Spec(List.of(exe.toString()), env(api, target, "native"), target), true)));
        return out;
    }

    /** The floors that are not Quarkus: a no-op Java main, a Node.js function and a no-op handler on the launcher. */
    private List<Variant> noopFloors(Path jdk, Path ric, String v) throws IOException {
        List<Variant> out = new ArrayList<>();
        out.add(Variant.plain("floor-noop-java", v + ", no-op handler speaking the Runtime API (HttpURLConnection)",
                api -> new Spec(List.of(java(jdk), LAMBDA_MEMORY, "-cp", target.resolve("test-classes").toString(),
                        NoopRuntimeFunction.class.getName()), env(api, target, "noop"), work), false));
        out.add(Variant.plain("node", "Node.js " + nodeVersion() + ", hand-written Runtime API loop",
                api -> new Spec(List.of("node", target.resolve("test-classes/bench/node-function.js").toString()),
                        env(api, target, "node-function.handler"), work), false));

        // The no-op handler as its own "function.zip": just its class, loaded by the runtime interface client.
        Path noopTask = work.resolve("noop-task");
        FunctionLauncher.deleteTree(noopTask);
        String noopClass = NoopStreamHandler.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(noopTask.resolve(noopClass).getParent());
        Files.copy(target.resolve("test-classes").resolve(noopClass), noopTask.resolve(noopClass));
        String noopHandler = NoopStreamHandler.class.getName() + "::handleRequest";
        out.add(Variant.plain("floor-noop-ric", v + ", no-op handler run by the runtime interface client, defaults",
                api -> {
                    List<String> cmd = new ArrayList<>(FunctionLauncher.jvmCommand(jdk, List.of(LAMBDA_MEMORY), ric));
                    cmd.set(cmd.size() - 1, noopHandler);
                    return new Spec(cmd, env(api, noopTask, noopHandler), noopTask);
                }, false));
        return out;
    }

    /**
     * A JVM variant: the runtime interface client with the function either in its own class loader (appCp null,
     * as the managed runtime does) or on the class path. Archived variants get a training run with the same flags.
     */
    private Variant jvm(String name, String how, Path jdk, List<String> flags, Archive archive, Path ric, Path taskRoot,
                        List<String> appCp) {
        Path file = work.resolve(name + (archive == Archive.AOT ? ".aot" : ".jsa"));
        Function<List<String>, Function<String, Spec>> spec = extra -> api -> {
            List<String> opts = new ArrayList<>();
            opts.add(LAMBDA_MEMORY);
            opts.addAll(extra);
            opts.addAll(flags);
            opts.addAll(EXTRA_JVM_OPTIONS);
            Path root = appCp == null ? taskRoot : Path.of(appCp.get(0)).getParent();
            List<String> command = new ArrayList<>(FunctionLauncher.jvmCommand(jdk, opts, ric, appCp == null ? List.of() : appCp));
            command.set(command.size() - 1, handler);
            return new Spec(command, env(api, root, handler), root);
        };
        return switch (archive) {
            case NONE -> Variant.plain(name, how, spec.apply(List.of()), true);
            case APPCDS -> new Variant(name, how, spec.apply(List.of("-XX:SharedArchiveFile=" + file)), file,
                    spec.apply(List.of("-XX:ArchiveClassesAtExit=" + file)), true);
            case AOT -> new Variant(name, how, spec.apply(List.of("-XX:AOTCache=" + file)), file,
                    spec.apply(List.of("-XX:AOTCacheOutput=" + file)), true);
        };
    }

    /**
     * bench.baseline (another build's target/, e.g. from before a change): each selected function variant also
     * runs from that build, as "name-before" (bench.baselineLabel), right after its twin, so that both share the
     * machine's load of the moment. bench.baselineHandler is that build's handler (default: this build's).
     */
    private List<Variant> withBaseline(List<Variant> variants) throws IOException {
        String baseline = System.getProperty("bench.baseline", "");
        if (baseline.isBlank()) {
            return variants;
        }
        LambdaBench other = new LambdaBench(Path.of(baseline).toAbsolutePath(),
                System.getProperty("bench.baselineHandler", handler));
        return withTwins(variants, other, v -> v.isFunction() && !v.name().endsWith("-unprimed"), BASELINE_LABEL,
                ", " + BASELINE_LABEL + " build");
    }

    /**
     * Each variant that {@code hasTwin} and that {@code other} builds too is followed by the other's, named
     * "name-label", so that both share the machine's load of the moment.
     */
    private static List<Variant> withTwins(List<Variant> variants, LambdaBench other, Predicate<Variant> hasTwin,
            String label, String how) throws IOException {
        Map<String, Variant> theirs = new HashMap<>();
        other.variants().forEach(v -> theirs.put(v.name(), v));
        List<Variant> out = new ArrayList<>();
        for (Variant v : variants) {
            out.add(v);
            Variant twin = theirs.get(v.name());
            if (hasTwin.test(v) && twin != null) {
                out.add(new Variant(v.name() + "-" + label, v.how() + how, twin.spec(), twin.trainingOutput(),
                        twin.training(), true));
            }
        }
        return out;
    }

    /** The suffix of the floor's variants: the same JVM and flags running the bare Quarkus function. */
    static final String FLOOR_LABEL = "floor";

    /**
     * The floor (bench.floor, default true): a bare Quarkus function with the same request-path extensions and one
     * endpoint (src/test/resources/bench/floor), packaged by {@link #buildFloor}. Each selected function variant
     * gets its twin "name-floor", right after it, so that both share the machine's load of the moment.
     */
    private List<Variant> withFloor(List<Variant> variants) throws IOException, InterruptedException {
        if (!Boolean.parseBoolean(System.getProperty("bench.floor", "true"))
                || variants.stream().noneMatch(LambdaBench::hasFloorTwin)) {
            return variants;
        }
        LambdaBench floor = new LambdaBench(buildFloor(), FunctionLauncher.QUARKUS_HANDLER);
        return withTwins(variants, floor, LambdaBench::hasFloorTwin, FLOOR_LABEL, ", the bare Quarkus function");
    }

    private static boolean hasFloorTwin(Variant v) {
        return v.isFunction() && !v.name().endsWith("-unprimed") && !v.name().endsWith("-" + BASELINE_LABEL)
                && !v.name().endsWith("-primed20") && !v.name().equals("native");
    }

    /**
     * Packages the floor's project with the Maven and local repository running this build (offline when it is),
     * into target/bench/floor; skipped when the package is newer than every file of the project.
     */
    private Path buildFloor() throws IOException, InterruptedException {
        Path source = target.resolve("test-classes/bench/floor");
        Path project = work.resolve("floor");
        Path zip = project.resolve("target/function.zip");
        long newest;
        try (Stream<Path> files = Files.walk(source)) {
            newest = files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().lastModified()).max().orElse(0);
        }
        if (Files.isRegularFile(zip) && zip.toFile().lastModified() > newest) {
            return project.resolve("target");
        }
        log("packaging the floor function");
        FunctionLauncher.deleteTree(project);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.toList()) {
                Path to = project.resolve(source.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("maven.home", "")).resolve("bin/mvn").toString(), "-B", "-ntp", "-q",
                "-f", project.resolve("pom.xml").toString(), "package", "-DskipTests"));
        if (System.getProperty("bench.offline", "").endsWith("true")) {
            command.add("-o");
        }
        Optional.ofNullable(System.getProperty("bench.localRepository")).filter(r -> !r.isBlank())
                .ifPresent(r -> command.add("-Dmaven.repo.local=" + r));
        Optional.ofNullable(System.getProperty("bench.quarkusVersion")).filter(r -> !r.isBlank())
                .ifPresent(r -> command.add("-Dquarkus.platform.version=" + r));
        Path buildLog = work.resolve("logs/floor-build.log");
        Files.createDirectories(buildLog.getParent());
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(buildLog.toFile()).start();
        if (p.waitFor() != 0 || !Files.isRegularFile(zip)) {
            throw new IllegalStateException("packaging the floor failed, see " + buildLog);
        }
        return project.resolve("target");
    }

    /** The same variant with Quarkus's own handler, which does not prime: the "before" of priming. */
    private static Variant unprimed(Variant primed) {
        Function<String, Spec> spec = api -> {
            Spec s = primed.spec().apply(api);
            List<String> command = new ArrayList<>(s.command());
            command.set(command.size() - 1, FunctionLauncher.QUARKUS_HANDLER);
            Map<String, String> env = new HashMap<>(s.env());
            env.put("_HANDLER", FunctionLauncher.QUARKUS_HANDLER);
            return new Spec(command, env, s.workDir());
        };
        return Variant.plain(primed.name() + "-unprimed", primed.how() + ", Quarkus's handler (no priming)", spec, true);
    }

    /** target/bench/image: app.jar (the runner jar) and lib/, laid out as a container image would hold them. */
    private Path containerImage(Path taskRoot) throws IOException {
        Path image = work.resolve("image");
        FunctionLauncher.deleteTree(image);
        Files.createDirectories(image.resolve("lib"));
        try (Stream<Path> files = Files.list(target)) {
            Path runner = files.filter(p -> p.getFileName().toString().endsWith("-runner.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no *-runner.jar in " + target + ": package first"));
            Files.copy(runner, image.resolve("app.jar"));
        }
        try (Stream<Path> libs = Files.list(taskRoot.resolve("lib"))) {
            for (Path lib : libs.toList()) {
                Files.copy(lib, image.resolve("lib").resolve(lib.getFileName()));
            }
        }
        return image;
    }

    private static Map<String, String> env(String api, Path taskRoot, String handler) {
        return FunctionLauncher.lambdaEnvironment(api, taskRoot, handler);
    }

    private static String java(Path jdk) {
        return jdk.resolve("bin/java").toString();
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor(10, TimeUnit.SECONDS);
            return v;
        } catch (Exception e) {
            return "(node missing)";
        }
    }

    // ---- measurements -----------------------------------------------------------------------------------------

    /** One process answers a few hundred events, then stops, so that the JVM writes its archive/cache at exit. */
    private Optional<String> train(Variant v) throws Exception {
        Files.deleteIfExists(v.trainingOutput());
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            Spec spec = v.training().apply(emulator.endpoint());
            RunningFunction fn = FunctionLauncher.start(spec.command(), spec.env(), spec.workDir(),
                    work.resolve("logs/" + v.name() + "-training.log"));
            try {
                for (int i = 0; i < 300; i++) {
                    check(v, fn, emulator.invoke(event, Duration.ofSeconds(i == 0 ? 120 : 30)));
                }
            } finally {
                fn.process().destroy();
                // JDK 25 assembles the AOT cache in a second JVM at exit: give it time.
                if (!fn.process().waitFor(300, TimeUnit.SECONDS)) {
                    fn.close();
                }
            }
        }
        if (!Files.isRegularFile(v.trainingOutput())) {
            return Optional.of("training run wrote no " + v.trainingOutput().getFileName()
                    + " (see target/bench/logs/" + v.name() + "-training.log)");
        }
        return Optional.empty();
    }

    /** The first invocation starts when the function, its init done, first asks for an event (already queued). */
    private Cold coldStart(Variant v) throws Exception {
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            CompletableFuture<Result> first = emulator.enqueue(event.getBytes(StandardCharsets.UTF_8));
            Spec spec = v.spec().apply(emulator.endpoint());
            try (RunningFunction fn = FunctionLauncher.start(spec.command(), spec.env(), spec.workDir(),
                    work.resolve("logs/" + v.name() + "-cold.log"))) {
                Result r = firstAnswer(fn, first);
                long cpu = fn.cpuMillis();
                check(v, fn, r);
                return new Cold(r.arrivedNanos() - fn.startNanos(), r.arrivedNanos() - emulator.firstNextNanos(), cpu);
            }
        }
    }

    /**
     * The emulator runs in this JVM, and its own code is cold at first: without this, the first cold start of a
     * run read 70-80 ms of first invocation where later ones read 20-30. Not counted: one process of a variant
     * answers a few hundred events.
     */
    private void warmUpEmulator(Variant v) {
        log("warming up the emulator with " + v.name() + " (not counted)");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start()) {
            Spec spec = v.spec().apply(emulator.endpoint());
            try (RunningFunction fn = FunctionLauncher.start(spec.command(), spec.env(), spec.workDir(),
                    work.resolve("logs/emulator-warm-up.log"))) {
                check(v, fn, firstAnswer(fn, emulator.enqueue(event.getBytes(StandardCharsets.UTF_8))));
                for (int i = 0; i < EMULATOR_WARM_UP; i++) {
                    check(v, fn, emulator.invoke(event, Duration.ofSeconds(15)));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("warming up the emulator with " + v.name() + " failed", e);
        }
    }

    /** The first answer, or at once the process's log if it died first (a bad JVM option, say). */
    private static Result firstAnswer(RunningFunction fn, CompletableFuture<Result> first) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            try {
                return first.get(200, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                if (!fn.process().isAlive()) {
                    throw new IllegalStateException("the function exited before answering:\n" + fn.logTail(), e);
                }
                if (System.nanoTime() > deadline) {
                    throw e;
                }
            }
        }
    }

    /** Warm invocations per turn of a variant: every variant's process stays up and they take turns. */
    static final int WARM_BLOCK = 250;

    /**
     * {@code invocations} back-to-back events to one process per variant, the variants taking turns in blocks of
     * {@link #WARM_BLOCK} so that load from other work on the machine spreads over all of them.
     */
    private Map<String, WarmRun> warmInterleaved(List<Variant> variants) throws Exception {
        Map<String, WarmRun> runs = new LinkedHashMap<>();
        try {
            for (Variant v : variants) {
                runs.put(v.name(), new WarmRun(v));
            }
            boolean more = true;
            while (more) {
                more = false;
                for (WarmRun run : runs.values()) {
                    run.block(WARM_BLOCK);
                    more |= run.done < invocations;
                }
            }
        } finally {
            for (WarmRun run : runs.values()) {
                run.close();
            }
        }
        return runs;
    }

    /**
     * One variant's warm process and its own emulator. An invocation that gets no answer within Lambda's function
     * timeout (15 s, as in the SAM template) is counted as a stall; as Lambda would, the process is replaced and
     * the run goes on (the replacement's first, cold, invocation is not counted as warm).
     */
    private final class WarmRun implements AutoCloseable {
        final Variant variant;
        final long[] latencies = new long[invocations];
        final RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
        RunningFunction fn;
        int done;
        int stalls;
        long peakRssKb;

        WarmRun(Variant variant) throws Exception {
            this.variant = variant;
            startProcess();
        }

        private void startProcess() throws Exception {
            Spec spec = variant.spec().apply(emulator.endpoint());
            fn = FunctionLauncher.start(spec.command(), spec.env(), spec.workDir(),
                    work.resolve("logs/" + variant.name() + "-warm-" + stalls + ".log"));
            check(variant, fn, emulator.invoke(event, Duration.ofSeconds(120)));
        }

        void block(int n) throws Exception {
            int end = Math.min(invocations, done + n);
            try {
                for (; done < end; done++) {
                    long t0 = System.nanoTime();
                    Result r = emulator.invoke(event, Duration.ofSeconds(15));
                    latencies[done] = r.arrivedNanos() - t0;
                    if (done % 500 == 0) {
                        check(variant, fn, r);
                    }
                }
            } catch (java.util.concurrent.TimeoutException e) {
                stalls++;
                log(variant.name() + " stalled after " + done + " warm invocations: " + e.getMessage());
                if (stalls > 3) {
                    throw e;
                }
                peakRssKb = Math.max(peakRssKb, fn.peakRssKb());
                fn.close();
                startProcess();
            }
            if (done >= invocations) {
                peakRssKb = Math.max(peakRssKb, fn.peakRssKb());
            }
        }

        @Override
        public void close() throws Exception {
            try {
                if (fn != null) {
                    fn.close();
                }
            } finally {
                emulator.close();
            }
        }
    }

    /** A benchmark of wrong answers is worthless: every sampled response must be the real one. */
    private void check(Variant v, RunningFunction fn, Result r) {
        if (r.kind() != Result.Kind.RESPONSE) {
            throw new IllegalStateException(v.name() + " answered " + r.kind() + ": " + r.bodyText() + "\n" + fn.logTail());
        }
        ApiGatewayEvents.Response response = ApiGatewayEvents.response(r.bodyText());
        if (response.status() != 200) {
            throw new IllegalStateException(v.name() + " answered HTTP " + response.status() + ": " + response.body());
        }
        if (v.isFunction() && path.equals("/v1/guidance") && !response.json().hasNonNull("careLevel")) {
            throw new IllegalStateException(v.name() + " answered without careLevel: " + response.body());
        }
    }

    // ---- report -----------------------------------------------------------------------------------------------

    private String table(List<Variant> variants, Map<String, Stats> stats, Map<String, String> skipped) {
        Stats floor = stats.get("floor-noop-ric");
        Stats node = stats.get("node");
        Stats ricPlain = stats.get("ric-plain");
        StringBuilder b = new StringBuilder();
        b.append("Request: ").append(path.equals("/v1/guidance") ? "POST /v1/guidance (contract example), " : "GET " + path + ", ")
                .append("HTTP API payload 2.0 event. ").append(coldStarts).append(" cold starts per variant (median, min-max), ")
                .append(invocations).append(" warm invocations in one process. JVMs run with ").append(LAMBDA_MEMORY)
                .append(" (a 512 MB function). Stalls: warm invocations unanswered within 15 s (process replaced). ")
                .append(Runtime.getRuntime().availableProcessors()).append(" CPUs, ").append(Instant.now()).append(".\n\n");
        b.append("Ratios: × floor is to floor-noop-ric (a no-op handler on the same launcher), × Node to node, × ric-plain to ric-plain (the managed runtime's "
                + "launcher with JVM defaults).\n\n");
        b.append("| variant | how | cold start ms (min-max) | cold × floor | cold × Node | cold × ric-plain "
                + "| first invocation ms (min-max) | invocations 2-6 median ms | warm median ms | warm × floor | warm × Node | warm p99 ms | peak RSS MiB | stalls |\n");
        b.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Variant v : variants) {
            Stats s = stats.get(v.name());
            LongSummary c = LongSummary.of(s.coldNanos());
            LongSummary f = LongSummary.of(s.firstInvocationNanos());
            b.append(String.format(Locale.ROOT, "| %s | %s | %.0f (%.0f-%.0f) | %s | %s | %s | %.1f (%.1f-%.1f) | %.1f | %.2f | %s | %s | %.2f | %.0f | %d |%n",
                    v.name(), v.how(), s.coldMedianMs(), c.minMs(), c.maxMs(),
                    ratio(s.coldMedianMs(), floor == null ? 0 : floor.coldMedianMs()),
                    ratio(s.coldMedianMs(), node == null ? 0 : node.coldMedianMs()),
                    ratio(s.coldMedianMs(), ricPlain == null ? 0 : ricPlain.coldMedianMs()),
                    s.firstInvocationMedianMs(), f.minMs(), f.maxMs(), s.earlyMedianMs(),
                    s.warmMedianMs(),
                    ratio(s.warmMedianMs(), floor == null ? 0 : floor.warmMedianMs()),
                    ratio(s.warmMedianMs(), node == null ? 0 : node.warmMedianMs()),
                    s.warmP99Ms(), s.peakRssKb() / 1024.0, s.stalls()));
        }
        StringBuilder twins = new StringBuilder();
        for (Variant v : variants) {
            Stats now = stats.get(v.name());
            Stats then = stats.get(v.name() + "-" + BASELINE_LABEL);
            if (then != null) {
                twins.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", v.name(),
                        ratio(now.coldMedianMs(), then.coldMedianMs()),
                        ratio(now.cpuMedianMs(), then.cpuMedianMs()),
                        ratio(now.firstInvocationMedianMs(), then.firstInvocationMedianMs()),
                        ratio(now.warmMedianMs(), then.warmMedianMs())));
            }
        }
        if (!twins.isEmpty()) {
            b.append("\nThis build against the ").append(BASELINE_LABEL).append(" build (median ratios, below 1 is faster):\n\n")
                    .append("| variant | cold start | CPU at first answer | first invocation | warm median |\n|---|---|---|---|---|\n").append(twins);
        }
        b.append(floorTable(variants, stats));
        skipped.forEach((name, why) -> b.append("\nNot measured: ").append(name).append(": ").append(why).append('\n'));
        return b.toString();
    }

    /**
     * Each function variant against its floor twin, with issue 23's goals. Init is process start to the first
     * request for an event; the sum, init + first invocation, is the bench's cold start (process start to answer).
     */
    private static String floorTable(List<Variant> variants, Map<String, Stats> stats) {
        StringBuilder rows = new StringBuilder();
        for (Variant v : variants) {
            Stats now = stats.get(v.name());
            Stats floor = stats.get(v.name() + "-" + FLOOR_LABEL);
            if (now == null || floor == null) {
                continue;
            }
            rows.append(String.format(Locale.ROOT,
                    "| %s | %.0f / %.0f | %.1f / %.1f | %.0f / %.0f | **%s** | %.0f / %.0f | %s | %.2f / %.2f | **%s** | %.2f / %.2f | **%s** | %.0f / %.0f |%n",
                    v.name(), now.initMedianMs(), floor.initMedianMs(),
                    now.firstInvocationMedianMs(), floor.firstInvocationMedianMs(),
                    now.coldMedianMs(), floor.coldMedianMs(), ratio(now.coldMedianMs(), floor.coldMedianMs()),
                    now.cpuMedianMs(), floor.cpuMedianMs(), ratio(now.cpuMedianMs(), floor.cpuMedianMs()),
                    now.warmMedianMs(), floor.warmMedianMs(), ratio(now.warmMedianMs(), floor.warmMedianMs()),
                    now.warmP99Ms(), floor.warmP99Ms(), ratio(now.warmP99Ms(), floor.warmP99Ms()),
                    now.peakRssKb() / 1024.0, floor.peakRssKb() / 1024.0));
        }
        if (rows.isEmpty()) {
            return "";
        }
        return "\ncramp-guide / floor (the bare Quarkus function of src/test/resources/bench/floor, same JVM and flags). "
                + "Init: process start to the first request for an event; sum: init + first invocation (the cold start "
                + "above); CPU: the process's CPU time at its first answer. Goals: sum within 1.15x the floor's, warm "
                + "median 1.10x, warm p99 1.20x.\n\n"
                + "| variant | init ms | first invocation ms | sum ms | sum × floor | CPU ms | × floor | warm median ms "
                + "| × floor | warm p99 ms | × floor | peak RSS MiB |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n" + rows;
    }

    private record LongSummary(double minMs, double maxMs) {
        static LongSummary of(List<Long> nanos) {
            return new LongSummary(nanos.stream().mapToLong(Long::longValue).min().orElse(0) / 1e6,
                    nanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
        }
    }

    private static String ratio(double a, double b) {
        return b <= 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    private static double medianMs(long[] values) {
        long[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        double m = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0;
        return m / 1e6;
    }

    private static void log(String line) {
        System.out.println("[bench] " + line);
    }
}
