package dev.crampguide.widget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The cramp diary (/diary/index.html) in a real browser against the running service, driven by visible labels: three cramps
 * logged and still there after a reload, the chart's table, guidance from the record, the printed summary, export,
 * import and delete, the keyboard only, a phone and 200 % zoom, offline after a first visit, and a recording of every
 * request the page makes to prove that no entry, date or note leaves it. axe-core checks every screen.
 */
@QuarkusTest
class DiaryBrowserTest {

    static final String CALF = "Calf (back of the lower leg)";
    static final String NOTE = "woke at the neighbours party zq81";
    static final String MEDICINE = "furosemide-test-40mg";
    static final ObjectMapper JSON = new ObjectMapper();

    static HeadlessChromium chromium;

    @BeforeAll
    static void startBrowser() {
        chromium = new HeadlessChromium(true);
    }

    @AfterAll
    static void stopBrowser() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void freshDiary() {
        chromium.driver.deleteNetworkConditions();
        chromium.viewport(1280, 900, 1, false);
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        chromium.driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        chromium.instrumentNewPages();
        open();
        chromium.driver.executeScript("localStorage.clear()");
        open();
    }

    @AfterEach
    void noContentSecurityPolicyViolations() {
        assertEquals(List.of(), chromium.cspViolations(), "the diary's CSP blocked something it needs");
    }

    static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    static void open() {
        chromium.driver.get(service() + "/diary/index.html");
        waitFor(By.id("add-h"));
    }

    static WebElement waitFor(By by) {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    static void axe(String screen) {
        AxeCore.assertNoViolations(chromium.driver, "diary, " + screen);
    }

    /** Clicks the option with this visible label in the group with this legend. */
    static void choose(String legend, String label) {
        WebElement group = chromium.driver.findElement(By.xpath("//fieldset[legend[normalize-space()='" + legend + "']]"));
        group.findElements(By.tagName("label")).stream().filter(l -> l.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no option '" + label + "' under '" + legend + "'")).click();
    }

    static boolean chosen(String legend, String label) {
        WebElement group = chromium.driver.findElement(By.xpath("//fieldset[legend[normalize-space()='" + legend + "']]"));
        return group.findElements(By.tagName("label")).stream().filter(l -> l.getText().trim().equals(label))
                .anyMatch(l -> l.findElement(By.tagName("input")).isSelected());
    }

    static WebElement button(String text) {
        return chromium.driver.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
    }

    /** The control a visible label names (wrapping it, or through its for attribute). */
    static WebElement field(String label) {
        WebElement l = chromium.driver.findElement(By.xpath("//label[normalize-space()='" + label
                + "' or span[normalize-space()='" + label + "']]"));
        String target = l.getAttribute("for");
        return target == null || target.isEmpty()
                ? l.findElement(By.cssSelector("input, textarea, select")) : chromium.driver.findElement(By.id(target));
    }

    static void more() {
        WebElement details = chromium.driver.findElement(By.tagName("details"));
        if (details.getAttribute("open") == null) {
            chromium.driver.findElement(By.xpath("//summary[normalize-space()='More (optional)']")).click();
        }
    }

    static void add() {
        WebElement before = chromium.driver.findElement(By.id("add-h"));
        button("Add").click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(before));
        waitFor(By.id("add-h"));
    }

    static List<WebElement> recentRows() {
        return chromium.driver.findElements(By.xpath("//section[h2[normalize-space()='My cramps']]//tbody/tr"));
    }

    static String at(LocalDateTime time) {
        return time.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /** Three cramps, by visible labels: last night in the calf; now in the foot with the details; ten days ago. */
    static void logThreeCramps() {
        choose("When", "Last night");
        choose("Which muscle?", CALF);
        choose("How bad?", "Bad");
        add();
        axe("one cramp");
        choose("Which muscle?", "Foot or toes");
        choose("How bad?", "Mild");
        more();
        field("How long, in minutes").sendKeys("3");
        choose("What came before?", "I drink alcohol");
        choose("What helped?", "Stretching");
        field("Note").sendKeys(NOTE);
        axe("adding a cramp with its details");
        add();
        choose("When", "Another time");
        // A date-time field's typing order depends on the locale; what matters here is the diary's use of it.
        chromium.driver.executeScript("const i = arguments[0]; i.value = arguments[1]; i.dispatchEvent(new Event('change', {bubbles: true}))",
                field("Date and time"), at(LocalDateTime.now().minusDays(10).withHour(22).withMinute(30)));
        choose("What were you doing?", "In bed or asleep");
        choose("Which muscle?", CALF);
        choose("How bad?", "The worst");
        add();
    }

    @Test
    void threeCrampsAreThereAfterAReloadWithTheChartAsATable() {
        axe("empty diary");
        chromium.screenshot("diary-empty-desktop", 1280, 1, false);
        logThreeCramps();
        chromium.driver.navigate().refresh();
        waitFor(By.id("add-h"));
        assertEquals(3, recentRows().size(), "three cramps after a reload");
        String recent = chromium.driver.findElement(By.xpath("//section[h2[normalize-space()='My cramps']]")).getText();
        assertTrue(recent.contains(CALF) && recent.contains("Foot or toes") && recent.contains("The worst"), recent);
        axe("three cramps");
        String facts = chromium.driver.findElement(By.cssSelector("ul.facts")).getText();
        assertTrue(facts.contains("Yes") && !facts.contains("They are getting worse") && !facts.contains("They happen often"),
                "three cramps in a diary begun ten days ago: recurring, not yet frequent, and no earlier record to be worse than: " + facts);

        WebElement toggle = button("Show the chart as a table");
        assertFalse(chromium.driver.findElement(By.id("weekly-table")).isDisplayed());
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-expanded"));
        WebElement weekly = waitFor(By.id("weekly-table"));
        int total = weekly.findElements(By.cssSelector("tbody tr")).stream()
                .mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(0).getText())).sum();
        assertEquals(3, total, "the weekly table counts every cramp of the last 12 weeks");
        assertEquals(12, weekly.findElements(By.cssSelector("tbody tr")).size());
        String byMuscle = chromium.driver.findElement(By.id("muscle-table")).getText();
        assertTrue(byMuscle.contains(CALF + " 2") && byMuscle.contains("Foot or toes 1"), byMuscle);
        axe("the chart as tables");

        // what the person started trying, marked on the chart
        new org.openqa.selenium.support.ui.Select(field("What")).selectByVisibleText("Stretching");
        button("Mark it on the chart").click();
        WebElement mark = waitFor(By.cssSelector("svg.chart text.marktext"));
        assertTrue(mark.getText().startsWith("Stretching from "), mark.getText());
        axe("a mark on the chart");
        chromium.screenshot("diary-three-cramps-desktop", 1280, 1, false);
        chromium.screenshot("diary-three-cramps-320", 320, 1, true);
    }

