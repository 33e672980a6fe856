package dev.crampguide.widget;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the interview costs a person, as measured in the browser: how many screens until the answer is final (no
 * more questions) and, for someone cramping now, on which screen the first relief step (an {@code immediateSteps}
 * item) appears. Whatever the engine asks is measured; nothing here knows the questions. Written to
 * {@code target/interview-report.md} after every person, so a filtered test run still leaves a report.
 */
final class InterviewReport {

    static final Path FILE = Path.of("target", "interview-report.md");

    /**
     * One person's way through the interview; screen 1 is the first question, the last screen the final answer.
     *
     * @param screens the ids of the questions on each screen before the final one
     */
    record Row(String person, int finalScreen, Integer reliefScreen, boolean crampingNow, String careLevel,
               List<List<String>> screens) {
    }

    private static final Map<String, Row> ROWS = new TreeMap<>();

    private InterviewReport() {
    }

    static synchronized void record(Row row) {
        ROWS.put(row.person(), row);
        write();
    }

    static synchronized Map<String, Row> rows() {
        return Map.copyOf(ROWS);
    }

    static double median(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static void write() {
        List<String> lines = new ArrayList<>(List.of(
                "# The interview, measured in the browser",
                "",
                "Written by `WidgetBrowserTest` (`./mvnw -B -ntp test -Dtest='WidgetBrowserTest#typical*'`): scripted people "
                        + "answer whatever the service asks, by the options' visible labels. Screen 1 holds the first question "
                        + "(`urgent_signs`) and any listed with it on the same topic; the final screen is the answer with no more questions. A relief step is an "
                        + "`immediateSteps` item on screen.",
                "",
                "| person | cramping now | screens to the final answer | questions answered | first relief step on screen "
                        + "| care level | questions on each screen |",
                "|---|---|---|---|---|---|---|"));
        List<Integer> finals = new ArrayList<>();
        for (Row r : ROWS.values()) {
            finals.add(r.finalScreen());
            lines.add("| " + r.person() + " | " + (r.crampingNow() ? "yes" : "no") + " | " + r.finalScreen() + " | "
                    + r.screens().stream().mapToInt(List::size).sum() + " | "
                    + (r.reliefScreen() == null ? "none" : r.reliefScreen()) + " | " + r.careLevel() + " | "
                    + String.join("; ", r.screens().stream().map(ids -> String.join(" + ", ids)).toList()) + " |");
        }
        lines.add("");
        lines.add("Median screens to a final answer: " + format(median(finals)) + " (" + finals.size()
                + " people; issue 19's goal: at most 7). First relief step for someone cramping now: "
                + ROWS.values().stream().filter(Row::crampingNow).map(r -> "screen " + r.reliefScreen())
                        .reduce((a, b) -> a + ", " + b).orElse("nobody measured")
                + " (goal: screen 2).");
        try {
            Files.createDirectories(FILE.getParent());
            Files.write(FILE, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
