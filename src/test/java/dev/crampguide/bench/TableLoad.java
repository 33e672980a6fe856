package dev.crampguide.bench;

import dev.crampguide.tablefile.TableFile;

import java.io.IOException;
import java.io.InputStream;

/**
 * One table load in a fresh JVM, for {@link LambdaBench}: prints the nanoseconds {@code TableFile} takes to turn
 * the bundled table into a checked table, with the proofs ({@code proving}, what start-up did before the build
 * proved the table) or without them ({@code proved}, what start-up does for the table the build proved).
 */
public final class TableLoad {

    private TableLoad() {
    }

    public static void main(String[] args) throws IOException {
        byte[] json;
        try (InputStream in = TableLoad.class.getClassLoader().getResourceAsStream(TableFile.RESOURCE)) {
            json = in.readAllBytes();
        }
        long start = System.nanoTime();
        if (args[0].equals("proving")) {
            TableFile.parse(json);
        } else {
            TableFile.parseProved(json);
        }
        System.out.println(System.nanoTime() - start);
    }
}