    @Test
    void worksOnAPhoneAt320PixelsAndAt200PercentZoom() {
        logThreeCramps();
        for (int[] view : new int[][] {{320, 1}, {640, 2}}) {
            chromium.viewport(view[0], 900, view[1], view[0] == 320);
            Number overflow = (Number) chromium.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
            assertTrue(overflow.intValue() <= 0, "no sideways scrolling at " + view[0] + " px, scale " + view[1]);
            axe(view[0] + " px wide, scale " + view[1]);
        }
        chromium.screenshot("diary-200-percent", 640, 2, false);
    }

    @Test
    void aCrampCanBeLoggedWithTheKeyboardOnly() {
        Actions keys = new Actions(chromium.driver);
        // Tab to the muscle group, Space picks its first option; the same for how bad; then to Add and Enter.
        for (String group : List.of("muscle", "bad")) {
            for (int i = 0; i < 40 && !group.equals(activeName()); i++) {
                keys.sendKeys(Keys.TAB).perform();
            }
            assertEquals(group, activeName());
            keys.sendKeys(Keys.SPACE).perform();
        }
        for (int i = 0; i < 40 && !"Add".equals(chromium.driver.switchTo().activeElement().getText()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys(Keys.ENTER).perform();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).until(d -> recentRows().size() == 1);
        assertTrue(recentRows().get(0).getText().contains(CALF), recentRows().get(0).getText());
        assertTrue(recentRows().get(0).getText().contains("Mild"), recentRows().get(0).getText());
    }

    static String activeName() {
        return chromium.driver.switchTo().activeElement().getAttribute("name");
    }

    @Test
    void guidanceFromTheRecordComesFromTheTableThroughTheApi() {
        // Five night cramps in the calf within ten days: the table's thresholds make that frequent and worse.
        List<Map<String, Object>> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            entries.add(Map.of("id", "e" + i, "at", at(LocalDateTime.now().minusDays(2L * i).withHour(3).withMinute(0)),
                    "when", "night", "muscle", "calf", "bad", "bad", "before", List.of(), "helped", List.of(), "note", ""));
        }
        // kept for 60 days, so the four weeks before these hold a record too (none there)
        seed(Map.of("entries", entries, "trying", List.of(), "medicines", "", "since", at(LocalDateTime.now().minusDays(60))));
        String facts = chromium.driver.findElement(By.cssSelector("ul.facts")).getText();
        JsonPath table = given().get("/v1/guidance/table").then().extract().jsonPath();
        for (String option : List.of("frequent", "worsening")) {
            String label = table.getString("questions.find { it.question.id == 'pattern' }.question.options.find { it.value == '" + option + "' }.label");
            assertTrue(facts.contains(label), "the record says '" + label + "': " + facts);
        }
        button("Ask the guide about my record").click();
        WebElement banner = waitFor(By.cssSelector("#answer .banner h3"));
        JsonPath expected = given().contentType("application/json")
                .body("{\"recurring\":true,\"symptoms\":[\"frequent\",\"worsening\"],\"when\":\"night\",\"muscle\":\"calf\"}")
                .post("/v1/guidance").then().statusCode(200).extract().jsonPath();
        assertEquals(expected.getString("careLevelTitle"), banner.getText());
        assertEquals(expected.getString("careLevel"), chromium.driver.findElement(By.cssSelector("#answer .banner"))
                .getAttribute("data-care-level"));
        assertEquals("see_clinician", expected.getString("careLevel"), "frequent and worsening cramps: see a clinician");
        axe("guidance from the record");
        chromium.screenshot("diary-guidance-desktop", 1280, 1, false);
    }

