package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The diary is its own page and script, loaded only when a person opens it, so the widget carries none of it. Its
 * own budget keeps it small too: what a phone downloads for the diary, gzipped as a server would.
 */
class DiarySizeTest {

    static final Path DIARY = Path.of("src/main/resources/META-INF/resources/diary");
    static final int SCRIPT_BUDGET = 10 * 1024;
    static final int PAGE_BUDGET = 14 * 1024;

    @Test
    void diaryIsSmallAndApartFromTheWidget() throws IOException {
        int script = gzipped(DIARY.resolve("diary.js"));
        int page = script + gzipped(DIARY.resolve("index.html")) + gzipped(DIARY.resolve("diary.css"))
                + gzipped(DIARY.resolve("sw.js"));
        System.out.printf("diary: diary.js %d bytes gzipped (budget %d), page with styles and worker %d (budget %d)%n",
                script, SCRIPT_BUDGET, page, PAGE_BUDGET);
        assertTrue(script < SCRIPT_BUDGET, "diary.js is " + script + " bytes gzipped, budget is " + SCRIPT_BUDGET);
        assertTrue(page < PAGE_BUDGET, "the diary page is " + page + " bytes gzipped, budget is " + PAGE_BUDGET);
        String widget = Files.readString(Path.of("src/main/resources/META-INF/resources/widget/cramp-guide.js"));
        assertTrue(!widget.contains("localStorage") && !widget.contains("diary.js"),
                "the widget only links to the diary; it stores nothing and loads none of it");
    }

    static int gzipped(Path file) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out) {
            {
                def.setLevel(Deflater.DEFAULT_COMPRESSION);
            }
        }) {
            gzip.write(Files.readAllBytes(file));
        }
        return out.size();
    }
}
