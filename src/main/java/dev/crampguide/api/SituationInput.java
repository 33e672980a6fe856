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
import java.util.List;

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
            throw new ProblemException(413, ProblemTypes.BODY_TOO_LARGE, "Body too large",
                    "The body may be at most " + MAX_BODY_BYTES + " bytes.", null);
        }
        return SituationReader.read(parse(mapper, body));
    }

    /** GET query parameters as JAX-RS decoded them. @throws ProblemException 400 naming every bad or repeated parameter */
    public static Situation fromQuery(MultivaluedMap<String, String> params) {
        SituationQuery.Parsed parsed = SituationQuery.parse(params);
        return SituationReader.read(parsed.json(), parsed.repeated());
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
