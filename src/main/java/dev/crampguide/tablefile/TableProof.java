package dev.crampguide.tablefile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Build step (process-classes, see pom.xml): proves the bundled table, every check including the searches for a
 * situation that reaches each row and for one that would put two opposites in one answer, and records the
 * fingerprint of the source it proved in {@link TableFile#PROOF}. A table that fails stops the build, naming every
 * problem; the function then only repeats the cheap checks at start-up.
 */
public final class TableProof {

    private TableProof() {
    }

    /** {@code args[0]}: the build's class output directory, where the table resource lies. */
    public static void main(String[] args) throws IOException {
        TableFile.proveBundled();
        Files.writeString(Path.of(args[0]).resolve(TableFile.PROOF),
                TableFile.fingerprint(TableFile.bundled(TableFile.RESOURCE)) + "\n");
    }
}
