package dev.crampguide;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The contract's example situation (shared/api/CONTRACT.md), verbatim, for every test and benchmark that posts it. */
public final class ContractExample {

    public static final String JSON = read();

    private ContractExample() {
    }

    private static String read() {
        try (InputStream in = ContractExample.class.getResourceAsStream("/contract-example.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