    static void seed(Map<String, Object> diary) {
        try {
            chromium.driver.executeScript("localStorage.setItem('cramp-guide-diary', arguments[0])", JSON.writeValueAsString(diary));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        open();
    }

    @Test
    void theSummaryPrintsOnOnePage() {
        logThreeCramps();
        field("My medicines, one a line").sendKeys(MEDICINE);
        button("Save my medicines").click();
        button("Ask the guide about my record").click();
        waitFor(By.cssSelector("#answer .banner h3"));
        String summary = chromium.driver.findElement(By.id("summary")).getText();
        for (String part : List.of("3 cramps", "Muscles", CALF + ": 2", "What came before", "I drink alcohol: 1",
                "What helped", "Stretching: 1", "My medicines", MEDICINE, "Last answer from the cramp guide")) {
            assertTrue(summary.contains(part), "summary holds '" + part + "':\n" + summary);
        }
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertTrue(chromium.driver.findElement(By.id("summary")).isDisplayed());
        assertFalse(chromium.driver.findElement(By.id("add-h")).isDisplayed(), "print shows only the summary");
        assertFalse(button("Print the summary").isDisplayed());
        axe("print");
        chromium.screenshot("diary-print", 794, 1, false);
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Map<String, Object> pdf = chromium.driver.executeCdpCommand("Page.printToPDF", Map.of("preferCSSPageSize", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        try {
            Files.createDirectories(HeadlessChromium.SCREENSHOTS);
            Files.write(HeadlessChromium.SCREENSHOTS.resolve("diary-summary.pdf"), bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(bytes, StandardCharsets.ISO_8859_1));
        int count = 0;
        while (pages.find()) {
            count++;
        }
        assertEquals(1, count, "the summary fits one page");
    }

    @Test
    void exportImportAndDeleteEverything() throws IOException, InterruptedException {
        logThreeCramps();
        Path downloads = Files.createTempDirectory("cramp-diary-export-");
        chromium.driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        button("Export (JSON file)").click();
        Path file = null;
        for (int i = 0; i < 100 && file == null; i++) {
            Thread.sleep(100);
            try (Stream<Path> files = Files.list(downloads)) {
                file = files.filter(p -> p.toString().endsWith(".json")).findFirst().orElse(null);
            }
        }
        assertTrue(file != null, "the export arrived as a JSON file");
        JsonNode exported = JSON.readTree(file.toFile());
        assertEquals("cramp-guide-diary", exported.path("format").asText());
        assertEquals(3, exported.path("entries").size());

        button("Delete everything").click();
        WebElement dialog = waitFor(By.tagName("dialog"));
        axe("delete everything?");
        dialog.findElement(By.xpath(".//button[normalize-space()='Keep my diary']")).click();
        assertEquals(3, recentRows().size(), "keeping the diary deletes nothing");
        button("Delete everything").click();
        waitFor(By.tagName("dialog")).findElement(By.xpath(".//button[normalize-space()='Delete all']")).click();
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).until(d -> recentRows().isEmpty());
        assertNull(chromium.driver.executeScript("return localStorage.getItem('cramp-guide-diary')"), "nothing left in storage");
        assertTrue(chromium.driver.findElement(By.xpath("//section[h2[normalize-space()='My cramps']]")).getText().contains("No cramps yet."));
        axe("after delete");

        field("Import a diary file").sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(chromium.driver, Duration.ofSeconds(10)).until(d -> recentRows().size() == 3);
        // the same file again adds nothing
        field("Import a diary file").sendKeys(file.toAbsolutePath().toString());
        Thread.sleep(300);
        assertEquals(3, recentRows().size());
        axe("after import");
    }

    @Test
    void worksOfflineOnceLoaded() {
        new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(chromium.driver.executeAsyncScript(
                "const done = arguments[0]; navigator.serviceWorker.ready.then(() => caches.open('cramp-guide-diary-1'))"
                        + ".then(c => c.keys()).then(k => done(k.length >= 4)).catch(() => done(false))")));
        open();  // now under the worker's control
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.driver.setNetworkConditions(offline);
        chromium.driver.navigate().refresh();
        waitFor(By.id("add-h"));
        choose("Which muscle?", CALF);
        choose("How bad?", "Mild");
        add();
        assertEquals(1, recentRows().size(), "a cramp logged offline");
    }

    @Test
    void theDiaryIsServedWithItsOwnStrictContentSecurityPolicy() {
        for (String file : List.of("index.html", "diary.js", "diary.css", "sw.js")) {
            String csp = given().get("/diary/" + file).then().statusCode(200).extract().header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("default-src 'none'") && csp.contains("script-src 'self'")
                    && csp.contains("connect-src 'self'") && !csp.contains("unsafe-inline"), file + ": " + csp);
        }
    }

    /** A cramp from the widget's answer screen: "Add to my diary", then how bad and Add. */
    @Test
    void theWidgetsAnswerOpensTheDiaryFilledIn() {
        chromium.driver.get(service() + "/");
        for (int screen = 0; screen < 30; screen++) {
            SearchContext widget = waitForWidget();
            List<WebElement> forms = widget.findElements(By.cssSelector("form.ask"));
            if (forms.isEmpty()) {
                break;
            }
            WebElement form = forms.get(0);
            // a screen may ask several questions on one topic: each gets its answer
            for (WebElement set : form.findElements(By.cssSelector("fieldset"))) {
                List<WebElement> labels = set.findElements(By.cssSelector("label"));
                WebElement pick = labels.stream().filter(l -> Set.of("None of these", "No", CALF, "In bed or asleep")
                        .contains(l.getText().trim())).findFirst().orElse(labels.get(0));
                if ("number".equals(set.findElement(By.cssSelector("input")).getAttribute("type"))) {
                    set.findElement(By.cssSelector("input")).sendKeys("70");
                } else {
                    pick.click();
                }
            }
            form.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
        }
        WebElement link = new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> waitForWidget()
                .findElements(By.cssSelector("a.diary")).stream().filter(a -> a.getText().equals("Add to my diary")).findFirst().orElse(null));
        URI href = URI.create(link.getAttribute("href"));
        assertEquals("/diary/index.html", href.getPath());
        assertNull(href.getQuery(), "the situation travels in the fragment only");
        // what was said travels: the interview may or may not have asked which muscle
        assertTrue(href.getFragment().contains("when=night"), href.toString());
        boolean muscleSaid = href.getFragment().contains("muscle=calf");
        chromium.driver.get(href.toString());
        waitFor(By.id("add-h"));
        assertTrue(chosen("What were you doing?", "In bed or asleep"), "filled in from the guide");
        assertEquals(muscleSaid, chosen("Which muscle?", CALF), "the muscle, when the guide asked it");
        assertEquals(service() + "/diary/index.html", chromium.driver.getCurrentUrl(), "the fragment is cleared once read");
        axe("filled in from the guide");
        chromium.screenshot("diary-from-the-guide-320", 320, 1, true);
        if (!muscleSaid) {
            choose("Which muscle?", CALF);
        }
        choose("How bad?", "Bad");
        add();
        assertEquals(1, recentRows().size());
    }

