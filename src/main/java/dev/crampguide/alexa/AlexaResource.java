package dev.crampguide.alexa;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.alexa.dialog.SkillDialog;
import dev.crampguide.alexa.dialog.Turn;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.verification.AlexaRequestVerifier;
import dev.crampguide.alexa.verification.VerificationException;
import dev.crampguide.web.RequestLog;
import dev.crampguide.web.problem.Problem;
import io.vertx.ext.web.RoutingContext;
import dev.crampguide.guide.Guide;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Alexa Skills Kit custom-skill endpoint. The body is taken as raw bytes because the signature covers
 * exactly those bytes; it is verified first and parsed only after that. Every refusal is the same bare 400, and
 * the log records only why (for us), never anything from the body.
 */
@Path("/v1/alexa")
@Tag(name = "Alexa", description = "Alexa Skills Kit custom-skill endpoint")
public class AlexaResource {

    static final int MAX_BODY_BYTES = 128 * 1024;
    static final String REFUSED_TYPE = "urn:cramp-guide:problem:unverified-alexa-request";
    private static final Problem REFUSED = new Problem(REFUSED_TYPE, "Request not accepted", 400,
            "This endpoint only accepts requests signed by Alexa for this skill.", "/v1/alexa", null);

    private final AlexaRequestVerifier verifier;
    private final SkillDialog dialog;

    @Inject
    public AlexaResource(AlexaRequestVerifier verifier, Guide guide, ObjectMapper mapper) {
        this.verifier = verifier;
        this.dialog = new SkillDialog(guide, mapper);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
    @Operation(operationId = "handleAlexaRequest", summary = "Alexa Skills Kit custom-skill endpoint",
            description = "Takes the Alexa request envelope, verified by its SignatureCertChainUrl and Signature-256 "
                    + "headers, and answers with an Alexa response envelope built from the same guidance engine "
                    + "as /v1/guidance. Requests not signed by Alexa for a configured skill id get 400.")
    @APIResponse(responseCode = "200", description = "An Alexa Skills Kit response envelope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    examples = @ExampleObject(name = "welcome", value = AlexaExamples.WELCOME)))
    @APIResponse(responseCode = "400", description = "Not signed by Alexa for a configured skill, or no usable body; the same answer whatever failed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "refused", value = AlexaExamples.REFUSED)))
    @APIResponse(responseCode = "413", description = "Body over the HTTP server's limit (1 MiB); Alexa's own requests are far smaller",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too large", value = AlexaExamples.TOO_LARGE)))
    public Response handle(@HeaderParam("SignatureCertChainUrl") String certChainUrl,
            @HeaderParam("Signature-256") String signature256, @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.OBJECT, description = "An Alexa Skills Kit request envelope"),
                    examples = @ExampleObject(name = "launch", value = AlexaExamples.LAUNCH))) byte[] body,
            @Context RoutingContext ctx) {
        if (body == null || body.length == 0 || body.length > MAX_BODY_BYTES) {
            RequestLog.note(ctx, null, null, "refused=BODY_SIZE");
            return refused();
        }
        AlexaRequestEnvelope envelope;
        try {
            envelope = verifier.verify(certChainUrl, signature256, body);
        } catch (VerificationException e) {
            // the reason is for operators; the client gets the same answer whatever failed
            RequestLog.note(ctx, null, null, "refused=" + e.reason());
            return refused();
        }
        Turn turn = dialog.handle(envelope);
        RequestLog.note(ctx, String.join(",", turn.matchedRowIds()), null,
                envelope.request().type() + (turn.intentName() == null ? "" : " " + turn.intentName()));
        return Response.ok(turn.response(), MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    /** One answer for every failed check, so a forger cannot tell which check stopped them. */
    private static Response refused() {
        return Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE).entity(REFUSED).build();
    }
}
