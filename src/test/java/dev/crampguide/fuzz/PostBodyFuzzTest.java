package dev.crampguide.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crampguide.api.SituationInput;

/** Arbitrary bytes as a {@code POST /v1/guidance} body, through the resource's own parse and validation. */
class PostBodyFuzzTest {

    @FuzzTest
    void rawBody(byte[] body) {
        Outcomes.guidanceOrProblem(() -> SituationInput.fromBody(Outcomes.MAPPER, body));
    }
}
