package dev.crampguide.web;

import com.amazonaws.services.lambda.runtime.Context;
import dev.crampguide.guide.Guide;
import dev.crampguide.wording.Guidance;
import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * One log line per invocation, for every path: request id, method, path, status, latency, table version and,
 * where a resource noted them, the matched row ids, the care level and (Alexa) the intent or refusal reason.
 * The fields travel as MDC entries, so production's JSON log lines carry them as separate keys. Nothing from
 * the request body or the query string is ever logged: they are personal health data.
 */
@Singleton
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("dev.crampguide.requests");
    private static final String NOTES = RequestLog.class.getName() + ".notes";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    static final List<String> FIELDS = List.of("requestId", "method", "path", "status", "latencyMicros",
            "tableVersion", "rows", "careLevel", "detail");

    private final String tableVersion;

    RequestLog(Guide guide) {
        this.tableVersion = guide.tableVersion();
    }

    /** First route of all, so its end handler sees every request, including static files and 404s. */
    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            long start = System.nanoTime();
            ctx.addEndHandler(done -> log(ctx, start));
            ctx.next();
        });
    }

    /** Records which rows answered and the care level, for this request's log line. */
    public static void note(RoutingContext ctx, Guidance guidance) {
        note(ctx, String.join(",", guidance.matchedRowIds()), guidance.careLevel().id(), null);
    }

    /** Records rows and a short, data-free detail (an intent name or a refusal reason). */
    public static void note(RoutingContext ctx, String rows, String careLevel, String detail) {
        if (ctx != null) {
            ctx.put(NOTES, new String[] {rows, careLevel, detail});
        }
    }

    private void log(RoutingContext ctx, long start) {
        if (!LOG.isInfoEnabled()) {
            return;
        }
        String[] notes = ctx.get(NOTES);
        try {
            MDC.put("requestId", requestId(ctx));
            MDC.put("method", ctx.request().method().name());
            MDC.put("path", ctx.normalizedPath());
            MDC.put("status", String.valueOf(ctx.response().getStatusCode()));
            MDC.put("latencyMicros", String.valueOf(TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - start)));
            MDC.put("tableVersion", tableVersion);
            if (notes != null) {
                putIfSet("rows", notes[0]);
                putIfSet("careLevel", notes[1]);
                putIfSet("detail", notes[2]);
            }
            LOG.infof("%s %s %d", ctx.request().method().name(), ctx.normalizedPath(), ctx.response().getStatusCode());
        } finally {
            FIELDS.forEach(MDC::remove);
        }
    }

    private static void putIfSet(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    /** Lambda's own request id where there is one; else a well-formed X-Request-Id; else a fresh one. */
    private static String requestId(RoutingContext ctx) {
        if (ctx.request().headers() instanceof QuarkusHttpHeaders headers) {
            Object lambda = headers.getContextObjects().get(Context.class);
            if (lambda instanceof Context context && context.getAwsRequestId() != null) {
                return context.getAwsRequestId();
            }
        }
        String header = ctx.request().getHeader("X-Request-Id");
        return header != null && SAFE_ID.matcher(header).matches() ? header : UUID.randomUUID().toString();
    }
}
