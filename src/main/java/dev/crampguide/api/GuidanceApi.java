package dev.crampguide.api;

import dev.crampguide.web.problem.Problem;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The guidance API as clients see it: paths, media types and the OpenAPI description of every answer. The
 * situation's fields (request body schema and GET parameters) are filled in by {@link OpenApiDocument} from the
 * one field list, so they are not repeated here. {@link GuidanceResource} implements it.
 */
@Path("/v1/guidance")
@Tag(name = "Guidance")
public interface GuidanceApi {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateSituation", summary = "Evaluate a situation",
            description = "Returns the red flags, likely triggers, immediate steps, prevention and cautions that match the posted situation, each citing its references, and the next `questions` worth asking (send the ids asked back in `answered`; `screened` says whether every question that can raise the care level has been answered). Answers are never cached (`Cache-Control: no-store`): they concern a person's health.")
    @APIResponse(responseCode = "200", description = "Guidance for the situation",
            headers = @Header(name = "Cache-Control", description = "Always `no-store`.",
                    schema = @Schema(type = SchemaType.STRING, example = "no-store")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceResponse.class),
                    examples = @ExampleObject(name = "one swollen warm leg", value = Examples.GUIDANCE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, an unknown value or a number out of range; every bad field is listed, up to 50 (`detail` gives the full count)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID)))
    @APIResponse(responseCode = "406", ref = CrampGuideApplication.NOT_ACCEPTABLE)
    @APIResponse(responseCode = "413", description = "Body over 16 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Content type other than JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = Examples.UNSUPPORTED)))
    RestResponse<GuidanceResponse> evaluateSituation(
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(ref = OpenApiDocument.SITUATION_SCHEMA),
                    examples = {@ExampleObject(name = "runner with a calf cramp in the heat", value = Examples.RUNNER_IN_HEAT),
                            @ExampleObject(name = "one swollen warm leg", value = Examples.SWOLLEN_LEG),
                            @ExampleObject(name = "calf cramping now, after the screening questions", value = Examples.AFTER_SCREENING),
                            @ExampleObject(name = "nothing said yet", value = "{}")}))
            byte[] body, @Context RoutingContext ctx);

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "evaluateSituationByQuery", summary = "Evaluate a situation from query parameters",
            description = "The same evaluation as POST, cacheable by a CDN: `Cache-Control: public` and an `ETag` that changes with the table version; a matching `If-None-Match` gets 304. Parameters are the body's field paths (`exercise.hot=true`). List fields are comma-separated (`symptoms=numbness,weakness`); any other parameter given twice is a 400.")
    @APIResponse(responseCode = "200", description = "Guidance for the situation",
            headers = {@Header(name = "ETag", ref = CrampGuideApplication.ETAG),
                    @Header(name = "Cache-Control", ref = CrampGuideApplication.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceResponse.class),
                    examples = @ExampleObject(name = "one swollen warm leg", value = Examples.GUIDANCE)))
    @APIResponse(responseCode = "304", ref = CrampGuideApplication.NOT_MODIFIED)
    @APIResponse(responseCode = "400", description = "A parameter has a wrong type, an unknown value, is out of range or (single-valued) is given twice; every bad parameter is listed, up to 50 (`detail` gives the full count)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid fields", value = Examples.INVALID),
                            @ExampleObject(name = "repeated parameter", value = Examples.REPEATED)}))
    @APIResponse(responseCode = "406", ref = CrampGuideApplication.NOT_ACCEPTABLE)
    @Parameter(ref = CrampGuideApplication.IF_NONE_MATCH)
    RestResponse<GuidanceResponse> evaluateSituationByQuery(@Context UriInfo uri,
@Context HttpHeaders headers,
            @Context RoutingContext ctx);

    @GET
    @Path("/table")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGuidanceTable", summary = "The whole guidance table",
            description = "Every row with its condition in readable form, its text and references: for clinical review and for clients that render offline. Cacheable like GET /v1/guidance.")
    @APIResponse(responseCode = "200", description = "The table",
            headers = {@Header(name = "ETag", ref = CrampGuideApplication.ETAG),
                    @Header(name = "Cache-Control", ref = CrampGuideApplication.CACHE_CONTROL)},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableResponse.class),
                    examples = @ExampleObject(name = "the table (one row shown)", value = Examples.TABLE)))
    @APIResponse(responseCode = "304", ref = CrampGuideApplication.NOT_MODIFIED)
    @APIResponse(responseCode = "406", ref = CrampGuideApplication.NOT_ACCEPTABLE)
    @Parameter(ref = CrampGuideApplication.IF_NONE_MATCH)
    RestResponse<TableResponse> getGuidanceTable(
@Context HttpHeaders headers);
}