    static SearchContext waitForWidget() {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> {
            SearchContext root = chromium.driver.findElement(By.tagName("cramp-guide")).getShadowRoot();
            return root.findElements(By.cssSelector(".out[aria-busy]")).isEmpty()
                    && !root.findElements(By.cssSelector("form.ask legend, .answer .banner")).isEmpty() ? root : null;
        });
    }

    /**
     * Every request the page makes during a whole diary session, from the browser's own network log: all to the
     * service itself, and none carries an entry's note, date, time or the person's medicines; the guidance request
     * carries only situation fields.
     */
    @Test
    void noEntryTextDateOrNoteLeavesThePage() throws IOException {
        chromium.driver.manage().logs().get("performance");  // drop what earlier pages logged
        open();
        logThreeCramps();
        chromium.driver.navigate().refresh();
        waitFor(By.id("add-h"));
        button("Show the chart as a table").click();
        field("My medicines, one a line").sendKeys(MEDICINE);
        button("Save my medicines").click();
        button("Ask the guide about my record").click();
        waitFor(By.cssSelector("#answer .banner h3"));
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        chromium.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        button("Delete everything").click();
        waitFor(By.tagName("dialog")).findElement(By.xpath(".//button[normalize-space()='Delete all']")).click();

        List<String> secrets = new ArrayList<>(List.of(NOTE, "zq81", MEDICINE, "furosemide"));
        LocalDate today = LocalDate.now();
        for (int d = 0; d <= 11; d++) {
            secrets.add(today.minusDays(d).toString());  // every date an entry could carry, as stored
        }
        secrets.add("T22:30");
        secrets.add("T03:00");
        Set<String> paths = new TreeSet<>();
        int requests = 0;
        for (LogEntry entry : chromium.driver.manage().logs().get("performance")) {
            JsonNode message = JSON.readTree(entry.getMessage()).path("message");
            if (!message.path("method").asText().equals("Network.requestWillBeSent")) {
                continue;
            }
            requests++;
            JsonNode request = message.path("params").path("request");
            String url = request.path("url").asText();
            String sent = url + "\n" + request.path("headers") + "\n" + request.path("postData").asText("");
            for (String secret : secrets) {
                assertFalse(sent.toLowerCase().contains(secret.toLowerCase()), "'" + secret + "' left the page in:\n" + sent);
            }
            if (url.startsWith("blob:") || url.startsWith("data:")) {
                continue;  // the export's file, made inside the page
            }
            URI uri = URI.create(url);
            assertEquals("localhost:" + RestAssured.port, uri.getAuthority(), "only the service itself is asked: " + url);
            paths.add(request.path("method").asText() + " " + uri.getPath());
            if (request.has("postData")) {
                Set<String> fields = new TreeSet<>();
                JSON.readTree(request.path("postData").asText()).fieldNames().forEachRemaining(fields::add);
                assertTrue(Set.of("recurring", "symptoms", "when", "muscle").containsAll(fields), "only situation fields: " + fields);
            }
        }
        assertTrue(requests > 0, "the network log recorded the session");
        assertTrue(paths.contains("POST /v1/guidance"), "the guidance request was recorded: " + paths);
        assertTrue(Set.of("GET /diary/index.html", "GET /diary/diary.js", "GET /diary/diary.css", "GET /diary/sw.js",
                "GET /demo/favicon.svg", "GET /v1/guidance/table", "POST /v1/guidance").containsAll(paths), "requests: " + paths);
        System.out.println("[diary] " + requests + " requests recorded, none carried an entry: " + paths);
    }
}
