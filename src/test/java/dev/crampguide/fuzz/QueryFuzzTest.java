package dev.crampguide.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crampguide.api.SituationInput;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * {@code GET /v1/guidance} query parameters as JAX-RS hands them over (decoded, repeatable), known names and
 * any others, with any values: through the query mapping and the same validation as POST.
 */
class QueryFuzzTest {

    private static final List<String> NAMES = List.of("muscle", "when", "crampingNow", "stillLocked",
            "soreAfterwards", "recurring", "factors", "symptoms", "considering", "age", "exercise.hot",
            "exercise.heavySweating", "exercise.durationMinutes", "exercise.harderThanTrained",
            "exercise.recentLoadIncrease", "exercise.hillsOrDownhill", "exercise.returningAfterBreak",
            "exercise.repetitiveMovement", "exercise.newShoes", "exercise.drinking", "exercise");
    private static final List<String> VALUES = List.of("calf", "night", "exercise", "true", "false", "TRUE", "0",
            "130", "131", "-1", "2880", "2881", "99999999999", "one_leg_swollen,short_of_breath", "numbness,,weakness",
            "magnesium", "quinine", "alcohol", "plain_water", ",", " ", "", "1e3", "0x10", "null");

    @FuzzTest
    void queryParameters(FuzzedDataProvider data) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        int n = data.consumeInt(0, 16);
        for (int i = 0; i < n && data.remainingBytes() > 0; i++) {
            String name = data.consumeBoolean() ? data.pickValue(NAMES) : data.consumeString(16);
            String value = switch (data.consumeInt(0, 2)) {
                case 0 -> data.pickValue(VALUES);
                case 1 -> data.pickValue(VALUES) + "," + data.pickValue(VALUES);
                default -> data.consumeString(48);
            };
            params.add(name, value);
        }
        Outcomes.guidanceOrProblem(() -> SituationInput.fromQuery(params));
    }
}
