package dev.crampguide.priming;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.crampguide.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Priming sends its request through the Lambda adapter once, leaves no line in the request log, and the first
 * real request still gets its own, correct answer. (The packaged function's handler primes during init: see
 * RuntimeApiFunctionIT.)
 */
@QuarkusTest
class PrimingTest {

    @Inject
    Priming priming;

    @RegisterExtension
    final LogCapture capture = LogCapture.logger(Priming.REQUEST_LOG);
    final List<ExtLogRecord> requestLines = capture.records();

    @Test
    void primesOnceThroughTheWholePathAndLogsNothing() throws InterruptedException {
        priming.prime();
        assertThat(priming.answered()).as("the priming request got its 200 through the Lambda adapter").isTrue();
        priming.beforeCheckpoint(null);
        priming.prime();
        assertThat(priming.runs()).as("a checkpoint after priming does not prime again").isEqualTo(1);
        Thread.sleep(500);
        assertThat(requestLines).as("no request log line for the priming request").isEmpty();
    }

    @Test
    void firstRealRequestGetsItsOwnAnswer() {
        given().contentType(ContentType.JSON)
                .body("{\"muscle\":\"calf\",\"when\":\"night\",\"symptoms\":[\"one_leg_swollen\",\"chest_pain\"]}")
                .when().post("/v1/guidance")
                .then().statusCode(200)
                .body("careLevel", equalTo("emergency"))
                .body("redFlags.id", hasItem("clot_with_chest_or_breathing"));
    }

    @Test
    void requestLogDropsOnlyThePrimingRequestId() throws InterruptedException {
        Logger requestLog = Logger.getLogger(Priming.REQUEST_LOG);
        org.jboss.logging.MDC.put(Priming.REQUEST_ID, priming.requestId());
        try {
            requestLog.info("priming line");
        } finally {
            org.jboss.logging.MDC.remove(Priming.REQUEST_ID);
        }
        // A client's request goes through, even one that names the priming id in its X-Request-Id header: under
        // Lambda the request id comes from the invocation, never from the client.
        given().header("X-Request-Id", priming.requestId()).when().get("/v1/guidance?muscle=foot")
                .then().statusCode(200);
        for (int i = 0; i < 50 && requestLines.isEmpty(); i++) {
            Thread.sleep(100);
        }
        assertThat(requestLines).extracting(ExtLogRecord::getFormattedMessage).containsExactly("GET /v1/guidance 200");
        assertThat(requestLines.get(0).getMdc(Priming.REQUEST_ID)).isNotEqualTo(priming.requestId());
    }
}
