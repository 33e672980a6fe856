package dev.crampguide.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The benchmark's floor: a Java function that speaks the Lambda Runtime API itself with the JDK's plain
 * HttpURLConnection (keep-alive, lighter to start than java.net.http) and answers every event with a fixed empty
 * 200, so its numbers are the JVM plus the Runtime API round trip and nothing else.
 */
public final class NoopRuntimeFunction {

    private static final byte[] ANSWER = "{\"statusCode\":200,\"headers\":{\"content-type\":\"application/json\"},\"body\":\"{}\"}"
            .getBytes(StandardCharsets.UTF_8);

    private NoopRuntimeFunction() {
    }

    public static void main(String[] args) throws IOException {
        String base = "http://" + System.getenv("AWS_LAMBDA_RUNTIME_API") + "/2018-06-01/runtime/invocation/";
        URL next = new URL(base + "next");
        while (true) {
            HttpURLConnection get = (HttpURLConnection) next.openConnection();
            get.setReadTimeout(0);
            if (get.getResponseCode() != 200) {
                return; // the emulator closed
            }
            String id = get.getHeaderField("Lambda-Runtime-Aws-Request-Id");
            try (InputStream in = get.getInputStream()) {
                in.readAllBytes();
            }
            HttpURLConnection post = (HttpURLConnection) new URL(base + id + "/response").openConnection();
            post.setRequestMethod("POST");
            post.setDoOutput(true);
            post.setFixedLengthStreamingMode(ANSWER.length);
            try (OutputStream out = post.getOutputStream()) {
                out.write(ANSWER);
            }
            try (InputStream in = post.getInputStream()) {
                in.readAllBytes();
            }
        }
    }
}
