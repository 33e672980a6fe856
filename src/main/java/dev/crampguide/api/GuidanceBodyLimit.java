package dev.crampguide.api;

import dev.crampguide.web.problem.BodyLimit;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/** {@code /v1/guidance} refuses a declared body over the contract's 16 KiB before reading it. */
@Singleton
class GuidanceBodyLimit {

    void install(@Observes Router router, BodyLimit limit) {
        limit.install(router, "/v1/guidance", SituationInput.MAX_BODY_BYTES);
    }
}
