package dev.crampguide.api;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Serves {@code /q/openapi} from the committed document (src/main/openapi, packaged as {@link #RESOURCE}). The
 * OpenAPI extension is a test dependency only: at run time it would parse, filter and serialise the document at
 * every start (about a tenth of a cold start's CPU), to produce the bytes the build already has. The tests run the
 * extension on the annotations and keep the committed document equal to what it generates (OpenApiDocumentTest).
 * As the extension answers: JSON for {@code ?format=json} or an Accept header naming application/json, else YAML.
 */
@Path("/q/openapi")
@NonBlocking
public class PublishedOpenApi {

    /** The committed document's folder on the class path (pom.xml copies src/main/openapi there). */
    static final String RESOURCE = "META-INF/cramp-guide/openapi/";

    private static final String YAML = "application/yaml;charset=UTF-8";
    private static final String JSON = "application/json;charset=UTF-8";

    /** Read on the first request for the document, not at start-up. */
    private static final class Documents {
        static final byte[] YAML_BYTES = read("openapi.yaml");
        static final byte[] JSON_BYTES = read("openapi.json");
    }

    @GET
    @Operation(hidden = true)
    public RestResponse<byte[]> document(@QueryParam("format") String format,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean json = "json".equalsIgnoreCase(format) || (accept != null && accept.contains("application/json"));
        return RestResponse.ResponseBuilder.ok(json ? Documents.JSON_BYTES : Documents.YAML_BYTES, json ? JSON : YAML)
                .build();
    }

    private static byte[] read(String name) {
        try (InputStream in = PublishedOpenApi.class.getClassLoader().getResourceAsStream(RESOURCE + name)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + name + " is not on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
