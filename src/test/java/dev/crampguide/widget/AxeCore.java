package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Deque's axe-core accessibility engine, run on the page as it is now (open shadow roots included) through Deque's
 * Selenium integration ({@code com.deque.html.axe-core:selenium}, a test dependency that bundles the script), so
 * {@code ./mvnw verify} needs nothing else installed.
 */
final class AxeCore {

    static final String VERSION = "4.11.0";

    private static int screens;

    private AxeCore() {
    }

    /** Runs every WCAG 2.x A/AA rule and best practice on the current screen and fails on any violation. */
    static void assertNoViolations(ChromeDriver driver, String screen) {
        Results results = new AxeBuilder().analyze(driver);
        assertNull(results.getErrorMessage(), "axe-core on screen '" + screen + "' failed to run");
        assertEquals(VERSION, results.getTestEngine().getVersion(), "axe-core version bundled by the test dependency");
        List<Rule> violations = results.getViolations();
        synchronized (AxeCore.class) {
            screens++;
        }
        String described = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
                .collect(Collectors.joining("\n"));
        assertEquals(0, violations.size(), "axe-core " + VERSION + " on screen '" + screen + "':\n" + described);
    }

    static synchronized int screensChecked() {
        return screens;
    }
}
