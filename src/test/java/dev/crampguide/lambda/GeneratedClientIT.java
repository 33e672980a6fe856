package dev.crampguide.lambda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.client.ApiClient;
import dev.crampguide.client.ApiException;
import dev.crampguide.client.ApiResponse;
import dev.crampguide.client.api.GuidanceApi;
import dev.crampguide.client.model.Exercise;
import dev.crampguide.client.model.Guidance;
import dev.crampguide.client.model.GuidanceItem;
import dev.crampguide.client.model.GuidanceTable;
import dev.crampguide.client.model.Situation;
import dev.crampguide.lambda.FunctionLauncher.RunningFunction;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;

/**
 * A Java client generated at build time from the committed OpenAPI document (openapi-generator, {@code native}
 * library on java.net.http), driving the packaged plain-HTTP service as a client developer's code would. If the
 * document and the service disagree, this is where a generated client notices. Only in
 * {@code ./mvnw verify -Pplain-http}.
 */
@Tag("plain-http")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratedClientIT {

    private RunningFunction service;
    private GuidanceApi api;

    @BeforeAll
    void start() throws Exception {
        service = PlainHttpService.start(getClass().getSimpleName());
        URI base = PlainHttpService.base(service);
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString());
        api = new GuidanceApi(client);
    }

    @AfterAll
    void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void postsASituationAndReadsTheGuidance() throws ApiException {
        Situation runner = new Situation().muscle(Situation.MuscleEnum.CALF).when(Situation.WhenEnum.EXERCISE)
                .crampingNow(true)
                .exercise(new Exercise().hot(true).heavySweating(true).durationMinutes(95).harderThanTrained(true)
                        .drinking(Exercise.DrinkingEnum.PLAIN_WATER))
                .factors(List.of(Situation.FactorsEnum.ALCOHOL)).considering(List.of(Situation.ConsideringEnum.MAGNESIUM))
                .age(67).answered(List.of("urgent_signs"));
        Guidance guidance = api.evaluateSituation(runner);
        assertThat(guidance.getCareLevel()).isEqualTo(Guidance.CareLevelEnum.SELF_CARE);
        assertThat(guidance.getImmediateSteps()).extracting(GuidanceItem::getId).contains("lengthen_calf");
        assertThat(guidance.getDisclaimer()).isNotBlank();
    }

    @Test
    void getsWithQueryParametersIncludingListsAndRevalidatesWithIfNoneMatch() throws ApiException {
        ApiResponse<Guidance> first = api.evaluateSituationByQueryWithHttpInfo(null, "rest", null, null, null, null,
                null, null, null, null, null, null, null, null, null, null,
                null, List.of("one_leg_swollen", "short_of_breath"), null, null, null, null);
        assertThat(first.getStatusCode()).isEqualTo(200);
        assertThat(first.getData().getCareLevel()).isEqualTo(Guidance.CareLevelEnum.EMERGENCY);
        assertThat(first.getData().getRedFlags()).extracting(GuidanceItem::getId).first()
                .isEqualTo("clot_with_chest_or_breathing");
        String etag = first.getHeaders().get("etag").get(0);

        ApiException notModified = assertThrows(ApiException.class, () -> api.evaluateSituationByQuery(null,
                "rest", null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, List.of("one_leg_swollen", "short_of_breath"), null, null, null, etag));
        assertThat(notModified.getCode()).isEqualTo(304);
    }

    @Test
    void listParametersInEitherFormGiveTheSameAnswer() throws Exception {
        Guidance repeated = api.evaluateSituationByQuery("calf", "night", null, null, null, true, null, null, null,
                null, null, null, null, null, null, null, List.of("pregnancy", "low_magnesium_intake"), null,
                List.of("magnesium", "stretching"), null, null, null);
        Guidance commas = api.evaluateSituationByQuery("calf", "night", null, null, null, true, null, null, null,
                null, null, null, null, null, null, null, List.of("pregnancy,low_magnesium_intake"), null,
                List.of("magnesium,stretching"), null, null, null);
        assertThat(commas).isEqualTo(repeated);
    }

    @Test
    void readsTheTable() throws ApiException {
        GuidanceTable table = api.getGuidanceTable(null);
        assertThat(table.getRows()).isNotEmpty();
        assertThat(table.getFacts()).contains("muscle:calf", "symptoms:chest_pain");
    }

    @Test
    void aBadValueIsAProblemNamingTheField() throws Exception {
        ApiException bad = assertThrows(ApiException.class, () -> api.evaluateSituationByQuery("calve", null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 200,
                null, null));
        assertThat(bad.getCode()).isEqualTo(400);
        assertThat(bad.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(bad.getResponseBody());
        assertThat(problem.path("errors").findValuesAsText("field")).containsExactly("muscle", "age");
    }
}
