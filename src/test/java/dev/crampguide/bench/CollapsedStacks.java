package dev.crampguide.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Top frames of an async-profiler profile in collapsed form ({@code frame;frame;frame count} per line): the frames
 * with the most samples (or bytes, in alloc mode with {@code total}) on top of the stack (self) and anywhere in it
 * (total). Only stacks that contain {@code bench.stackFilter} count when it is set, e.g. the request path.
 * <pre>
 * java -cp target/test-classes dev.crampguide.bench.CollapsedStacks target/bench/wall-123.collapsed [top] [perRequestDivisor]
 * </pre>
 */
public final class CollapsedStacks {

    private CollapsedStacks() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int top = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        long divisor = args.length > 2 ? Long.parseLong(args[2]) : 0;
        String filter = System.getProperty("bench.stackFilter", "");
        Map<String, Long> self = new HashMap<>();
        Map<String, Long> total = new HashMap<>();
        long all = 0;
        for (String line : Files.readAllLines(file)) {
            int space = line.lastIndexOf(' ');
            if (space < 0 || (!filter.isEmpty() && !line.contains(filter))) {
                continue;
            }
            long count = Long.parseLong(line.substring(space + 1).trim());
            String[] frames = line.substring(0, space).split(";");
            all += count;
            self.merge(frames[frames.length - 1], count, Long::sum);
            Set<String> seen = new HashSet<>();
            for (String frame : frames) {
                if (seen.add(frame)) {
                    total.merge(frame, count, Long::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s: %,d in matching stacks%s%n", file.getFileName(), all,
                divisor > 0 ? String.format(Locale.ROOT, " (%,.0f per request)", all / (double) divisor) : "");
        print("self", self, all, top);
        print("total", total, all, top);
    }

    private static void print(String title, Map<String, Long> counts, long all, int top) {
        System.out.println("-- " + title);
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((frame, n) -> System.out.printf(Locale.ROOT, "%6.2f %%  %s%n", 100.0 * n / all, frame));
    }
}
