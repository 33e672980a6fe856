package dev.crampguide.lambda;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A function packaged with a broken guidance table must refuse to start — report an init error to Lambda,
 * name the row, exit non-zero — rather than serve wrong guidance. The table is changed after the build, as a
 * tampered one would be, so start-up runs every check itself.
 */
@Tag("function-zip")
@Tag("jvm")
class BrokenTableIT {

    @Test
    void aBrokenTableStopsStartUpWithAMessageNamingTheRow() throws Exception {
        Path target = Path.of(System.getProperty("lambda.target", "target")).toAbsolutePath();
        Path taskRoot = FunctionLauncher.unpackFunctionZip(target, "lambda-it/task-BrokenTableIT");
        Path table = taskRoot.resolve("guidance/guidance-table.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(table.toFile());
        root.withArray("rows").forEach(row -> {
            if (row.get("id").asText().equals("possible_blood_clot")) {
                ((ObjectNode) row).remove("careLevel");
            }
        });
        // and a mistake only a checking stage finds, which a start-up skips for the table the build proved only
        root.withArray("references").addObject().put("id", "uncited-extra").put("title", "NHS — Leg cramps")
                .put("url", "https://www.nhs.uk/conditions/leg-cramps/");
        Files.write(table, json.writeValueAsBytes(root));

        Path ricDir = Path.of(System.getProperty("lambda.ric.dir", target.resolve("lambda-ric").toString()));
        Path log = target.resolve("lambda-it/BrokenTableIT.log");
        try (RuntimeApiEmulator emulator = RuntimeApiEmulator.start();
                RunningFunction function = FunctionLauncher.start(
                        FunctionLauncher.jvmCommand(Path.of(System.getProperty("java.home")), List.of(), ricDir),
                        FunctionLauncher.lambdaEnvironment(emulator.endpoint(), taskRoot, FunctionLauncher.HANDLER),
                        taskRoot, log)) {
            Result initError = emulator.initError().get(60, TimeUnit.SECONDS);
            assertThat(initError.kind()).isEqualTo(Result.Kind.INIT_ERROR);
            assertThat(function.process().waitFor(30, TimeUnit.SECONDS)).as("the process ends").isTrue();
            assertThat(function.process().exitValue()).as("exit code").isNotZero();
            assertThat(emulator.nextRequests()).as("no invocation was ever taken").isZero();
            assertThat(Files.readString(log)).contains("guidance table rejected")
                    .contains("row 'possible_blood_clot': a red flag needs a care level")
                    .contains("reference 'uncited-extra': cited by no row");
        }
    }
}
