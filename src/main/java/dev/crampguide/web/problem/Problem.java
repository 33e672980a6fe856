package dev.crampguide.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail, sent as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details. Never contains a stack trace.")
public record Problem(
        @Schema(description = "URI identifying the kind of problem.", example = "urn:cramp-guide:problem:invalid-situation")
        String type,
        @Schema(description = "Short summary of the kind of problem.", example = "Invalid situation")
        String title,
        @Schema(description = "The HTTP status code.", example = "400")
        int status,
        @Schema(description = "Explanation of this occurrence.", example = "2 fields are invalid.")
        String detail,
        @Schema(description = "The request path this problem concerns.", example = "/v1/guidance")
        String instance,
        @Schema(description = "Every invalid field, at most 50 (`detail` gives the full count); present on 400 responses.", nullable = true)
        List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
