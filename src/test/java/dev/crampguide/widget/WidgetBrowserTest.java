package dev.crampguide.widget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget in a real browser against the running service (through the mock Lambda event server, the path the
 * deployed function takes). A scripted person answers the service's questions by their visible labels, the way a
 * person reads them, on a phone, at 200 % zoom, embedded on another site, offline and back, and with the keyboard
 * only. axe-core checks every screen each scenario passes through.
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
                    "<body><main><h1>Our health pages</h1>",
                    "<cramp-guide api='" + service + "' emergency-number='112'></cramp-guide></main></body></html>")
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
        System.out.println("[widget] axe-core " + AxeCore.VERSION + ": " + AxeCore.screensChecked()
                + " screens checked, 0 violations");
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
        assertEquals(List.of(), chromium.cspViolations(), "the page's CSP blocked something the widget needs");
    }

    static String service() {
        return "http://localhost:" + RestAssured.port;
    }

    static SearchContext widget() {
        return chromium.driver.findElement(By.tagName("cramp-guide")).getShadowRoot();
    }

    static WebElement in(String css) {
        return widget().findElement(By.cssSelector(css));
    }

    static boolean present(String css) {
        return !widget().findElements(By.cssSelector(css)).isEmpty();
    }

    static WebElement waitFor(String css) {
        return new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> {
            List<WebElement> found = widget().findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() ? found.get(0) : null;
        });
    }

    /** What the live region says, as a screen reader would announce it. */
    static String announced() {
        return in("[role=status]").getAttribute("textContent");
    }

    static String active() {
        return (String) chromium.driver.executeScript("const a = document.querySelector('cramp-guide').shadowRoot"
                + ".activeElement; return a ? a.tagName + ':' + (a.value || a.textContent) : null;");
    }

    /**
     * A person going through the interview: reads each screen, picks options by their visible label, presses Next.
     * A screen may ask several questions on one topic. Every screen it sees is checked with axe-core first.
     */
    static final String CALF = "Calf (back of the lower leg)";
    static final List<String> SCREENING = List.of("urgent_signs", "other_signs", "pattern", "medicines");

    static final class Person {
        final String scenario;
        int screen;
        /** The screen on which the first step to do now (an immediateSteps item) appeared, if any. */
        Integer reliefOn;
        /** The questions on each screen, by id (the widget marks each question's fieldset with data-q). */
        final List<List<String>> screens = new ArrayList<>();
        /** Every question asked, in order. */
        final List<String> asked = new ArrayList<>();

        Person(String scenario, String page) {
            this.scenario = scenario;
            chromium.driver.get(page);
            waitFor("form.ask legend");
            screen = 1;
            AxeCore.assertNoViolations(chromium.driver, scenario + ", screen 1");
            observe();
        }

        Person(String scenario) {
            this(scenario, service() + "/");
        }

        /** The first question on screen. */
        String question() {
            return in("form.ask legend").getText();
        }

        /**
         * Ticks the options with these labels, wherever they are on the screen; every other question on it gets
         * "None of these" (or its first option), then goes on to the next screen.
         */
        Person picks(String... labels) {
            WebElement form = in("form.ask");
            for (String label : labels) {
                label(form, label).click();
            }
            for (WebElement set : form.findElements(By.cssSelector("fieldset"))) {
                if (set.findElements(By.cssSelector("input:checked")).isEmpty()
                        && set.findElements(By.cssSelector("input[type=number]")).isEmpty()) {
                    List<WebElement> none = set.findElements(By.cssSelector("input[value=none]"));
                    (none.isEmpty() ? set.findElement(By.cssSelector("label")) : none.get(0)).click();
                }
            }
            return next(form);
        }

        /** Goes on with what is already chosen. */
        Person keeps() {
            return next(in("form.ask"));
        }

        private WebElement label(SearchContext where, String label) {
            return where.findElements(By.cssSelector("label")).stream()
                    .filter(l -> l.getText().trim().equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no option '" + label + "' on '" + question() + "'"));
        }

        private Person next(WebElement form) {
            form.findElement(By.cssSelector("button[type=submit]")).click();
            new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(form));
            new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> !present(".out[aria-busy]")
                    && (present("form.ask legend") || present(".answer .banner") || present(".error")));
            screen++;
            AxeCore.assertNoViolations(chromium.driver, scenario + ", screen " + screen);
            observe();
            return this;
        }

        private void observe() {
            if (reliefOn == null && present(".immediateSteps li")) {
                reliefOn = screen;
            }
            List<String> ids = widget().findElements(By.cssSelector("form.ask fieldset")).stream()
                    .map(f -> f.getAttribute("data-q")).toList();
            if (!ids.isEmpty()) {
                screens.add(ids);
                asked.addAll(ids);
            }
        }

        /** The id of the first question on screen. */
        String questionId() {
            return in("form.ask fieldset").getAttribute("data-q");
        }

        /**
         * Answers whatever the service asks, in whatever order, from what this person would say: by question id the
         * labels to tick or the number to type; any other question gets "None of these", "No", its first option or
         * a plain number. Ends at the final answer.
         */
        Person answersAs(Map<String, Object> says) {
            answersUntil(says, () -> false);
            assertFalse(present("form.ask"), scenario + ": the interview ends");
            return this;
        }

        /** As {@link #answersAs}, stopping as soon as {@code done} holds (or the interview ends). */
        Person answersUntil(Map<String, Object> says, BooleanSupplier done) {
            for (int i = 0; i < 40 && present("form.ask") && !done.getAsBoolean(); i++) {
                WebElement form = in("form.ask");
                for (WebElement set : form.findElements(By.cssSelector("fieldset"))) {
                    Object said = says.get(set.getAttribute("data-q"));
                    List<WebElement> number = set.findElements(By.cssSelector("input[type=number]"));
                    if (!number.isEmpty()) {
                        number.get(0).sendKeys(String.valueOf(said instanceof Integer n ? n.intValue() : 45));
                    } else if (said instanceof List<?> labels) {
                        labels.forEach(label -> label(set, (String) label).click());
                    } else if (!set.findElements(By.cssSelector("input[value=none]")).isEmpty()) {
                        set.findElement(By.cssSelector("input[value=none]")).click();
                    } else {
                        List<String> labels = set.findElements(By.cssSelector("label")).stream()
                                .map(l -> l.getText().trim()).toList();
                        label(set, labels.contains("No") ? "No" : labels.get(0)).click();
                    }
                }
                next(form);
            }
            return this;
        }

        /** Whether all four screening questions were answered (the questions on the current screen are not yet). */
        boolean screeningAnswered() {
            List<String> answered = screens.subList(0, Math.min(screens.size(), screen - 1)).stream()
                    .flatMap(List::stream).toList();
            return answered.containsAll(SCREENING);
        }

        String careLevel() {
            return waitFor(".answer .banner").getAttribute("data-care-level");
        }

        List<String> ids(String section) {
            return widget().findElements(By.cssSelector("." + section + " li")).stream()
                    .map(li -> li.getAttribute("data-id")).toList();
        }
    }

    /** Each of the contract's red flags, reached by a person picking what they notice, by its label. */
    static Stream<Arguments> redFlags() {
        return Stream.of(
                Arguments.of("clot_with_chest_or_breathing", "emergency", Map.of(
                        "urgent_signs", List.of("One leg is swollen", "Short of breath or hard to breathe"))),
                Arguments.of("chest_pain_with_breathlessness", "emergency", Map.of(
                        "urgent_signs", List.of("Chest pain or pressure", "Short of breath or hard to breathe"))),
                Arguments.of("possible_stroke", "emergency", Map.of(
                        "urgent_signs", List.of("Face drooping on one side, or slurred speech"))),
                Arguments.of("possible_stroke", "emergency", Map.of(
                        "urgent_signs", List.of("Sudden weakness or numbness of the face, arm or leg on one side"))),
                Arguments.of("sudden_confusion", "emergency", Map.of(
                        "urgent_signs", List.of("New confusion, unusual sleepiness or acting strangely"))),
                Arguments.of("possible_cauda_equina", "emergency", Map.of(
                        "urgent_signs", List.of("Numb around the genitals or bottom, or new bladder or bowel trouble"))),
                Arguments.of("possible_low_sodium_or_heat_illness", "emergency", Map.of(
                        "other_signs", List.of("A bad headache, or throwing up"), "muscle", List.of(CALF),
                        "when", List.of("Exercising or playing sport"), "exercise_details", List.of("It was hot"))),
                Arguments.of("possible_muscle_breakdown", "prompt_medical_advice", Map.of(
                        "other_signs", List.of("Dark brown or cola-colored urine"))),
                Arguments.of("possible_low_calcium", "prompt_medical_advice", Map.of(
                        "other_signs", List.of("Tingling around the mouth or in the fingers, with hand spasms"))),
                Arguments.of("possible_blood_clot", "prompt_medical_advice", Map.of(
                        "urgent_signs", List.of("One leg is red or darker than the other"))),
                Arguments.of("neurological_symptoms", "prompt_medical_advice", Map.of(
                        "other_signs", List.of("Clumsy, or trouble with balance"))),
                Arguments.of("after_medication_change", "prompt_medical_advice", Map.of(
                        "medicines", List.of("I started or changed a medicine lately"))),
                Arguments.of("possible_circulation_problem", "see_clinician", Map.of(
                        "pattern", List.of("My leg hurts when I walk and eases when I stop and rest"))),
                Arguments.of("possible_nerve_compression", "see_clinician", Map.of(
                        "pattern", List.of("My leg hurts when I walk and eases when I sit or bend forward"))),
                Arguments.of("persistent_or_severe", "see_clinician", Map.of(
                        "pattern", List.of("Stretching does not help"))),
                // contract v1.2: every warning sign counts on its own
                Arguments.of("chest_pain_now", "emergency", Map.of("urgent_signs", List.of("Chest pain or pressure"))),
                Arguments.of("trouble_breathing", "emergency", Map.of(
                        "urgent_signs", List.of("Short of breath or hard to breathe"))),
                Arguments.of("possible_blocked_artery", "emergency", Map.of(
                        "urgent_signs", List.of("A foot, leg or hand that suddenly turned cold, pale, blue or numb"))),
                Arguments.of("possible_tetanus", "emergency", Map.of(
                        "urgent_signs", List.of("A recent cut or wound, then a stiff jaw or spreading spasms"))),
                Arguments.of("sudden_swelling_or_vision_change", "prompt_medical_advice", Map.of("other_signs",
                        List.of("Blurred vision or flashing lights, or sudden swelling of the face, hands or feet"))),
                Arguments.of("bad_headache_or_vomiting", "prompt_medical_advice", Map.of(
                        "other_signs", List.of("A bad headache, or throwing up"))),
                Arguments.of("cramp_not_releasing", "prompt_medical_advice", Map.of(
                        "pattern", List.of("One is still locked after about ten minutes of stretching"))),
                Arguments.of("possible_rest_pain", "prompt_medical_advice", Map.of("pattern",
                        List.of("My foot or toes hurt at rest or in bed, and it eases when the leg hangs down"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("redFlags")
    void everyRedFlagIsReachedByLabel(String flag, String careLevel, Map<String, Object> says) {
        chromium.viewport(360, 800, 2, true);
        // Answers whatever is asked, in whatever order, until the red flag is on screen.
        Person person = new Person(flag).answersUntil(says, () -> present(".redFlags li[data-id=" + flag + "]"));
        assertEquals(careLevel, person.careLevel(), flag);
        assertTrue(person.ids("redFlags").contains(flag), person.ids("redFlags").toString());
        if (careLevel.equals("emergency")) {
            assertFalse(present("form.ask"), "nothing competes with the emergency");
            assertEquals("tel:911", in(".banner a.call").getAttribute("href"), "tap to call the page's number");
        } else if (!person.screeningAnswered()) {
            assertEquals("false", in(".banner").getAttribute("data-screened"));
            assertTrue(in(".banner").getText().contains("so far"), "not screened yet: " + in(".banner").getText());
        }
        chromium.screenshotViewport("flag-" + flag);
    }

    /** The remedies and drinks a person may ask about reach their cautions through the interview's screens. */
    static Stream<Arguments> cautions() {
        return Stream.of(
                Arguments.of("magnesium_not_default", "Magnesium pills", "In bed or asleep"),
                Arguments.of("quinine_not_advised", "Quinine (pills or tonic water)", "In bed or asleep"),
                Arguments.of("electrolytes_not_a_cure_all", "A sports drink with salts", "In bed or asleep"),
                Arguments.of("avoid_overdrinking_water", "Drinking more plain water", "Exercising or playing sport"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cautions")
    void eachRemedyCautionIsReachedByLabel(String caution, String remedy, String when) {
        chromium.viewport(1024, 900, 1, false);
        Person person = new Person(caution).answersAs(Map.of("muscle", List.of(CALF), "when", List.of(when),
                "exercise_details", List.of("It was hot", "I sweated a lot"), "exercise_minutes", 95,
                "drinking", List.of("Some plain water"), "age", 50, "considering", List.of(remedy)));
        assertTrue(person.asked.contains("considering"), person.asked.toString());
        assertEquals("self_care", person.careLevel());
        assertTrue(person.ids("cautions").contains(caution), person.ids("cautions").toString());
        assertEquals("true", in(".banner").getAttribute("data-screened"));
        chromium.screenshot("caution-" + caution, 1024, 1, false);
    }

    @Test
    void plainWaterAfterALongHotRunIsCautionedAgainst() {
        chromium.viewport(1024, 900, 1, false);
        Person person = new Person("plain water").answersAs(Map.of("muscle", List.of(CALF),
                "now", List.of("The cramp has eased but the muscle is sore"), "when", List.of("Exercising or playing sport"),
                "exercise_details", List.of("It was hot", "I sweated a lot"), "exercise_minutes", 95,
                "drinking", List.of("Some plain water")));
        assertTrue(person.ids("cautions").contains("plain_water_may_not_be_enough"), person.ids("cautions").toString());
        assertTrue(person.ids("prevention").contains("plan_fluid_and_sodium"), person.ids("prevention").toString());
    }

    /**
     * Typical people, each answering whatever the service asks (in whatever order) from what they would say. Measures
     * the interview into target/interview-report.md: screens until the answer is final, and for someone cramping now
     * the screen where the first relief step appears.
     */
    static Stream<Arguments> typicalPeople() {
        return Stream.of(
                Arguments.of("calf cramp happening now", true, Map.of(
                        "muscle", List.of(CALF), "now", List.of("It is cramping right now"),
                        "when", List.of("Sitting or resting"), "age", 38)),
                Arguments.of("asking only about magnesium", false, Map.of(
                        "muscle", List.of(CALF), "when", List.of("Sitting or resting"),
                        "considering", List.of("Magnesium pills"), "age", 45)),
                Arguments.of("night cramps, older person", false, Map.of(
                        "muscle", List.of(CALF), "now", List.of("The cramp has eased but the muscle is sore"),
                        "when", List.of("In bed or asleep"), "recurring", List.of("Yes"), "age", 74)),
                Arguments.of("exercise cramp in the heat, cramping now", true, Map.of(
                        "muscle", List.of("Back of the thigh"), "now", List.of("It is cramping right now"),
                        "when", List.of("Exercising or playing sport"),
                        "exercise_details", List.of("It was hot", "I sweated a lot"), "exercise_minutes", 80,
                        "drinking", List.of("Some plain water"), "age", 29)),
                Arguments.of("long hot run on plain water, sore afterwards", false, Map.of(
                        "muscle", List.of(CALF), "now", List.of("The cramp has eased but the muscle is sore"),
                        "when", List.of("Exercising or playing sport"),
                        "exercise_details", List.of("It was hot", "I sweated a lot"), "exercise_minutes", 95,
                        "drinking", List.of("Some plain water"), "age", 41)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typicalPeople")
    void typicalPeopleAreMeasuredThroughTheWholeInterview(String name, boolean crampingNow, Map<String, Object> says)
            throws IOException {
        chromium.viewport(360, 800, 2, true);
        Person person = new Person(name).answersAs(says);
        String careLevel = person.careLevel();
        InterviewReport.record(new InterviewReport.Row(name, person.screen, person.reliefOn, crampingNow, careLevel,
                person.screens));
        System.out.printf("[widget] %s: final answer on screen %d, first relief step on screen %s; asked %s%n",
                name, person.screen, person.reliefOn, person.screens);

        assertEquals("urgent_signs", person.asked.get(0), "the urgent check comes first");
        assertEquals(person.screen - 1, person.screens.size(), "questions on every screen, then the final answer");
        assertEquals("true", in(".banner").getAttribute("data-screened"), "a final answer is screened");
        if (crampingNow) {
            assertTrue(person.reliefOn != null && person.reliefOn >= 2 && person.reliefOn <= person.screen,
                    "relief appears after the urgent check and by the final answer: " + person.reliefOn);
            assertFalse(person.ids("immediateSteps").isEmpty(), "the final answer keeps the steps to do now");
        }
        if (says.containsKey("considering")) {
            assertTrue(person.ids("cautions").contains("magnesium_not_default"), person.ids("cautions").toString());
        }
        assertTrue(Files.readString(InterviewReport.FILE).contains("| " + name + " | " + (crampingNow ? "yes" : "no") + " | "
                + person.screen + " |"),
                "recorded in " + InterviewReport.FILE);
        chromium.screenshot("typical-" + name.replaceAll("[^a-z]+", "-"), 360, 2, true);
    }

    /** Contract v1.2: a question's optional why, shown on request with the keyboard; without one, no button. */
    @Test
    void whyWeAskOpensOnRequestAndIsAbsentWithoutWhy() {
        chromium.viewport(360, 800, 2, true);
        chromium.instrumentNewPages("add");
        Person person = new Person("why we ask");
        Actions keys = new Actions(chromium.driver);
        keys.sendKeys(Keys.TAB).perform();
        assertEquals("BUTTON:Why we ask", active(), "the disclosure is right under the question");
        WebElement why = in("form.ask button.whyb");
        WebElement text = in("#" + why.getAttribute("aria-controls"));
        assertEquals("false", why.getAttribute("aria-expanded"));
        assertFalse(text.isDisplayed(), "shown only on request");
        keys.sendKeys(Keys.ENTER).perform();
        assertEquals("true", why.getAttribute("aria-expanded"));
        assertTrue(text.isDisplayed() && text.getText().length() > 10, text.getText());
        AxeCore.assertNoViolations(chromium.driver, "why we ask, open");
        chromium.screenshotViewport("phone-360-why-we-ask-open");
        keys.sendKeys(Keys.SPACE).perform();
        assertFalse(text.isDisplayed(), "closes again");
        person.picks();
        assertEquals("false", in("form.ask button.whyb").getAttribute("aria-expanded"), "each question starts closed");

        chromium.instrumentNewPages("remove");
        new Person("no why");
        assertFalse(present(".whyb"), "no button when the question has no why");
        keys.sendKeys(Keys.TAB).perform();
        assertTrue(active().startsWith("INPUT:0"), "Tab goes straight to the first option: " + active());
    }

    /**
     * The host page does not move while the widget loads: until the person acts, the widget holds the height of the
     * first question (with its "Why we ask") at every width, so the answer arriving shifts nothing (CLS).
     */
    @Test
    void theFirstQuestionFitsTheReservedSpaceSoThePageDoesNotShift() {
        chromium.instrumentNewPages("add");
        chromium.viewport(412, 823, 2, true);
        new Person("reserved space");
        Number cls = (Number) chromium.driver.executeScript("return window.__cg.cls");
        assertTrue(cls.doubleValue() <= 0.05, "layout shift while loading on a phone: " + cls);
        for (int width : new int[] {280, 320, 360, 412, 480, 560, 640, 768, 1024, 1440}) {
            // A tall screen, so the cap at one screen height does not hide a reserve that is too small.
            chromium.viewport(width, 3000, 1, false);
            List<?> box = (List<?>) chromium.driver.executeScript(
                    "const cg = document.querySelector('cramp-guide').shadowRoot.querySelector('.cg');"
                            + "const out = cg.querySelector('.out'), s = getComputedStyle(cg);"
                            + "const content = out.getBoundingClientRect().bottom - cg.getBoundingClientRect().top"
                            + " + parseFloat(s.paddingBottom) + parseFloat(s.borderBottomWidth);"
                            + "return [content, cg.getBoundingClientRect().height, cg.getBoundingClientRect().width];");
            double content = ((Number) box.get(0)).doubleValue(), reserved = ((Number) box.get(1)).doubleValue();
            assertTrue(content <= reserved + 1, "at " + width + " px (widget " + box.get(2) + " px wide) the first question needs "
                    + content + " px, the widget reserves " + reserved + " px");
        }
    }

    @Test
    void calfCrampRightNowOnAPhoneGetsItsStepsOnTheFirstAnswerScreen() {
        chromium.viewport(360, 800, 2, true);
        Person person = new Person("calf cramp now");
        assertEquals("Do you have any of these right now?", person.question(), "the urgent signs come first");
        assertTrue(announced().contains("Step 1 of about"), announced());
        chromium.screenshotViewport("phone-360-first-question");
        // The urgent check and how the muscle is now share the first screen: none of the signs, cramping now.
        assertEquals(List.of("urgent_signs", "now"), person.screens.get(0), "the first screen's questions");
        person.picks("It is cramping right now");
        assertTrue(announced().contains("Step 2 of about"), announced());
        assertEquals("LEGEND:" + person.question(), active(), "focus moves to the new question");
        // The first answer to appear, on the second screen, is steps to do now: nothing else competes.
        assertEquals(Integer.valueOf(2), person.reliefOn, "relief right after the urgent check");
        assertTrue(present(".answer") && present(".immediateSteps li"), "the first answer on screen is steps to do now");
        Map<String, Object> says = Map.of("muscle", List.of(CALF), "when", List.of("Sitting or resting"));
        int relief = person.screen;
        // The calf's own stretch once the service knows the muscle (at once, if it asked that first).
        person.answersUntil(says, () -> present(".immediateSteps li[data-id=lengthen_calf]"));

        WebElement stretch = waitFor(".immediateSteps li[data-id=lengthen_calf]");
        System.out.printf("[widget] calf cramp, no warning signs: steps first on screen %d, the calf's on %d, asked %s%n",
                relief, person.screen, person.asked);
        assertTrue(stretch.getText().toLowerCase().contains("calf"), stretch.getText());
        assertTrue(stretch.getText().contains("Sources:"), "each step names its sources: " + stretch.getText());
        assertFalse(widget().findElements(By.cssSelector(".refs a[href^='https://']")).isEmpty(), "sources are links");
        assertEquals("self_care", in(".banner").getAttribute("data-care-level"));
        assertEquals(String.valueOf(person.screeningAnswered()), in(".banner").getAttribute("data-screened"));
        if (!person.screeningAnswered()) {
            assertTrue(in(".banner").getText().contains("so far"), "not screened yet, and says so: " + in(".banner").getText());
        }
        assertTrue(present("form.ask legend"), "the remaining questions follow the steps");
        assertTrue(in(".disclaimer").getText().length() > 20, "the disclaimer is always shown");
        // The styles really applied (a strict CSP must not strip them): the button has the accent colour.
        assertEquals("rgba(11, 92, 173, 1)", in("button[type=submit]").getCssValue("background-color"));
        assertNoSidewaysScrolling();
        chromium.screenshotViewport("phone-360-calf-cramp-now-viewport");
        chromium.screenshot("phone-360-calf-cramp-now", 360, 2, true);

        // The demo page shows developers the raw answer behind the screen.
        String raw = chromium.driver.findElement(By.id("raw-answer")).getText();
        assertTrue(raw.contains("\"questions\"") && raw.contains("lengthen_calf"), raw);
    }

    @Test
    void swollenWarmLegShowsThePromptBannerFirstAndReadableAt200PercentZoom() {
        chromium.viewport(640, 900, 2, false);
        Person person = new Person("200% zoom").picks("One leg is swollen", "One leg feels warm");
        WebElement banner = waitFor(".answer > .banner");
        assertEquals("prompt_medical_advice", person.careLevel());
        assertTrue(banner.getText().startsWith("Get medical advice today"), "said in words, not only colour: " + banner.getText());
        Boolean first = (Boolean) chromium.driver.executeScript(
                "return document.querySelector('cramp-guide').shadowRoot.querySelector('.out').firstElementChild"
                        + ".firstElementChild.classList.contains('banner');");
        assertTrue(first, "the care-level banner comes before everything else");
        assertTrue(in(".redFlags li[data-id=possible_blood_clot]").isDisplayed());
        assertTrue(announced().contains("Get medical advice today"), announced());
        assertNoSidewaysScrolling();
        chromium.screenshot("zoom-200-swollen-warm-leg", 640, 2, false);
    }

    @Test
    void backAndChangeMyAnswersKeepWhatWasChosen() {
        chromium.viewport(1024, 900, 1, false);
        Person person = new Person("back").answersUntil(Map.of("other_signs", List.of("Numbness or pins and needles")),
                () -> present(".banner[data-care-level=prompt_medical_advice]"));
        assertEquals("prompt_medical_advice", person.careLevel());
        in("form.ask button.alt").click();
        waitFor("form.ask legend");
        assertEquals("Have you noticed any of these?", person.question());
        assertTrue(in("form.ask input[value='1']").isSelected(), "numbness is still ticked after Back");
        person.screen++;
        AxeCore.assertNoViolations(chromium.driver, "back, after Back");
        person.keeps();
        widget().findElements(By.cssSelector("form.ask button.alt")).stream()
                .filter(b -> b.getText().equals("Show the answer so far")).findFirst().orElseThrow().click();
        waitFor("button.alt");
        widget().findElements(By.cssSelector("button.alt")).stream()
                .filter(b -> b.getText().equals("Change my answers")).findFirst().orElseThrow().click();
        waitFor("form.ask legend");
        assertEquals("Do you have any of these right now?", person.question());
        assertTrue(in("form.ask input[value=none]").isSelected(), "'None of these' is still chosen");
        AxeCore.assertNoViolations(chromium.driver, "back, after Change my answers");
    }

    @Test
    void embeddedOnAnotherOriginCallsTheApiThroughCors() {
        chromium.viewport(1280, 900, 1, false);
        Person person = new Person("other origin",
                "http://127.0.0.1:" + otherSite.getAddress().getPort() + "/page?service=" + service());
        String pageOrigin = (String) chromium.driver.executeScript("return location.origin");
        assertNotEquals(service(), pageOrigin);
        person.picks("Chest pain or pressure", "One leg feels warm");
        assertEquals("emergency", person.careLevel());
        assertEquals("tel:112", in(".banner a.call").getAttribute("href"));
        // The host page's hostile CSS did not reach inside: headings keep their size and colour.
        assertNotEquals("4px", in("h2").getCssValue("font-size"));
        assertNotEquals("rgba(255, 0, 255, 1)", in("h2").getCssValue("color"));
        assertTrue(in(".banner button, .row button").isDisplayed());
        chromium.screenshot("other-origin-emergency", 1280, 1, false);
    }

    @Test
    void networkDownShowsThePlainErrorAndRetryWorksOnceBack() {
        chromium.viewport(360, 800, 2, true);
        Person person = new Person("offline");
        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        chromium.driver.setNetworkConditions(offline);
        person.picks();

        WebElement error = waitFor(".error");
        assertTrue(error.getText().contains("could not reach the cramp guide"), error.getText());
        assertTrue(error.getText().contains("get medical help now"), "safety advice stays on screen: " + error.getText());
        WebElement retry = in(".error button");
        assertEquals("Try again", retry.getText());
        chromium.screenshot("phone-360-network-error", 360, 2, true);

        chromium.driver.deleteNetworkConditions();
        retry.click();
        waitFor("form.ask legend");
        assertNotEquals("urgent_signs", person.questionId(), "the answer given offline was kept and the guide went on");
        assertFalse(present(".error"), "the error is gone after retry");
        AxeCore.assertNoViolations(chromium.driver, "offline, after retry");
    }

    @Test
    void keyboardOnlyAnswersAndReachesTheResult() {
        chromium.viewport(1024, 900, 1, false);
        new Person("keyboard");
        Actions keys = new Actions(chromium.driver);
        keys.sendKeys(Keys.TAB).perform();
        if (active().equals("BUTTON:Why we ask")) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertTrue(active().startsWith("INPUT:0"), "Tab enters the widget at the first option: " + active());
        // "One leg is red or darker than the other", the fourth option, then on to Next.
        for (int i = 0; i < 20 && !active().equals("INPUT:3"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        keys.sendKeys(Keys.SPACE).perform();
        // The same screen asks how the muscle is now: its "None of these" is the second on the screen.
        for (int i = 0, nones = 0; i < 40 && nones < 2; i++) {
            keys.sendKeys(Keys.TAB).perform();
            nones += active().equals("INPUT:none") ? 1 : 0;
        }
        keys.sendKeys(Keys.SPACE).perform();
        for (int i = 0; i < 20 && !active().equals("BUTTON:Next"); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals("BUTTON:Next", active());
        keys.sendKeys(Keys.ENTER).perform();
        WebElement banner = waitFor(".answer .banner");
        assertEquals("prompt_medical_advice", banner.getAttribute("data-care-level"));
        new WebDriverWait(chromium.driver, Duration.ofSeconds(20)).until(d -> active().startsWith("LEGEND:"));
        assertEquals("LEGEND:" + in("form.ask legend").getText(), active(), "focus moves to the next question");
        Long unlabelled = (Long) chromium.driver.executeScript(
                "return [...document.querySelector('cramp-guide').shadowRoot.querySelectorAll('input')]"
                        + ".filter(i => !i.labels.length || !i.labels[0].textContent.trim()).length;");
        assertEquals(0L, unlabelled, "every control has a visible label");
        AxeCore.assertNoViolations(chromium.driver, "keyboard, answer");
    }

    static void assertNoSidewaysScrolling() {
        Boolean fits = (Boolean) chromium.driver.executeScript(
                "const host = document.querySelector('cramp-guide');"
                        + "return document.documentElement.scrollWidth <= window.innerWidth"
                        + " && host.getBoundingClientRect().right <= window.innerWidth + 1;");
        assertTrue(fits, "the page scrolls sideways");
    }
}
