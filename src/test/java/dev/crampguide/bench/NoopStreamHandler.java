package dev.crampguide.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Second floor: a no-op handler run by AWS's runtime interface client exactly as the function is, so the JVM, the
 * client and its class loading are in it and Quarkus and the guidance engine are not. A plain stream-handler method
 * (the client finds it by name) rather than RequestStreamHandler, which Quarkus's test build would take for a
 * second Lambda handler.
 */
public final class NoopStreamHandler {

    private static final byte[] ANSWER = "{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"{}\"}"
            .getBytes(StandardCharsets.UTF_8);

    public void handleRequest(InputStream input, OutputStream output) throws IOException {
        input.readAllBytes();
        output.write(ANSWER);
    }
}
