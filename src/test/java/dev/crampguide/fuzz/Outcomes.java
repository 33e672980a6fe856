package dev.crampguide.fuzz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.api.GuidanceResponse;
import dev.crampguide.web.problem.ProblemException;
import dev.crampguide.wording.Guidance;
import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Situation;
import dev.crampguide.tablefile.TableFile;
import java.util.function.Supplier;

/**
 * The property every fuzz target checks: an input becomes either a situation whose evaluation serialises, or a
 * 4xx problem that serialises. Anything else (another exception, a 5xx problem) escapes and is a finding.
 */
final class Outcomes {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Guide ENGINE = new Guide(TableFile.loadBundled());

    private Outcomes() {
    }

    /** @return true when the input was answered with guidance, false when refused with a 4xx problem */
    static boolean guidanceOrProblem(Supplier<Situation> read) {
        Situation situation;
        try {
            situation = read.get();
        } catch (ProblemException e) {
            if (e.status() < 400 || e.status() > 499) {
                throw new AssertionError("problem with status " + e.status(), e);
            }
            serialise(e.toProblem("/v1/guidance"));
            return false;
        }
        Guidance guidance = ENGINE.answer(situation);
        if (guidance.careLevel() == null || guidance.disclaimer() == null || guidance.disclaimer().isBlank()) {
            throw new AssertionError("guidance without care level or disclaimer");
        }
        serialise(GuidanceResponse.of(guidance));
        return true;
    }

    static byte[] serialise(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError("does not serialise", e);
        }
    }
}
