package dev.crampguide.infra;

import static dev.crampguide.infra.HttpApiTemplatesTest.function;
import static dev.crampguide.infra.SamTemplate.list;
import static dev.crampguide.infra.SamTemplate.map;
import static dev.crampguide.infra.SamTemplate.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Runtime, handler and package of each deployment flavour. */
class RuntimeTemplatesTest {

    /** Quarkus's handler plus priming during init (dev.crampguide.priming). */
    static final String JVM_HANDLER = "dev.crampguide.priming.PrimedStreamHandler::handleRequest";

    @Test
    void nativeFunctionRunsTheQuarkusExecutableOnTheAl2023CustomRuntime() {
        for (String file : List.of("template.yaml", "template-rest-api.yaml")) {
            SamTemplate t = SamTemplate.load(file);
            Map<String, Object> fn = t.properties(function(t));
            assertEquals("provided.al2023", fn.get("Runtime"), file);
            // The custom runtime never reads the handler; Quarkus' native Lambda convention names it so.
            assertEquals("not.used.in.provided.runtime", fn.get("Handler"), file);
            assertEquals("../target/function.zip", fn.get("CodeUri"), file);
            assertEquals("true", map(map(fn, "Environment"), "Variables").get("DISABLE_SIGNAL_HANDLERS"), file);
            assertNull(fn.get("SnapStart"), file + ": SnapStart is for managed runtimes only");
        }
    }

    @Test
    void codeUriPointsAtTheMavenBuildOutputRelativeToTheTemplate() {
        Path resolved = SamTemplate.INFRA.resolve("../target/function.zip").normalize();
        assertEquals(Path.of("target", "function.zip"), resolved);
    }

    @Test
    void jvmFunctionUsesTheManagedJava25RuntimeWithSnapStart() {
        SamTemplate t = SamTemplate.load("template-jvm.yaml");
        Map<String, Object> fn = t.properties(function(t));
        assertEquals("java25", fn.get("Runtime"));
        assertEquals(JVM_HANDLER, fn.get("Handler"));
        assertEquals("../target/function.zip", fn.get("CodeUri"));
        assertEquals(Map.of("ApplyOn", "PublishedVersions"), fn.get("SnapStart"));
        // SnapStart only snapshots published versions: the API must call the alias, which AutoPublishAlias gives.
        assertEquals("live", fn.get("AutoPublishAlias"));
    }

    @Test
    void jvmStartupOptionsOpenJavaLangForQuarkusAndDefaultToTheLowestJitTier() {
        SamTemplate t = SamTemplate.load("template-jvm.yaml");
        Map<String, Object> env = map(map(t.properties(function(t)), "Environment"), "Variables");
        // The parameter is appended to what Quarkus needs on Java 25, so overriding it cannot drop that.
        assertEquals(Map.of("Fn::Sub", "--add-opens=java.base/java.lang=ALL-UNNAMED ${JavaToolOptions}"),
                env.get("JAVA_TOOL_OPTIONS"));
        assertEquals("-XX:+TieredCompilation -XX:TieredStopAtLevel=1 -XX:+UseSerialGC", t.parameter("JavaToolOptions").get("Default"));
    }

    @Test
    void onlyTheSnapStartFunctionPrimesMoreThanOnceBecauseOnlyThereInitIsOffTheRequestsClock() {
        SamTemplate jvm = SamTemplate.load("template-jvm.yaml");
        assertEquals("20", map(map(jvm.properties(function(jvm)), "Environment"), "Variables")
                .get("CRAMP_GUIDE_PRIMING_REQUESTS").toString());
        SamTemplate aot = SamTemplate.load("template-aot.yaml");
        assertNull(map(map(aot.properties(function(aot)), "Environment"), "Variables").get("CRAMP_GUIDE_PRIMING_REQUESTS"),
                "the container image has no SnapStart: every priming request lengthens its cold start");
    }

    @Test
    void aotImageIsBuiltFromTheRepositoryDockerfileAndStartsTheQuarkusHandler() {
        SamTemplate t = SamTemplate.load("template-aot.yaml");
        String id = function(t);
        Map<String, Object> fn = t.properties(id);
        assertEquals("Image", fn.get("PackageType"));
        assertNull(fn.get("Runtime"), "an image brings its own runtime");
        assertNull(fn.get("Handler"), "the image's command names the handler");
        assertEquals(List.of(JVM_HANDLER), list(map(fn, "ImageConfig"), "Command"));

        Map<String, Object> metadata = map(t.resource(id), "Metadata");
        Path context = SamTemplate.INFRA.resolve((String) metadata.get("DockerContext")).normalize();
        assertEquals(Path.of(""), context, "the build context is the repository root (it needs target/)");
        Path dockerfile = context.resolve((String) metadata.get("Dockerfile"));
        assertTrue(Files.isRegularFile(dockerfile), dockerfile + " exists");
    }
}
