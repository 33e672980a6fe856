package dev.crampguide.tablefile;

import dev.crampguide.guide.Guide;
import dev.crampguide.table.GuidanceTable;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the one guide (engine and wording over the bundled table) available for injection. */
@Singleton
public class GuidanceBeans {

    /**
     * Parsed and checked in static initialisation: once per process (or, where the native build initialises
     * classes at build time, once at build), never per request. A broken table stops start-up.
     */
    private static final class Bundled {
        static final GuidanceTable TABLE = TableFile.loadBundled();
    }

    @Produces
    @Singleton
    @Startup
    Guide guide() {
        return new Guide(Bundled.TABLE);
    }
}
