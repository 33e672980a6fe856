package dev.crampguide.web.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every body over a limit gets the API's problem+json 413, whatever its size. The HTTP server's own limit
 * ({@code quarkus.http.limits.max-body-size}) answers with an empty 413 before any resource runs; this route runs
 * first and answers a declared {@code Content-Length} over the limit with the problem, and a failure handler does the
 * same for a body that outgrows it while being read (no {@code Content-Length}). Adapters add stricter limits for
 * their own paths with {@link #install}.
 */
@Singleton
public class BodyLimit {

    /**
     * After the request log's start (Integer.MIN_VALUE) and before the HTTP server's limit (route order -2); a
     * path's own limit runs before the server-wide one, so its problem names the path's limit.
     */
    static final int ORDER = Integer.MIN_VALUE + 1;

    private final ObjectMapper mapper;
    private final long serverLimit;

    BodyLimit(ObjectMapper mapper,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") Optional<MemorySize> serverLimit) {
        this.mapper = mapper;
        this.serverLimit = serverLimit.map(MemorySize::asLongValue).orElse(Long.MAX_VALUE);
    }

    void installServerLimit(@Observes Router router) {
        router.route().order(ORDER + 1).handler(check(serverLimit));
        router.route().order(ORDER + 1).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                tooLarge(ctx, serverLimit);
            } else {
                ctx.next();
            }
        });
    }

    /** Answers any request to {@code path} declaring a body over {@code maxBytes}. */
    public void install(Router router, String path, long maxBytes) {
        router.route(path).order(ORDER).handler(check(maxBytes));
    }

    private Handler<RoutingContext> check(long maxBytes) {
        return ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length, maxBytes)) {
                tooLarge(ctx, maxBytes);
            } else {
                ctx.next();
            }
        };
    }

    private static boolean isOver(String length, long maxBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false; // the HTTP server refuses a malformed length itself
        }
    }

    private void tooLarge(RoutingContext ctx, long maxBytes) {
        Problem problem = ProblemException.tooLarge(maxBytes).toProblem(ctx.normalizedPath());
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        // the body is not read, so the connection cannot carry another request (as the HTTP server's own 413)
        if (ctx.request().version() != HttpVersion.HTTP_2) {
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ctx.response().endHandler(done -> ctx.request().connection().close());
        }
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(io.vertx.core.buffer.Buffer.buffer(body));
    }
}
