package dev.crampguide.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One bad field of a request: where it is, what is wrong, and (for enums) what is allowed. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "One invalid field of the request.")
public record FieldError(
        @Schema(description = "Path of the field in the request; `$` is the whole body.", example = "symptoms[1]")
        String field,
        @Schema(description = "What is wrong with it, in plain words.", example = "unknown value 'dizzy'")
        String message,
        @Schema(description = "The values this field accepts, for enumerated fields.", nullable = true)
        List<String> allowed) {

    public static FieldError of(String field, String message) {
        return new FieldError(field, message, null);
    }
}
