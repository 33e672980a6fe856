package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** The budget: the widget script stays under 12 KiB gzipped, what a phone actually downloads. */
class WidgetSizeTest {

    static final int BUDGET_BYTES = 12 * 1024;

    @Test
    void widgetScriptIsUnderTwelveKibGzipped() throws IOException {
        byte[] script = Files.readAllBytes(Path.of("src/main/resources/META-INF/resources/widget/cramp-guide.js"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // Level 6 is the common server default, a little worse than the best, so the check is not optimistic.
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(script);
        }
        int gz = out.size();
        System.out.printf("cramp-guide.js: %d bytes raw, %d bytes gzipped (budget %d)%n", script.length, gz, BUDGET_BYTES);
        assertTrue(gz < BUDGET_BYTES, "widget is " + gz + " bytes gzipped, budget is " + BUDGET_BYTES);
    }
}
