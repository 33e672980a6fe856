package dev.crampguide.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crampguide.api.SituationInput;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code GET /v1/guidance} query parameters as JAX-RS hands them over (decoded, repeatable), known names and
 * any others, with any values: through the query mapping and the same validation as POST.
 */
class QueryFuzzTest {

    /** In this order so the committed corpus keeps choosing the same names; SituationFieldsTest covers the set. */
    private static final List<String> NAMES = List.of("muscle", "when", "crampingNow", "stillLocked",
            "soreAfterwards", "recurring", "factors", "symptoms", "considering", "age", "exercise.hot",
            "exercise.heavySweating", "exercise.durationMinutes", "exercise.harderThanTrained",
            "exercise.recentLoadIncrease", "exercise.hillsOrDownhill", "exercise.returningAfterBreak",
            "exercise.repetitiveMovement", "exercise.newShoes", "exercise.drinking", "exercise");
    private static final List<String> LISTS = SituationFields.ALL.stream()
            .filter(f -> f.kind() == SituationField.Kind.LIST).map(SituationField::path).toList();
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

    /**
     * A raw query string as a client writes it ({@code muscle=calf&muscle=foot&symptoms=a,b&symptoms=c}), decoded
     * the way a server does: repeated keys, empty values, stray separators and broken escapes included.
     */
    @FuzzTest
    void rawQueryString(byte[] query) {
        MultivaluedMap<String, String> params = new MultivaluedHashMap<>();
        for (String pair : new String(query, StandardCharsets.UTF_8).split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            try {
                params.add(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return; // a broken %-escape: the HTTP layer refuses such a request before it reaches us
            }
        }
        boolean answered = Outcomes.guidanceOrProblem(() -> SituationInput.fromQuery(params));
        for (String name : params.keySet()) {
            if (params.get(name).size() > 1 && !LISTS.contains(name) && NAMES.contains(name) && answered) {
                throw new AssertionError("repeated single-valued parameter " + name + " was answered");
            }
        }
    }
}
