package dev.crampguide.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.web.SituationReader;
import dev.crampguide.web.problem.FieldError;
import dev.crampguide.web.problem.ProblemException;
import dev.crampguide.web.problem.ProblemTypes;
import dev.crampguide.situation.Situation;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything between the request as received and a validated {@link Situation}, for both {@code /v1/guidance}
 * methods: size limit, JSON parsing, query-string mapping, validation. Static and free of HTTP so the fuzz tests
 * drive exactly the path the resource uses.
 */
public final class SituationInput {

    /** The contract's body limit; larger bodies get 413 before any parsing. */
    public static final int MAX_BODY_BYTES = 16 * 1024;

    private SituationInput() {
    }

    /** A POST body as received. @throws ProblemException 413 when too large, 400 when malformed or invalid */
    public static Situation fromBody(ObjectMapper mapper, byte[] body) {
        if (body.length > MAX_BODY_BYTES) {
            throw ProblemException.tooLarge(MAX_BODY_BYTES);
        }
        return SituationReader.read(parse(mapper, body));
    }

    /** GET query parameters as JAX-RS decoded them. @throws ProblemException 400 naming every bad or repeated parameter */
    public static Situation fromQuery(MultivaluedMap<String, String> params) {
        SituationQuery.Parsed parsed = SituationQuery.parse(params);
        return SituationReader.read(parsed.json(), parsed.repeated());
    }

    /** A request: the situation plus the ids of the questions already asked. */
    public record Request(Situation situation, Set<String> answered) {
    }

    /**
     * A POST body with its {@code answered} question ids, each checked against {@code questionIds}.
     *
     * @throws ProblemException 413 when too large, 400 naming every bad field, {@code answered[i]} included
     */
    public static Request requestFromBody(ObjectMapper mapper, byte[] body, Set<String> questionIds) {
        if (body.length > MAX_BODY_BYTES) {
            return new Request(fromBody(mapper, body), Set.of());
        }
        JsonNode root = parse(mapper, body);
        List<FieldError> errors = new ArrayList<>();
        Set<String> answered = new LinkedHashSet<>();
        JsonNode list = root.isObject() ? root.get("answered") : null;
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                errors.add(FieldError.of("answered", "must be a list of question ids"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    JsonNode id = list.get(i);
                    answer(id.isTextual() ? id.asText() : null, "answered[" + i + "]", questionIds, answered, errors);
                }
            }
        }
        return new Request(SituationReader.read(root, errors), answered);
    }

    /** GET parameters with {@code answered=a,b}. @throws ProblemException 400 naming every bad parameter */
    public static Request requestFromQuery(MultivaluedMap<String, String> params, Set<String> questionIds) {
        SituationQuery.Parsed parsed = SituationQuery.parse(params);
        List<FieldError> errors = new ArrayList<>(parsed.repeated());
        Set<String> answered = new LinkedHashSet<>();
        int i = 0;
        for (String value : params.getOrDefault("answered", List.of())) {
            for (String id : value.split(",", -1)) {
                if (!id.isBlank()) {
                    answer(id.trim(), "answered[" + i + "]", questionIds, answered, errors);
                }
                i++;
            }
        }
        return new Request(SituationReader.read(parsed.json(), errors), answered);
    }

    private static void answer(String id, String field, Set<String> questionIds, Set<String> answered,
            List<FieldError> errors) {
        if (id != null && questionIds.contains(id)) {
            answered.add(id);
        } else {
            errors.add(new FieldError(field, id == null ? "must be a question id" : "unknown question id '" + id + "'",
                    List.copyOf(questionIds)));
        }
    }

    static JsonNode parse(ObjectMapper mapper, byte[] body) {
        if (body.length == 0) {
            throw ProblemException.invalid(List.of(FieldError.of("$", "the body is empty; send a JSON object such as {}")));
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProblemException(400, ProblemTypes.MALFORMED_JSON, "Malformed JSON",
                    "The body is not valid JSON" + where + ".",
                    List.of(FieldError.of("$", "not valid JSON" + where)));
        } catch (IOException e) {
            throw new ProblemException(400, ProblemTypes.MALFORMED_JSON, "Malformed JSON",
                    "The body could not be read as JSON.", List.of(FieldError.of("$", "not valid JSON")));
        }
    }
}
