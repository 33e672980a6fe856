package dev.crampguide.priming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With cramp-guide.priming.requests (the SnapStart template sets 20), each request answers and none is logged. */
@QuarkusTest
@TestProfile(PrimingRequestsTest.ThreeRequests.class)
class PrimingRequestsTest {

    public static class ThreeRequests implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("cramp-guide.priming.requests", "3");
        }
    }

    @Inject
    Priming priming;

    @Test
    void sendsTheConfiguredNumberOfRequestsAndLogsNone() throws InterruptedException {
        LogCapture capture = LogCapture.logger(Priming.REQUEST_LOG);
        capture.start();
        try {
            priming.prime();
            Thread.sleep(500);
            assertThat(priming.answeredRequests()).as("every priming request got its 200").isEqualTo(3);
            assertThat(priming.runs()).as("one priming pass per process").isEqualTo(1);
            assertThat(capture.records()).as("no request log line for any priming request").isEmpty();
        } finally {
            capture.stop();
        }
    }
}
