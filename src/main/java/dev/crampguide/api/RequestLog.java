package dev.crampguide.api;

import dev.crampguide.engine.Guidance;
import jakarta.inject.Singleton;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The only request logging the API does: method, timing and matched row ids. Never the body or any field
 * of the situation, which is personal health data.
 */
@Singleton
public class RequestLog {

    private static final Logger LOG = Logger.getLogger("dev.crampguide.requests");

    public void answered(String method, Guidance guidance, long startNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.infof("%s /v1/guidance 200 in %d µs rows=%s", method, micros(startNanos), guidance.matchedRowIds());
        }
    }

    public void notModified(String method, long startNanos) {
        if (LOG.isInfoEnabled()) {
            LOG.infof("%s /v1/guidance 304 in %d µs", method, micros(startNanos));
        }
    }

    private static long micros(long startNanos) {
        return TimeUnit.NANOSECONDS.toMicros(System.nanoTime() - startNanos);
    }
}
