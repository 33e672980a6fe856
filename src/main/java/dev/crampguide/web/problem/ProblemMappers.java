package dev.crampguide.web.problem;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 problem. Nothing of the request body and no stack trace reaches the
 * client; unexpected errors are logged by type only, since a message could echo what a person sent.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpServerRequest request) {
        return respond(e.toProblem(request.path()));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpServerRequest request) {
        int status = e.getResponse().getStatus();
        Problem problem;
        if (e instanceof NotFoundException) {
            problem = new Problem(ProblemTypes.NOT_FOUND, "Not found", 404, "No resource at this path.", request.path(), null);
        } else if (e instanceof NotAllowedException) {
            problem = new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                    "This path does not accept " + request.method().name() + ".", request.path(), null);
        } else if (e instanceof NotSupportedException) {
            problem = new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "Send the situation as application/json.", request.path(), null);
        } else if (e instanceof NotAcceptableException) {
            problem = new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406,
                    "This resource is available as application/json.", request.path(), null);
        } else if (status >= 500) {
            return internal(e, request);
        } else {
            problem = new Problem("about:blank", Response.Status.fromStatusCode(status) == null ? "Error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status, null, request.path(), null);
        }
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        if (e instanceof NotAllowedException) {
            Set<String> allowed = e.getResponse().getAllowedMethods();
            builder.allow(allowed.isEmpty() ? AllowedMethods.of(request.path()) : allowed);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response internal(Throwable e, HttpServerRequest request) {
        StackTraceElement where = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        LOG.errorf("unexpected %s at %s on %s %s", e.getClass().getName(), where, request.method(), request.path());
        return respond(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "Something went wrong on our side; please try again.", request.path(), null));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
