package dev.crampguide.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The service's own settings, under {@code cramp-guide} (the Alexa endpoint's are under {@code cramp-guide.alexa}). */
@ConfigMapping(prefix = "cramp-guide")
public interface CrampGuideConfig {

    Cache cache();

    /** Caching of the GET answers, which depend only on the query and the table version. */
    interface Cache {

        /** Seconds a CDN or browser may keep a GET answer ({@code Cache-Control: public, max-age}). */
        @WithDefault("3600")
        int maxAge();
    }
}
