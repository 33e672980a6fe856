package dev.crampguide.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.api.problem.Problem;
import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceEngine;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The guidance API: thin on purpose. It reads the situation, asks the engine, and shapes the HTTP answer.
 * The evaluation takes microseconds and never blocks, so it runs on the I/O thread.
 */
@Path("/v1/guidance")
@Tag(name = "Guidance", description = "Evaluate a cramp situation against the guidance table")
public class GuidanceResource {

    @Inject
    GuidanceEngine engine;

    @Inject
    ObjectMapper mapper;

    @ConfigProperty(name = "cramp-guide.cache.max-age", defaultValue = "3600")
    int cacheMaxAge;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a situation",
            description = "Returns the red flags, likely triggers, immediate steps, prevention and cautions that match the posted situation, each citing its references. Answers are never cached (`Cache-Control: no-store`): they concern a person's health.")
    @APIResponse(responseCode = "200", description = "Guidance for the situation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceResponse.class),
                    examples = @ExampleObject(name = "one swollen warm leg", value = Examples.GUIDANCE)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a wrong type, an unknown value or a number out of range; every bad field is listed, up to 50 (`detail` gives the full count)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID)))
    @APIResponse(responseCode = "413", description = "Body over 16 KiB",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE)))
    @APIResponse(responseCode = "415", description = "Content type other than JSON",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not JSON", value = Examples.UNSUPPORTED)))
    public Uni<RestResponse<GuidanceResponse>> evaluate(
            @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SituationDocument.class),
                    examples = {@ExampleObject(name = "runner with a calf cramp in the heat", value = Examples.RUNNER_IN_HEAT),
                            @ExampleObject(name = "one swollen warm leg", value = Examples.SWOLLEN_LEG),
                            @ExampleObject(name = "calf cramping now, after the screening questions", value = Examples.AFTER_SCREENING)}))
            byte[] body, RoutingContext ctx) {
        SituationInput.Request request = SituationInput.requestFromBody(mapper, body, engine.table().questions().ids());
        Guidance guidance = engine.evaluate(request.situation(), request.answered());
        RequestLog.note(ctx, guidance);
        return Uni.createFrom().item(RestResponse.ResponseBuilder.ok(GuidanceResponse.of(guidance))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Evaluate a situation from query parameters",
            description = "The same evaluation as POST, cacheable by a CDN: `Cache-Control: public` and an `ETag` that changes with the table version; a matching `If-None-Match` gets 304. List fields are comma-separated (`symptoms=numbness,weakness`) and exercise fields are dotted (`exercise.hot=true`).")
    @Parameters({
            @Parameter(name = "muscle", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "when", in = ParameterIn.QUERY, description = "What was happening when the cramp started", schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "crampingNow", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "stillLocked", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "soreAfterwards", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "recurring", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "factors", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "alcohol,long_sitting"),
            @Parameter(name = "symptoms", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "one_leg_swollen,one_leg_warm"),
            @Parameter(name = "considering", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING), example = "magnesium"),
            @Parameter(name = "age", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "130")),
            @Parameter(name = "exercise.hot", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.heavySweating", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.durationMinutes", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "2880")),
            @Parameter(name = "exercise.harderThanTrained", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.recentLoadIncrease", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.hillsOrDownhill", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.returningAfterBreak", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.repetitiveMovement", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.newShoes", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.BOOLEAN)),
            @Parameter(name = "exercise.drinking", in = ParameterIn.QUERY, schema = @Schema(type = SchemaType.STRING)),
            @Parameter(name = "answered", in = ParameterIn.QUERY, description = "Ids of the questions already asked, comma-separated; a question asked with nothing chosen means \"none of these\". An unknown id is a 400 naming `answered[i]`.",
                    schema = @Schema(type = SchemaType.STRING), example = "urgent_signs,other_signs")
    })
    @APIResponse(responseCode = "200", description = "Guidance for the situation",
            headers = {@Header(name = "ETag", description = "Changes with the table version"),
                    @Header(name = "Cache-Control", description = "public, max-age=…")},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GuidanceResponse.class),
                    examples = @ExampleObject(name = "one swollen warm leg", value = Examples.GUIDANCE)))
    @APIResponse(responseCode = "304", description = "Not modified: the `If-None-Match` tag matches the current table version")
    @APIResponse(responseCode = "400", description = "A parameter has a wrong type, an unknown value or is out of range; every bad parameter is listed, up to 50 (`detail` gives the full count)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid fields", value = Examples.INVALID)))
    public Uni<RestResponse<GuidanceResponse>> evaluateQuery(@Context UriInfo uri, @Context HttpHeaders headers,
            RoutingContext ctx) {
        SituationInput.Request request = SituationInput.requestFromQuery(uri.getQueryParameters(),
                engine.table().questions().ids());
        String etag = etag();
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Uni.createFrom().item(cacheable(RestResponse.ResponseBuilder.<GuidanceResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build());
        }
        Guidance guidance = engine.evaluate(request.situation(), request.answered());
        RequestLog.note(ctx, guidance);
        return Uni.createFrom().item(cacheable(RestResponse.ResponseBuilder.ok(GuidanceResponse.of(guidance)), etag).build());
    }

    @GET
    @Path("/table")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The whole guidance table",
            description = "Every row with its condition in readable form, its text and references: for clinical review and for clients that render offline. Cacheable like GET /v1/guidance.")
    @APIResponse(responseCode = "200", description = "The table",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TableResponse.class)))
    @APIResponse(responseCode = "304", description = "Not modified")
    public Uni<RestResponse<TableResponse>> table(@Context HttpHeaders headers) {
        String etag = etag();
        if (ETags.matches(headers.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            return Uni.createFrom().item(cacheable(RestResponse.ResponseBuilder.<TableResponse>create(RestResponse.Status.NOT_MODIFIED), etag).build());
        }
        return Uni.createFrom().item(cacheable(RestResponse.ResponseBuilder.ok(TableResponse.of(engine.table())), etag).build());
    }

    private String etag() {
        return ETags.strong(engine.table().version());
    }

    private <T> RestResponse.ResponseBuilder<T> cacheable(RestResponse.ResponseBuilder<T> builder, String etag) {
        return builder.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + cacheMaxAge);
    }
}
