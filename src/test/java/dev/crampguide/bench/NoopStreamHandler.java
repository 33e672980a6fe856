package dev.crampguide.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Second floor: a no-op handler run by AWS's runtime interface client exactly as the function is, so the JVM, the
 * client and its class loading are in it and Quarkus and the guidance engine are not.
 */
public final class NoopStreamHandler implements RequestStreamHandler {

    private static final byte[] ANSWER = "{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"{}\"}"
            .getBytes(StandardCharsets.UTF_8);

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        output.write(ANSWER);
    }
}
