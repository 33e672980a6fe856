package dev.crampguide.widget;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The widget script as shipped in this build, with a content hash as its version: the hash changes exactly when the
 * bytes change, which is what makes caching the versioned URL forever safe.
 */
@ApplicationScoped
public class WidgetScript {

    static final String RESOURCE = "META-INF/resources/widget/cramp-guide.js";

    private final byte[] bytes;
    private final String version;

    public WidgetScript() {
        this.bytes = read();
        this.version = hash(bytes);
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** First 16 hex digits of the SHA-256 of the script. */
    public String version() {
        return version;
    }

    private static byte[] read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("widget script missing from the classpath: " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
