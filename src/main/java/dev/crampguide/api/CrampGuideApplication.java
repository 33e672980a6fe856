package dev.crampguide.api;

import jakarta.ws.rs.core.Application;

import dev.crampguide.web.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.servers.ServerVariable;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;


/**
 * The service as one JAX-RS application, here only to carry the OpenAPI document's own facts: info, servers,
 * tags and the API-key scheme of the metered deployment. Resources are discovered as usual.
 */
@OpenAPIDefinition(
        info = @Info(title = "cramp-guide API", version = "1.1.0",
                description = "Muscle-cramp guidance: send a situation, get red flags, likely triggers, steps, prevention and cautions, each with references. General information, not a diagnosis. Within v1, fields, values, ids and endpoints may be added but never renamed or removed: clients must ignore what they do not know.",
                license = @License(name = "Apache 2.0", identifier = "Apache-2.0"),
                contact = @Contact(name = "cramp-guide maintainers")),
        servers = {
                @Server(url = "https://{apiId}.execute-api.{region}.amazonaws.com",
                        description = "Public deployment (API Gateway HTTP API); no key needed",
                        variables = {@ServerVariable(name = "apiId", defaultValue = "abc123", description = "The API's id"),
                                @ServerVariable(name = "region", defaultValue = "eu-west-1", description = "The AWS region")}),
                @Server(url = "https://{apiId}.execute-api.{region}.amazonaws.com/prod",
                        description = "Metered deployment (API Gateway REST API): every request needs an x-api-key header",
                        variables = {@ServerVariable(name = "apiId", defaultValue = "abc123", description = "The API's id"),
                                @ServerVariable(name = "region", defaultValue = "eu-west-1", description = "The AWS region")})},
        components = @Components(
                headers = {
                        @Header(name = CrampGuideApplication.ETAG, description = "Strong tag of the table version; changes when the table changes.",
                                schema = @Schema(type = SchemaType.STRING, example = "\"1.0.0+e79ab81cf187\"")),
                        @Header(name = CrampGuideApplication.CACHE_CONTROL, description = "How long a CDN or browser may keep the answer.",
                                schema = @Schema(type = SchemaType.STRING, example = "public, max-age=3600"))},
                parameters = @Parameter(name = CrampGuideApplication.IF_NONE_MATCH, in = ParameterIn.HEADER,
                        schema = @Schema(type = SchemaType.STRING), example = "\"1.0.0+e79ab81cf187\"",
                        description = "An `ETag` from an earlier answer; when it still matches, the answer is 304 without a body."),
                responses = {
                        @APIResponse(name = CrampGuideApplication.NOT_MODIFIED,
                                description = "Not modified: the `If-None-Match` tag matches the current table version",
                                headers = {@Header(name = "ETag", ref = CrampGuideApplication.ETAG),
                                        @Header(name = "Cache-Control", ref = CrampGuideApplication.CACHE_CONTROL)}),
                        @APIResponse(name = CrampGuideApplication.NOT_ACCEPTABLE, description = "The client accepts no JSON",
                                content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "not acceptable", value = Examples.NOT_ACCEPTABLE)))}),
        tags = {
                @Tag(name = "Guidance", description = "Evaluate a cramp situation against the guidance table, and read the table"),
                @Tag(name = "Alexa", description = "Alexa Skills Kit custom-skill endpoint"),
                @Tag(name = "Widget", description = "The embeddable widget's script")})
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.APIKEY,
        apiKeyName = "x-api-key", in = SecuritySchemeIn.HEADER,
        description = "Only on the metered REST-API deployment, where API Gateway checks the key against a usage plan before the request reaches the service. The public HTTP API needs no key.")
public class CrampGuideApplication extends Application {

    static final String ETAG = "ETag";
    static final String CACHE_CONTROL = "CacheControl";
    static final String IF_NONE_MATCH = "If-None-Match";
    static final String NOT_MODIFIED = "NotModified";
    static final String NOT_ACCEPTABLE = "NotAcceptable";
}
