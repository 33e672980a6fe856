package dev.crampguide.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The AOT container image cannot be built here (no Docker engine), so these checks hold the Dockerfile to the
 * rules that make the cache usable: trained with the JDK that runs it, through the runtime interface client, with
 * one shared command line.
 */
class AotImageTest {

    static final Path AOT = SamTemplate.INFRA.resolve("aot");

    static String read(String name) throws IOException {
        return Files.readString(AOT.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void cacheIsTrainedInTheFinalStageOnTheJava25LambdaBase() throws IOException {
        String dockerfile = read("Dockerfile");
        Matcher base = Pattern.compile("ARG LAMBDA_JAVA_IMAGE=(\\S+)").matcher(dockerfile);
        assertTrue(base.find());
        assertEquals("public.ecr.aws/lambda/java:25", base.group(1));

        // The last stage is the Lambda base image, and the training RUN happens in it (same JDK build).
        int lastFrom = dockerfile.lastIndexOf("\nFROM ");
        String finalStage = dockerfile.substring(lastFrom);
        assertTrue(finalStage.startsWith("\nFROM ${LAMBDA_JAVA_IMAGE}"), finalStage);
        assertTrue(finalStage.contains("AotTraining"), "training runs in the final stage");
        assertTrue(finalStage.contains("ENTRYPOINT [\"/opt/entrypoint.sh\"]"));
        assertTrue(finalStage.contains("CMD [\"" + RuntimeTemplatesTest.JVM_HANDLER + "\"]"));
    }

    @Test
    void trainingAndProductionShareOneArgumentFileAndTheRuntimeInterfaceClient() throws IOException {
        String training = read("AotTraining.java");
        String entrypoint = read("entrypoint.sh");
        String ric = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
        assertTrue(training.contains("\"-XX:AOTCacheOutput=\""), "training records with -XX:AOTCacheOutput");
        assertTrue(training.contains("\"-XX:AOTMode=on\""), "the build fails if the cache does not fit");
        assertTrue(training.contains(ric));
        assertTrue(training.contains("/usr/local/bin/aws-lambda-rie"), "emulator from the base image");

        // Both exec lines of the entry point use the cache, the shared argument file and the RIC main class.
        List<String> execs = entrypoint.lines().filter(l -> l.contains("exec ")).toList();
        assertEquals(2, execs.size());
        String joined = entrypoint.replace("\\\n", " ");
        for (String line : joined.lines().filter(l -> l.contains("exec ")).toList()) {
            assertTrue(line.contains("-XX:AOTCache=/var/task/app.aot"), line);
            assertTrue(line.contains("@/var/task/java.args"), line);
            assertTrue(line.contains(ric), line);
        }
        String dockerfile = read("Dockerfile");
        assertTrue(dockerfile.contains("java.args"), "the Dockerfile writes the shared argument file");
        // Without it Quarkus' worker threads die on Java 24+ (seen in a local training run on JDK 25).
        assertTrue(dockerfile.contains("--add-opens=java.base/java.lang=ALL-UNNAMED"));
    }

    @Test
    void runtimeInterfaceClientComesFromMavenCentral() throws IOException {
        String pom = read("ric/pom.xml");
        assertTrue(pom.contains("<groupId>com.amazonaws</groupId>"));
        assertTrue(pom.contains("<artifactId>aws-lambda-java-runtime-interface-client</artifactId>"));
        assertTrue(read("Dockerfile").contains("-f ric/pom.xml dependency:copy-dependencies"));
    }

    @Test
    void trainingEventsAreApiGatewayPayload2RequestsWithoutRealPeople() throws IOException {
        List<Path> events;
        try (Stream<Path> files = Files.list(AOT.resolve("training-events"))) {
            events = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        assertTrue(events.size() >= 4, "enough distinct requests to train the hot paths");
        boolean posts = false;
        for (Path file : events) {
            Map<String, Object> event = CloudFormationYaml.parseMap(Files.readString(file));
            assertEquals("2.0", event.get("version"), file.toString());
            Map<String, Object> http = SamTemplate.map(SamTemplate.map(event, "requestContext"), "http");
            assertEquals(event.get("rawPath"), http.get("path"), file.toString());
            assertEquals(http.get("method") + " " + http.get("path"), event.get("routeKey"), file.toString());
            assertTrue(HttpApiTemplatesTest.ROUTES.contains(event.get("routeKey")), file + " uses a deployed route");
            posts |= "POST".equals(http.get("method"));
            assertFalse(Files.readString(file).contains("\"Authorization\""), "no credentials in training data");
        }
        assertTrue(posts, "a POST body is part of the training");
    }
}
