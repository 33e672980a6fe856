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
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    /** Lay the page out as on a screen this many CSS pixels wide; scale 2 at width 640 is a 1280 px window at 200 % zoom. */
    void viewport(int width, int height, double scale, boolean mobile) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", scale, "mobile", mobile));
    }

    /** Runs before any page script: records CSP violations and when the answer arrived and was painted. */
    void instrumentNewPages() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", String.join("\n",
                "window.__cg = {csp: []};",
                "document.addEventListener('securitypolicyviolation', e => __cg.csp.push(e.violatedDirective + ' ' + e.blockedURI));",
                "const realFetch = window.fetch;",
                "window.fetch = function () { return realFetch.apply(this, arguments).then(r => {",
                "  const read = r.json.bind(r); r.json = () => read().then(b => { __cg.arrived = performance.now(); return b; });",
                "  return r; }); };",
                "document.addEventListener('cramp-guide:result', () => { __cg.rendered = performance.now();",
                "  requestAnimationFrame(() => setTimeout(() => { __cg.painted = performance.now(); })); });")));
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
