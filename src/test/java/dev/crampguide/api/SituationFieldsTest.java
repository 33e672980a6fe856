package dev.crampguide.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.facts.FactCatalog;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.SituationWriter;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The situation's fields are described once ({@link SituationFields}); the POST body, the GET query, the fact
 * catalog and the served OpenAPI document must all list exactly those fields with the same values.
 */
@QuarkusTest
class SituationFieldsTest {

    /** A situation that says something in every field: every flag true, every list full. */
    static Situation everythingSaid() {
        Situation.Builder b = Situation.builder();
        for (SituationField field : SituationFields.ALL) {
            switch (field.kind()) {
                case FLAG -> field.set().accept(b, true);
                case NUMBER -> field.set().accept(b, field.example());
                case CHOICE -> field.set().accept(b, field.values().get(field.values().size() - 1));
                case LIST -> field.values().forEach(v -> field.set().accept(b, v));
            }
        }
        return b.build();
    }

    static List<String> paths() {
        return SituationFields.ALL.stream().map(SituationField::path).toList();
    }

    @Test
    void thePostBodyCarriesEveryFieldAndReadsBackTheSame() {
        Situation s = everythingSaid();
        ObjectNode json = SituationWriter.write(s);
        List<String> written = new ArrayList<>();
        json.fields().forEachRemaining(e -> {
            if (e.getValue().isObject()) {
                e.getValue().fieldNames().forEachRemaining(n -> written.add(e.getKey() + "." + n));
            } else {
                written.add(e.getKey());
            }
        });
        assertThat(written).containsExactlyElementsOf(paths());
        assertThat(SituationReader.read(json)).isEqualTo(s);
    }

    @Test
    void theQueryTakesEveryFieldByItsPath() {
        Situation s = everythingSaid();
        MultivaluedHashMap<String, String> query = new MultivaluedHashMap<>();
        for (SituationField field : SituationFields.ALL) {
            Object value = field.get().apply(s);
            switch (field.kind()) {
                case LIST -> ((java.util.Collection<?>) value).forEach(v -> query.add(field.path(), ((Coded) v).id()));
                case CHOICE -> query.add(field.path(), ((Coded) value).id());
                default -> query.add(field.path(), String.valueOf(value));
            }
        }
        assertThat(SituationInput.fromQuery(query)).isEqualTo(s);
    }

    @Test
    void everyFieldWithValuesBecomesFacts() {
        List<String> facts = FactCatalog.withThresholds(List.of()).names();
        List<String> expected = SituationFields.ALL.stream().flatMap(f -> f.factNames().stream()).toList();
        assertThat(facts).containsExactlyElementsOf(expected);
        assertThat(FactCatalog.NUMERIC_FIELDS).containsExactlyInAnyOrder("age", "exercise.durationMinutes");
    }

    @Test
    void theOpenApiDocumentListsTheSameFieldsAndValues() {
        JsonPath doc = given().accept("application/json").get("/q/openapi?format=json").jsonPath();
        List<Map<String, Object>> parameters = doc.getList("paths.'/v1/guidance'.get.parameters");
        List<String> queryNames = parameters.stream().filter(p -> "query".equals(p.get("in")))
                .map(p -> (String) p.get("name")).toList();
        // besides the situation's fields, the request carries the ids of the questions already asked
        List<String> request = new ArrayList<>(paths());
        request.add("answered");
        assertThat(queryNames).containsExactlyElementsOf(request);

        Map<String, Object> body = doc.getMap("components.schemas.Situation.properties");
        List<String> bodyPaths = new ArrayList<>();
        for (String name : body.keySet()) {
            Map<String, Object> nested = doc.getMap("components.schemas." + Character.toUpperCase(name.charAt(0))
                    + name.substring(1) + ".properties");
            if (nested != null && doc.getString("components.schemas.Situation.properties." + name + ".$ref") != null) {
                nested.keySet().forEach(n -> bodyPaths.add(name + "." + n));
            } else {
                bodyPaths.add(name);
            }
        }
        assertThat(bodyPaths).containsExactlyElementsOf(request);

        for (SituationField field : SituationFields.ALL) {
            Map<String, Object> parameter = parameters.stream().filter(p -> field.path().equals(p.get("name")))
                    .findFirst().orElseThrow();
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) parameter.get("schema");
            switch (field.kind()) {
                case CHOICE -> assertThat(schema.get("enum")).as(field.path()).isEqualTo(field.ids());
                case LIST -> {
                    assertThat(((Map<?, ?>) schema.get("items")).get("enum")).as(field.path()).isEqualTo(field.ids());
                    assertThat(parameter.get("style")).as(field.path()).isEqualTo("form");
                    assertThat(parameter.get("explode")).as(field.path()).isEqualTo(false);
                }
                case NUMBER -> assertThat(schema.get("maximum")).as(field.path()).isEqualTo(field.max());
                case FLAG -> assertThat(schema.get("type")).as(field.path()).isEqualTo("boolean");
            }
        }
    }
}
