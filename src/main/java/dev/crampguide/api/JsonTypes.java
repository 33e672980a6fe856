package dev.crampguide.api;

import dev.crampguide.web.problem.FieldError;
import dev.crampguide.web.problem.Problem;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Every type the API hands to Jackson, registered for the native image. Resource return types would be found
 * on their own, but problems leave through exception mappers as plain {@code Response} entities, which Quarkus
 * cannot see (the Alexa refusal is one too); listing all of them here keeps the native build's needs in one place.
 */
@RegisterForReflection(targets = {
        GuidanceResponse.class, GuidanceResponse.Item.class, GuidanceResponse.Spoken.class,
        GuidanceResponse.Source.class, GuidanceResponse.Ask.class, GuidanceResponse.Choice.class,
        TableResponse.class, TableResponse.TableRow.class, TableResponse.TableQuestion.class, TableResponse.DiaryThreshold.class,
        Problem.class, FieldError.class })
final class JsonTypes {

    private JsonTypes() {
    }
}
