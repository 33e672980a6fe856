package dev.crampguide.origin;

import io.quarkus.vertx.http.runtime.filters.Filters;
import dev.crampguide.config.CrampGuideConfig;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * When the function sits behind a CDN, only requests that came through it may be answered: the CDN adds a secret
 * header to every request it forwards, and anything without it (a caller using the API Gateway URL directly) gets
 * 403. Off unless {@code cramp-guide.origin.secret} is set (the SAM templates set it, through
 * {@code CRAMP_GUIDE_ORIGIN_SECRET}, only when their CDN is on). An HTTP API has no resource policy or WAF that
 * could check a header, so the check lives here; it covers every route, static files and health included.
 */
@Singleton
public class OriginSecretFilter {

    public static final String DEFAULT_HEADER = CrampGuideConfig.Origin.DEFAULT_HEADER;

    /** Runs before the REST layer and static files. */
    static final int PRIORITY = 10_000;

    static final String PROBLEM = "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
            + "\"detail\":\"This origin answers only requests forwarded by its CDN: call the CDN host instead.\"}";

    @Inject
    CrampGuideConfig config;

    void register(@Observes Filters filters) {
        String header = config.origin().header();
        Optional<byte[]> expected = config.origin().secret().filter(s -> !s.isBlank()).map(s -> s.getBytes(StandardCharsets.UTF_8));
        if (expected.isEmpty()) {
            return;
        }
        byte[] want = expected.get();
        filters.register(rc -> {
            String got = rc.request().getHeader(header);
            // Constant-time comparison: the answer's timing must not reveal how much of a guess was right.
            if (got != null && MessageDigest.isEqual(want, got.getBytes(StandardCharsets.UTF_8))) {
                rc.next();
                return;
            }
            rc.response().setStatusCode(403)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Cache-Control", "no-store")
                    .end(PROBLEM);
        }, PRIORITY);
    }
}
