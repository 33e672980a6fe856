package dev.crampguide.infra;

import static dev.crampguide.infra.SamTemplate.list;
import static dev.crampguide.infra.SamTemplate.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/** The native CI workflow cannot run here; hold it to what it promises. */
class NativeWorkflowTest {

    @Test
    void buildsAndTestsTheNativeFunctionPerArchitectureAndKeepsTheZip() throws IOException {
        Map<String, Object> workflow = CloudFormationYaml.parseMap(
                Files.readString(Path.of(".github", "workflows", "native.yml")));
        // YAML 1.1 reads the key "on" as boolean true.
        Map<String, Object> triggers = SamTemplate.asMap(
                workflow.containsKey("on") ? workflow.get("on") : ((Map<?, ?>) workflow).get(Boolean.TRUE), "on");
        assertEquals(Set.of("push", "pull_request", "workflow_dispatch"), triggers.keySet());

        Map<String, Object> job = map(map(workflow, "jobs"), "native-function");
        Set<String> runners = list(map(map(job, "strategy"), "matrix"), "include").stream()
                .map(i -> String.valueOf(SamTemplate.asMap(i, "include").get("runner")))
                .collect(Collectors.toSet());
        assertEquals(Set.of("ubuntu-latest", "ubuntu-24.04-arm"), runners);

        List<Map<String, Object>> steps = list(job, "steps").stream().map(s -> SamTemplate.asMap(s, "step")).toList();
        Map<String, Object> graal = step(steps, "graalvm/setup-graalvm@v1");
        Map<String, Object> with = map(graal, "with");
        assertEquals("mandrel", with.get("distribution"));
        assertEquals("25", with.get("java-version"));
        assertTrue(steps.stream().anyMatch(s -> "./mvnw -B -ntp verify -Dnative".equals(s.get("run"))));
        Map<String, Object> upload = map(step(steps, "actions/upload-artifact@v4"), "with");
        assertEquals("target/function.zip", upload.get("path"));
        assertEquals("error", upload.get("if-no-files-found"));
    }

    private static Map<String, Object> step(List<Map<String, Object>> steps, String uses) {
        return steps.stream().filter(s -> uses.equals(s.get("uses"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + uses));
    }
}
