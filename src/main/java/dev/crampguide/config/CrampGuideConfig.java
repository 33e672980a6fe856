package dev.crampguide.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** The service's own settings, under {@code cramp-guide}. */
@ConfigMapping(prefix = "cramp-guide")
public interface CrampGuideConfig {

    Cache cache();

    /** Caching of the GET answers, which depend only on the query and the table version. */
    interface Cache {

        /** Seconds a CDN or browser may keep a GET answer ({@code Cache-Control: public, max-age}). */
        @WithDefault("3600")
        int maxAge();
    }

    Origin origin();

    /** Behind a CDN: only requests carrying the CDN's secret header are answered (see OriginSecretFilter). */
    interface Origin {

        /** The shared secret; unset means no check (no CDN in front). */
        Optional<String> secret();

        /** The header CloudFront adds (infra/templates/layers/http-api.yaml). */
        String DEFAULT_HEADER = "X-Origin-Verify";

        /** The header the CDN puts the secret in. */
        @WithDefault(DEFAULT_HEADER)
        String header();
    }

    Priming priming();

    /** The requests sent through the request path before the first invocation (dev.crampguide.priming). */
    interface Priming {

        /**
         * How many: the first loads and initialises what a request needs; more let the JIT compile the request
         * path, which pays where init is not on the clock (SnapStart snapshots the compiled code).
         */
        @WithDefault("1")
        int requests();
    }

    LostAnswer lostAnswer();

    /** Quarkus's virtual HTTP channel can lose a request (dev.crampguide.priming.LostAnswerGuard). */
    interface LostAnswer {

        /** How long the Lambda handler waits for an answer before it sends the event again (once). */
        @WithDefault("2S")
        Duration resendAfter();
    }

    Alexa alexa();

    /** The Alexa endpoint. */
    interface Alexa {

        /**
         * Verify that every request comes from Alexa (certificate, signature, timestamp). On unless explicitly
         * switched off, which only the {@code %dev} profile does.
         */
        @WithDefault("true")
        boolean verify();

        /**
         * Skill ids ({@code amzn1.ask.skill.…}) allowed to call the endpoint. With verification on and no id
         * configured, every request is refused.
         */
        Optional<List<String>> applicationIds();
    }
}
