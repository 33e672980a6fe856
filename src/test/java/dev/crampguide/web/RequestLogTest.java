package dev.crampguide.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Properties;
import java.util.List;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What reaches the logs while people send health data: one line per request with ids, path, status, timing,
 * table version, matched rows and care level, and nothing of what they sent.
 */
@QuarkusTest
class RequestLogTest {

    /** Values that only the requests contain: none may appear in any log record. */
    static final List<String> PERSONAL = List.of("ZEBRA-7731-SECRET", "QUOKKA-5512-SECRET", "WOMBAT-9083",
            "KOALA-2210", "one_leg_swollen", "one_leg_warm", "numbness", "pregnancy", "symptoms:", "factors:", "considering:");

    @RegisterExtension
    final LogCapture capture = LogCapture.all();
    final List<ExtLogRecord> records = capture.records();

    @Test
    void oneStructuredLinePerRequestAndNothingThePersonSent() throws InterruptedException {
        given().contentType(ContentType.JSON)
                .body("""
                        {"muscle": "calf", "symptoms": ["one_leg_swollen", "numbness"], "factors": ["pregnancy"],
                         "considering": ["quinine"], "age": 77, "note": "ZEBRA-7731-SECRET"}""")
                .when().post("/v1/guidance").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"symptoms\": [\"QUOKKA-5512-SECRET\"]}")
                .when().post("/v1/guidance").then().statusCode(400);
        given().queryParam("muscle", "foot").queryParam("symptoms", "one_leg_warm").queryParam("note", "WOMBAT-9083")
                .when().get("/v1/guidance").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"muscle\": \"KOALA-2210\"")
                .when().post("/v1/guidance").then().statusCode(400);

        List<ExtLogRecord> lines = awaitRequestLines(4);
        ExtLogRecord post = lines.get(0);
        // Lambda's own request id (the mock event server makes one per event, as Lambda does)
        assertThat(post.getMdc("requestId")).matches("[0-9a-f-]{36}").isNotEqualTo(lines.get(1).getMdc("requestId"));
        assertThat(post.getMdc("method")).isEqualTo("POST");
        assertThat(post.getMdc("path")).isEqualTo("/v1/guidance");
        assertThat(post.getMdc("status")).isEqualTo("200");
        assertThat(post.getMdc("latencyMicros")).matches("\\d+");
        assertThat(post.getMdc("tableVersion")).startsWith("1.3.0+");
        assertThat(post.getMdc("careLevel")).isEqualTo("prompt_medical_advice");
        assertThat(post.getMdc("rows")).contains("possible_blood_clot", "neurological_symptoms");
        assertThat(lines.get(1).getMdc("status")).isEqualTo("400");
        assertThat(lines.get(1).getMdc("rows")).isNull();
        assertThat(lines.get(2).getMdc("method")).isEqualTo("GET");
        assertThat(lines.get(2).getMdc("careLevel")).isEqualTo("prompt_medical_advice");
        assertThat(lines.get(3).getMdc("status")).isEqualTo("400");

        for (ExtLogRecord record : records) {
            String everything = record.getFormattedMessage() + " " + record.getMdcCopy() + " "
                    + (record.getThrown() == null ? "" : record.getThrown().toString());
            for (String personal : PERSONAL) {
                assertThat(everything).as("log record of %s", record.getLoggerName()).doesNotContain(personal);
            }
        }
    }

    /** Dev mode's console line carries the same fields as production's JSON keys, readable, and nothing personal. */
    @Test
    void devModeShowsTheSameFieldsReadably() throws Exception {
        Properties config = new Properties();
        try (InputStream in = RequestLogTest.class.getResourceAsStream("/application.properties")) {
            config.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(config.getProperty("%dev.quarkus.log.category.\"dev.crampguide.requests\".handlers"))
                .isEqualTo("request-lines");
        PatternFormatter dev = new PatternFormatter(
                config.getProperty("%dev.quarkus.log.handler.console.\"request-lines\".format"));

        given().contentType(ContentType.JSON).body("{\"symptoms\": [\"one_leg_swollen\"], \"note\": \"ZEBRA-7731-SECRET\"}")
                .when().post("/v1/guidance").then().statusCode(200);
        ExtLogRecord record = awaitRequestLines(1).get(0);
        String line = dev.format(record);
        for (String field : RequestLog.FIELDS) {
            // method, path and status are the message itself
            if (record.getMdc(field) != null && !List.of("method", "path", "status").contains(field)) {
                assertThat(line).contains(field + "=" + record.getMdc(field));
            }
        }
        assertThat(line).contains("POST /v1/guidance 200", "rows=possible_blood_clot", "latencyMicros=");
        for (String personal : PERSONAL) {
            assertThat(line).doesNotContain(personal);
        }
    }

    private List<ExtLogRecord> awaitRequestLines(int expected) throws InterruptedException {
        List<ExtLogRecord> lines = new ArrayList<>();
        for (int i = 0; i < 50 && lines.size() < expected; i++) {
            lines.clear();
            records.stream().filter(r -> "dev.crampguide.requests".equals(r.getLoggerName())
                    && "/v1/guidance".equals(r.getMdc("path"))).forEach(lines::add);
            if (lines.size() < expected) {
                Thread.sleep(100);
            }
        }
        assertThat(lines).hasSize(expected);
        return lines;
    }
}
