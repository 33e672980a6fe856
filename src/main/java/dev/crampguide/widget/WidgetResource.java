package dev.crampguide.widget;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * The widget script under a versioned URL, {@code /widget/<version>/cramp-guide.js}, cached for a year.
 * Any other version (an old one, or the word {@code latest}) redirects briefly to the current one, so a page that
 * pins an old URL keeps working after a deploy while the bytes behind each versioned URL never change.
 * The unversioned {@code /widget/cramp-guide.js} is the static file itself, with a short max-age.
 */
@Path("/widget/{version}/cramp-guide.js")
public class WidgetResource {

    static final String CONTENT_TYPE = "text/javascript; charset=utf-8";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";

    @Inject
    WidgetScript script;

    @GET
    public Response get(@PathParam("version") String version) {
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
