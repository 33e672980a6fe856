package dev.crampguide.tablefile;

import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.table.GuidanceTable;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the one engine, over the bundled table, available for injection. */
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
    GuidanceEngine guidanceEngine() {
        return new GuidanceEngine(Bundled.TABLE);
    }
}
