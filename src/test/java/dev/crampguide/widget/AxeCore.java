package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core accessibility engine, run on the page as it is now (open shadow roots included). The script comes
 * from npm at a pinned version; {@code .ci/run} installs it where {@link #SCRIPT} looks.
 */
final class AxeCore {

    static final String VERSION = "4.11.0";
    static final Path SCRIPT = Path.of(System.getProperty("axe.script", "target/axe/node_modules/axe-core/axe.min.js"));

    private static String source;
    private static int screens;

    private AxeCore() {
    }

    private static synchronized String source() {
        if (source == null) {
            if (!Files.isReadable(SCRIPT)) {
                throw new IllegalStateException(SCRIPT + " is missing: npm install --prefix target/axe --no-save axe-core@"
                        + VERSION + " (.ci/run does this)");
            }
            try {
                source = Files.readString(SCRIPT);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }

    /** Runs every WCAG 2.x A/AA rule and best practice on the current screen and fails on any violation. */
    static void assertNoViolations(ChromeDriver driver, String screen) {
        if (!Boolean.TRUE.equals(driver.executeScript("return !!window.axe"))) {
            driver.executeScript(source());
        }
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']})"
                        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
                        + " targets: v.nodes.map(n => JSON.stringify(n.target))}))))"
                        + ".catch(e => done([{id: 'axe-error', help: String(e), targets: []}]));");
        synchronized (AxeCore.class) {
            screens++;
        }
        String described = violations.stream()
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " at " + v.get("targets"))
                .collect(Collectors.joining("\n"));
        assertEquals(0, violations.size(), "axe-core " + VERSION + " on screen '" + screen + "':\n" + described);
    }

    static synchronized int screensChecked() {
        return screens;
    }
}
