package dev.crampguide.api;

import dev.crampguide.wording.Guidance;

/** Test access to the response body the API writes for a guidance (its factory is package-private). */
public final class ResponseBodies {

    private ResponseBodies() {
    }

    public static GuidanceResponse of(Guidance guidance) {
        return GuidanceResponse.of(guidance);
    }
}
