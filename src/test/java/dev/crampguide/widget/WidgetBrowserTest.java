package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in a real browser against the running service (through the mock Lambda event server, the path the
 * deployed function takes): a person fills the form and reads the answer, on a phone, at 200 % zoom, embedded on
 * another site, offline and back online, and with the keyboard only.
 */
@QuarkusTest
class WidgetBrowserTest {

    static HeadlessChromium chromium;
    static HttpServer otherSite;

    @BeforeAll
    static void startBrowserAndOtherSite() throws IOException {
        chromium = new HeadlessChromium();
        // A health site on another origin (other host name and port) that embeds the widget with the two lines.
        otherSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        otherSite.createContext("/", exchange -> {
            String service = exchange.getRequestURI().getQuery().replaceFirst("^service=", "");
            byte[] page = String.join("\n",
                    "<!doctype html><html lang=en><head><meta charset=utf-8>",
                    "<meta name=viewport content='width=device-width, initial-scale=1'><title>Health site</title>",
                    // Hostile page CSS: none of it may reach inside the widget.
                    "<style>* { font-family: monospace !important; color: #f0f !important; }",
                    "label, button, input { display: none !important; } h2, h3 { font-size: 4px; }</style>",
                    "<script src='" + service + "/widget/latest/cramp-guide.js' defer></script></head>",
                    "<body><h1>Our health pages</h1>",
                    "<cramp-guide api='" + service + "'></cramp-guide></body></html>")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(page);
            }
        });
        otherSite.start();
    }

    @AfterAll
    static void stopBrowserAndOtherSite() {
        if (otherSite != null) {
            otherSite.stop(0);
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void freshPage() {
        chromium.driver.deleteNetworkConditions();
        // Answers are cacheable (that is the point of GET); each scenario starts with an empty HTTP cache.
        chromium.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        chromium.instrumentNewPages();
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        Object violations = chromium.driver.executeScript("return window.__cg ? window.__cg.csp : []");
        assertEquals(List.of(), violations, "the page's CSP blocked something the widget needs");
    }

    static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    SearchContext widget() {
        return chromium.driver.findElement(By.tagName("cramp-guide")).getShadowRoot();
    }

    WebElement in(String css) {
        return widget().findElement(By.cssSelector(css));
    }

    WebElement waitFor(String css) {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = widget().findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    void openDemo() {
        chromium.driver.get(service() + "/");
        waitFor("button[type=submit]");
    }

    void tick(String... values) {
        for (String value : values) {
            in("input[value='" + value + "']").click();
        }
    }

    void submit() {
        in("button[type=submit]").click();
    }

    void assertNoSidewaysScrolling() {
        Boolean fits = (Boolean) chromium.driver.executeScript(
                "const host = document.querySelector('cramp-guide');"
                        + "return document.documentElement.scrollWidth <= window.innerWidth"
                        + " && host.getBoundingClientRect().right <= window.innerWidth + 1;");
        assertTrue(fits, "the page scrolls sideways");
    }

    void reportRenderTime(String scenario) {
        @SuppressWarnings("unchecked")
        Map<String, Object> t = (Map<String, Object>) chromium.driver.executeScript("return window.__cg");
        if (t.get("arrived") instanceof Number a && t.get("painted") instanceof Number p) {
            // Measured and printed, not asserted: timing belongs to benchmarks, not to pass/fail.
            System.out.printf("[widget] %s: answer parsed -> rendered %.1f ms, -> next frame %.1f ms%n", scenario,
                    ((Number) t.get("rendered")).doubleValue() - a.doubleValue(), p.doubleValue() - a.doubleValue());
        }
    }

    @Test
    void calfCrampRightNowOnAPhoneShowsTheCalfStretch() {
        chromium.viewport(360, 800, 2, true);
        openDemo();
        tick("calf", "crampingNow");
        submit();

        WebElement stretch = waitFor(".immediateSteps li[data-id=lengthen_calf]");
        String text = stretch.getText();
        assertTrue(text.toLowerCase().contains("calf"), text);
        assertTrue(text.contains("Sources:"), "each step names its sources: " + text);
        assertEquals("What to do now", in(".immediateSteps h3").getText());
        assertTrue(in(".banner").getText().length() > 0);
        assertTrue(in(".disclaimer").getText().length() > 20, "the disclaimer is always shown");
        String announced = in("[role=status]").getAttribute("textContent");
        assertTrue(announced.startsWith("Guidance ready."), "screen readers hear the result: " + announced);
        // The styles really applied (a strict CSP must not strip them): the button has the accent colour.
        assertEquals("rgba(11, 92, 173, 1)", in("button[type=submit]").getCssValue("background-color"));
        assertNoSidewaysScrolling();
        reportRenderTime("phone calf cramp");
        // What the person sees right after pressing the button: the result scrolled into view.
        chromium.screenshotViewport("phone-360-calf-cramp-now-viewport");
        Path shot = chromium.screenshot("phone-360-calf-cramp-now", 360, 2, true);
        System.out.println("[widget] screenshot " + shot.toAbsolutePath());
    }

    @Test
    void oneSwollenWarmLegShowsThePromptAdviceBannerFirstAndReadableAt200PercentZoom() {
        chromium.viewport(640, 900, 2, false);
        openDemo();
        tick("calf", "one_leg_swollen", "one_leg_warm");
        submit();

        WebElement banner = waitFor(".out > .banner");
        assertEquals("prompt_medical_advice", banner.getAttribute("data-care-level"));
        assertTrue(banner.getText().startsWith("Get medical advice today"), "said in words, not only colour: " + banner.getText());
        Boolean first = (Boolean) chromium.driver.executeScript(
                "const out = document.querySelector('cramp-guide').shadowRoot.querySelector('.out');"
                        + "return out.firstElementChild.classList.contains('banner');");
        assertTrue(first, "the care-level banner comes before everything else");
        assertTrue(in(".redFlags li[data-id=possible_blood_clot]").isDisplayed());
        int bannerTop = banner.getRect().getY();
        for (WebElement section : widget().findElements(By.cssSelector(".out section"))) {
            assertTrue(section.getRect().getY() > bannerTop, "banner is above " + section.getAttribute("class"));
        }
        assertNoSidewaysScrolling();
        reportRenderTime("200% zoom swollen warm leg");
        chromium.screenshot("zoom-200-swollen-warm-leg", 640, 2, false);
    }

    @Test
    void swollenLegWithChestPainShowsTheEmergencyBannerInWords() {
        chromium.viewport(360, 800, 2, true);
        openDemo();
        tick("calf", "one_leg_swollen", "chest_pain");
        submit();

        WebElement banner = waitFor(".out > .banner");
        assertEquals("emergency", banner.getAttribute("data-care-level"));
        assertTrue(banner.getText().startsWith("Emergency"), banner.getText());
        assertTrue(banner.getText().contains("Call your local emergency number now."), banner.getText());
        String announced = in("[role=status]").getAttribute("textContent");
        assertTrue(announced.contains("Emergency"), announced);
        chromium.screenshotViewport("phone-360-emergency-viewport");
    }

    @Test
    void embeddedOnAnotherOriginCallsTheApiThroughCors() {
        chromium.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        chromium.driver.get("http://127.0.0.1:" + otherSite.getAddress().getPort() + "/page?service=" + service());
        waitFor("button[type=submit]");
        String pageOrigin = (String) chromium.driver.executeScript("return location.origin");
        assertNotEquals(service(), pageOrigin);

        tick("calf", "crampingNow");
        submit();
        WebElement stretch = waitFor(".immediateSteps li[data-id=lengthen_calf]");
        assertTrue(stretch.getText().toLowerCase().contains("calf"));
        // The host page's hostile CSS did not reach inside: labels still show, headings keep their size.
        assertTrue(in("input[value=calf]").isDisplayed());
        String headingSize = in("h2").getCssValue("font-size");
        assertNotEquals("4px", headingSize);
        assertNotEquals("rgba(255, 0, 255, 1)", in("h2").getCssValue("color"));
        assertNotEquals("rgba(255, 0, 255, 1)", stretch.getCssValue("color"));
        chromium.screenshot("other-origin-embed", 1280, 1, false);
    }

    @Test
    void networkDownShowsThePlainErrorAndRetryWorksOnceBack() {
        chromium.viewport(360, 800, 2, true);
        openDemo();
        tick("calf", "crampingNow");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.driver.setNetworkConditions(offline);
        submit();

        WebElement error = waitFor(".out .error");
        assertTrue(error.getText().contains("could not reach the cramp guide"), error.getText());
        assertTrue(error.getText().contains("get medical help now"), "safety advice stays on screen: " + error.getText());
        WebElement retry = in(".error button");
        assertEquals("Try again", retry.getText());
        chromium.screenshot("phone-360-network-error", 360, 2, true);

        chromium.driver.deleteNetworkConditions();
        retry.click();
        WebElement stretch = waitFor(".immediateSteps li[data-id=lengthen_calf]");
        assertTrue(stretch.isDisplayed());
        assertTrue(widget().findElements(By.cssSelector(".out .error")).isEmpty(), "the error is gone after retry");
    }

    @Test
    void keyboardOnlyReachesEveryControlAndTheResult() {
        chromium.viewport(1024, 900, 1, false);
        openDemo();
        Actions keys = new Actions(chromium.driver);
        String activeJs = "const a = document.querySelector('cramp-guide').shadowRoot.activeElement;"
                + "return a ? (a.value || a.textContent || a.tagName) : null;";

        keys.sendKeys(Keys.TAB).perform();
        assertEquals("calf", chromium.driver.executeScript(activeJs), "Tab enters the widget at the first question");
        keys.sendKeys(Keys.SPACE).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("exercise", chromium.driver.executeScript(activeJs));
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("crampingNow", chromium.driver.executeScript(activeJs));
        keys.sendKeys(Keys.SPACE).perform();
        for (int i = 0; i < 30 && !"Get guidance".equals(chromium.driver.executeScript(activeJs)); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals("Get guidance", chromium.driver.executeScript(activeJs), "the submit button is reachable by Tab");
        keys.sendKeys(Keys.ENTER).perform();

        waitFor(".immediateSteps li[data-id=lengthen_calf]");
        Boolean onBanner = (Boolean) chromium.driver.executeScript("const a = document.querySelector('cramp-guide')"
                + ".shadowRoot.activeElement; return !!a && !!a.closest('.banner');");
        assertTrue(onBanner, "focus moves to the care level at the top of the result");
        // Every form control has a visible label that names it.
        Long unlabelled = (Long) chromium.driver.executeScript(
                "return [...document.querySelector('cramp-guide').shadowRoot.querySelectorAll('input')]"
                        + ".filter(i => !i.labels.length || !i.labels[0].textContent.trim()).length;");
        assertEquals(0L, unlabelled);
    }
}
