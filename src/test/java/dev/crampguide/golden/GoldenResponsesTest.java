package dev.crampguide.golden;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact bytes the API answers for a fixed set of situations, POST and GET, compared with the files under
 * src/test/resources/golden. A refactoring must leave them identical; a deliberate change of the table or the
 * response shape rewrites them with {@code -Dgolden.update=true} (then review the diff like any other change).
 */
@QuarkusTest
class GoldenResponsesTest {

    private static final Path DIRECTORY = Path.of("src/test/resources/golden");

    /** A request: POST with a body, or GET with a query string. */
    record Case(String name, String body, String query) {
        static Case post(String name, String body) {
            return new Case(name, body, null);
        }

        static Case get(String name, String query) {
            return new Case(name, null, query);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                Case.post("post-empty", "{}"),
                Case.post("post-contract-example", """
                        {"muscle":"calf","when":"exercise","crampingNow":true,"stillLocked":false,"soreAfterwards":false,
                         "recurring":false,"exercise":{"hot":true,"heavySweating":true,"durationMinutes":95,
                         "harderThanTrained":true,"recentLoadIncrease":false,"hillsOrDownhill":false,
                         "returningAfterBreak":false,"repetitiveMovement":false,"newShoes":false,"drinking":"plain_water"},
                         "factors":["alcohol"],"symptoms":[],"considering":["magnesium"],"age":67}"""),
                Case.post("post-clot-with-breathlessness", """
                        {"muscle":"calf","when":"rest","symptoms":["one_leg_swollen","short_of_breath"]}"""),
                Case.post("post-night-cramps-older", """
                        {"muscle":"calf","when":"night","recurring":true,"age":72,"considering":["quinine","magnesium"]}"""),
                Case.post("post-neurological", """
                        {"muscle":"hand","when":"rest","symptoms":["weakness","numbness"],"factors":["diabetes"]}"""),
                Case.post("post-medication-change", """
                        {"muscle":"thigh","when":"walking","factors":["recent_medication_change","medication"]}"""),
                Case.post("post-sore-hamstring", """
                        {"muscle":"hamstring","when":"after_exercise","soreAfterwards":true,
                         "exercise":{"durationMinutes":30,"recentLoadIncrease":true,"hillsOrDownhill":true},"considering":["ice","heat"]}"""),
                Case.post("post-locked-foot-new-shoes", """
                        {"muscle":"foot","when":"exercise","crampingNow":true,"stillLocked":true,
                         "exercise":{"newShoes":true,"repetitiveMovement":true,"returningAfterBreak":true}}"""),
                Case.post("post-overdrinking", """
                        {"when":"exercise","exercise":{"durationMinutes":240,"hot":true,"drinking":"large_plain_water"},
                         "considering":["plain_water","electrolyte_drink"]}"""),
                Case.post("post-pregnancy-night", """
                        {"muscle":"calf","when":"night","factors":["pregnancy","low_magnesium_intake"],"considering":["magnesium","stretching"]}"""),
                Case.post("post-circulation-and-nerve", """
                        {"muscle":"calf","when":"walking","symptoms":["pain_walking_eases_with_rest",
                         "worse_walking_better_sitting_or_bending_forward","frequent","worsening"],"factors":["vascular_disease"]}"""),
                // after the urgent check: relief at once, the rest of the screening still to come
                Case.post("post-contract-example-after-urgent-check", """
                        {"muscle":"calf","when":"exercise","crampingNow":true,"exercise":{"hot":true,"heavySweating":true,
                         "durationMinutes":95,"harderThanTrained":true,"drinking":"plain_water"},"factors":["alcohol"],
                         "considering":["magnesium"],"age":67,"answered":["urgent_signs"]}"""),
                // screened: only the questions that could still change the answer
                Case.post("post-night-cramps-older-screened", """
                        {"muscle":"calf","when":"night","recurring":true,"age":72,"considering":["quinine","magnesium"],
                         "answered":["urgent_signs","other_signs","pattern","medicines"]}"""),
                Case.post("post-invalid-fields", """
                        {"muscle":"calve","age":200,"symptoms":["numbness","dizzy"],"exercise":{"hot":"yes"}}"""),
                Case.get("get-contract-example", "muscle=calf&when=exercise&crampingNow=true&exercise.hot=true"
                        + "&exercise.heavySweating=true&exercise.durationMinutes=95&exercise.harderThanTrained=true"
                        + "&exercise.drinking=plain_water&factors=alcohol&considering=magnesium&age=67"),
                Case.get("get-swollen-leg", "muscle=calf&when=rest&symptoms=one_leg_swollen,one_leg_warm"),
                Case.get("get-repeated-list-keys", "muscle=other&when=rest&factors=dialysis&factors=kidney_disease"
                        + "&symptoms=chest_pain&symptoms=short_of_breath"),
                Case.get("get-invalid-parameters", "muscle=calve&crampingNow=maybe&age=-1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersAreByteIdentical(Case c) throws IOException {
        Response response = c.body != null
                ? given().contentType(ContentType.JSON).body(c.body).when().post("/v1/guidance")
                : given().urlEncodingEnabled(false).when().get("/v1/guidance?" + c.query);
        String actual = "HTTP " + response.statusCode() + " " + response.contentType() + "\n"
                + response.asString() + "\n";
        Path file = DIRECTORY.resolve(c.name + ".txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(DIRECTORY);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                c.name + " changed; if that is intended, run with -Dgolden.update=true and review the diff");
    }
}
