package dev.crampguide.lambda;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Starts the packaged function the way Lambda does: the native executable directly (custom runtime), or the JVM
 * package through AWS's runtime interface client, which loads the function from an unpacked function.zip
 * ({@code LAMBDA_TASK_ROOT}: the runner jar's classes at the root, its libraries in lib/).
 */
public final class FunctionLauncher {

    /** The function's handler on the managed runtime and in a container image: Quarkus's, priming during init. */
    public static final String HANDLER = "dev.crampguide.priming.PrimedStreamHandler::handleRequest";
    /** Quarkus's own handler, which does not prime: the benchmark's baseline. */
    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";
    public static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";

    private FunctionLauncher() {
    }

    /** A native build leaves {@code target/<name>-runner}; the JVM build does not. */
    public static Optional<Path> nativeExecutable(Path target) throws IOException {
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-runner"))
                    .filter(Files::isRegularFile)
                    .filter(Files::isExecutable)
                    .findFirst();
        }
    }

    /** Unpacks target/function.zip into a fresh task root, as Lambda unpacks it into /var/task. */
    public static Path unpackFunctionZip(Path target, String dirName) throws IOException {
        Path zip = target.resolve("function.zip");
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException(zip + " is missing: run `./mvnw package` with a Lambda profile first");
        }
        Path taskRoot = target.resolve(dirName);
        deleteTree(taskRoot);
        Files.createDirectories(taskRoot);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = taskRoot.resolve(entry.getName()).normalize();
                if (!out.startsWith(taskRoot)) {
                    throw new IOException("zip entry outside task root: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return taskRoot;
    }

    /** {@code java <options> -cp <runtime interface client> AWSLambda <handler>}. */
    public static List<String> jvmCommand(Path javaHome, List<String> jvmOptions, Path ricDir) {
        return jvmCommand(javaHome, jvmOptions, ricDir, List.of());
    }

    /**
     * As above, with {@code appClassPath} after the client on the application class path. Lambda's managed runtime
     * leaves it empty (the client loads the function from LAMBDA_TASK_ROOT in its own class loader); a container
     * image can put the function there, where JDK class-data archives (AppCDS, the JDK 25 AOT cache) cover it.
     */
    public static List<String> jvmCommand(Path javaHome, List<String> jvmOptions, Path ricDir, List<String> appClassPath) {
        if (!Files.isDirectory(ricDir)) {
            throw new IllegalStateException(ricDir + " is missing: the pre-integration-test phase copies the client there");
        }
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(Stream.concat(Stream.of(ricDir.toAbsolutePath() + "/*"), appClassPath.stream())
                .collect(java.util.stream.Collectors.joining(":")));
        command.add(RIC_MAIN);
        command.add(HANDLER);
        return command;
    }

    /** The environment Lambda gives every function process (the reserved variables the runtimes read). */
    public static Map<String, String> lambdaEnvironment(String runtimeApi, Path taskRoot, String handler) {
        Map<String, String> env = new HashMap<>();
        env.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        env.put("LAMBDA_TASK_ROOT", taskRoot.toAbsolutePath().toString());
        env.put("LAMBDA_RUNTIME_DIR", taskRoot.toAbsolutePath().toString());
        env.put("_HANDLER", handler);
        env.put("AWS_LAMBDA_FUNCTION_NAME", "cramp-guide");
        env.put("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST");
        env.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "512");
        env.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/cramp-guide");
        env.put("AWS_LAMBDA_LOG_STREAM_NAME", "local/emulator");
        env.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        env.put("AWS_REGION", "eu-west-1");
        env.put("AWS_DEFAULT_REGION", "eu-west-1");
        env.put("AWS_EXECUTION_ENV", "AWS_Lambda_java21");
        env.put("TZ", ":UTC");
        env.put("LANG", "en_US.UTF-8");
        env.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        return env;
    }

    /** Starts the process with exactly {@code env}; output goes to {@code log}. */
    public static RunningFunction start(List<String> command, Map<String, String> env, Path workDir, Path log)
            throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        long startNanos = System.nanoTime();
        Process process = builder.start();
        return new RunningFunction(process, startNanos, log);
    }

    /** A started function process. */
    public record RunningFunction(Process process, long startNanos, Path log) implements AutoCloseable {

        /** Peak resident set size in KiB (VmHWM), or -1 when /proc does not have it. */
        public long peakRssKb() {
            Path status = Path.of("/proc", Long.toString(process.pid()), "status");
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", ""));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                return -1;
            }
            return -1;
        }

        /**
         * CPU time the process used so far (user + system, all threads; clock ticks of 10 ms), or -1: on a machine
         * shared with other work, a steadier measure of start-up than the wall clock.
         */
        public long cpuMillis() {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }

        /** The last lines the process printed, for failure messages. */
        public String logTail() {
            try (InputStream in = Files.newInputStream(log)) {
                String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                return all.length() > 4000 ? all.substring(all.length() - 4000) : all;
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        @Override
        public void close() {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    public static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
