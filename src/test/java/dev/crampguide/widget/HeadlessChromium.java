package dev.crampguide.widget;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.remote.http.ClientConfig;

/**
 * Debian's Chromium driven through Debian's chromedriver, both at fixed paths so Selenium Manager never looks for
 * (or downloads) a browser; the networking flags keep Chromium from stalling on this closed network.
 */
final class HeadlessChromium implements AutoCloseable {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    final ChromeDriver driver;
    private final Path profile;

    HeadlessChromium() {
        this(false);
    }

    /** With {@code recordNetwork}, every DevTools Network event of the page goes to the "performance" log. */
    HeadlessChromium(boolean recordNetwork) {
        for (String exe : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!new File(exe).canExecute()) {
                throw new IllegalStateException(exe + " is missing: apt-get install -y chromium chromium-driver (.ci/run does this)");
            }
        }
        // Belt and braces: with both paths given Selenium Manager is not consulted, and if it were it stays offline.
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
        System.setProperty("SE_OFFLINE", "true");
        try {
            profile = Files.createTempDirectory("cramp-guide-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-quic",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (recordNetwork) {
            options.setCapability("goog:loggingPrefs", Map.of("performance", "ALL"));
            options.setExperimentalOption("perfLoggingPrefs", Map.of("enableNetwork", true, "enablePage", false));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        // A renderer that stops answering must fail the test, not hold the build until CI's limit: every driver
        // command gets an answer or an error within this time (the page load and script limits below are shorter).
        driver = new ChromeDriver(service, options, ClientConfig.defaultConfig().readTimeout(Duration.ofSeconds(90)));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Lay the page out as on a screen this many CSS pixels wide; scale 2 at width 640 is a 1280 px window at 200 % zoom. */
    void viewport(int width, int height, double scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    private Object instrumentation;  // the identifier of the script added to new pages

    /** The Content-Security-Policy violations the instrumented page recorded (empty without instrumentation). */
    Object cspViolations() {
        return driver.executeScript("return window.__cg ? window.__cg.csp : []");
    }

    /** Runs before any page script: records CSP violations, layout shifts and when the answer arrived and was painted. */
    void instrumentNewPages() {
        instrumentNewPages(null);
    }

    /**
     * As {@link #instrumentNewPages()}; with {@code why} "add" each question without a {@code why} (contract v1.2) gets
     * a test sentence, with "remove" no question has one, so the widget is tried both ways whatever the table says.
     */
    void instrumentNewPages(String why) {
        if (instrumentation != null) {
            driver.executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", instrumentation));
        }
        instrumentation = driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", String.join("\n",
                "window.__cg = {csp: [], cls: 0, why: " + (why == null ? "null" : "'" + why + "'") + "};",
                "document.addEventListener('securitypolicyviolation', e => __cg.csp.push(e.violatedDirective + ' ' + e.blockedURI));",
                // Layout shifts as CLS counts them: not those within 500 ms of the person's input.
                "new PerformanceObserver(l => l.getEntries().forEach(e => { if (!e.hadRecentInput) __cg.cls += e.value; }))",
                "  .observe({type: 'layout-shift', buffered: true});",
                "const realFetch = window.fetch;",
                "window.fetch = function () { return realFetch.apply(this, arguments).then(r => {",
                "  const read = r.json.bind(r); r.json = () => read().then(b => { __cg.arrived = performance.now();",
                "    (b && b.questions || []).forEach(q => { if (__cg.why === 'remove') delete q.why;",
                "      else if (__cg.why === 'add' && !q.why) q.why = 'Test sentence: the service asks ' + q.id + ' to decide what to show.'; });",
                "    return b; });",
                "  return r; }); };",
                "document.addEventListener('cramp-guide:result', () => { __cg.rendered = performance.now();",
                "  requestAnimationFrame(() => setTimeout(() => { __cg.painted = performance.now(); })); });")))
                .get("identifier");
    }

    /** Screenshot of the whole page: grow the emulated viewport to the content height first. */
    Path screenshot(String name, int width, double scale, boolean mobile) {
        Number height = (Number) driver.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
        viewport(width, Math.min(height.intValue(), 6000), scale, mobile);
        return screenshotViewport(name);
    }

    /** Screenshot of what is on screen now. */
    Path screenshotViewport(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
