package dev.crampguide.widget;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The widget script under a versioned URL, {@code /widget/<version>/cramp-guide.js}, cached for a year.
 * Any other version (an old one, or the word {@code latest}) redirects briefly to the current one, so a page that
 * pins an old URL keeps working after a deploy while the bytes behind each versioned URL never change.
 * The unversioned {@code /widget/cramp-guide.js} is the static file itself, with a short max-age.
 */
@Path("/widget/{version}/cramp-guide.js")
@Tag(name = "Widget")
public class WidgetResource {

    static final String CONTENT_TYPE = "text/javascript; charset=utf-8";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";

    @Inject
    WidgetScript script;

    @GET
    @Operation(operationId = "getWidgetScript", summary = "The widget script, by version",
            description = "The current version is immutable and cached for a year; any other version (or `latest`) redirects to the current one.")
    @APIResponse(responseCode = "200", description = "The script",
            headers = {@Header(name = "Cache-Control", description = "Cached for a year: these bytes never change.",
                            schema = @Schema(type = SchemaType.STRING, example = IMMUTABLE)),
                    @Header(name = "ETag", description = "The version.",
                            schema = @Schema(type = SchemaType.STRING, example = "\"3f2a9c0d1e4b5a67\""))},
            content = @Content(mediaType = CONTENT_TYPE, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "script", value = "(() => { /* … */ })();")))
    @APIResponse(responseCode = "302", description = "Not the current version: go to the current one",
            headers = {@Header(name = "Location", description = "Relative URL of the current version.",
                            schema = @Schema(type = SchemaType.STRING, example = "../3f2a9c0d1e4b5a67/cramp-guide.js")),
                    @Header(name = "Cache-Control", description = "Short, so pages pick up a new version soon.",
                            schema = @Schema(type = SchemaType.STRING, example = SHORT))})
    public Response get(@Parameter(description = "The script's version (a content hash), or `latest`.", example = "latest")
            @PathParam("version") String version) {
        String current = script.version();
        if (!current.equals(version)) {
            // Relative, so it also resolves correctly behind an API Gateway stage prefix.
            return Response.status(Response.Status.FOUND)
                    .header("Location", "../" + current + "/cramp-guide.js")
                    .header("Cache-Control", SHORT)
                    .build();
        }
        byte[] bytes = script.bytes();
        return Response.ok(bytes)
                .header("Content-Type", CONTENT_TYPE)
                .header("Cache-Control", IMMUTABLE)
                .header("ETag", "\"" + current + "\"")
                .build();
    }
}
