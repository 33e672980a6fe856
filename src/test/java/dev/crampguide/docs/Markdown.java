package dev.crampguide.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Just enough Markdown reading for the documentation checks: sections, table rows, code spans. */
final class Markdown {

    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    final String text;

    private Markdown(String text) {
        this.text = text;
    }

    static Markdown read(Path file) {
        try {
            return new Markdown(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The part under the first heading whose text contains {@code heading}, up to the next heading of the same or a
     * higher level.
     *
     * @throws AssertionError when there is no such heading
     */
    Markdown section(String heading) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int level = level(lines[i]);
            if (level > 0 && lines[i].contains(heading)) {
                StringBuilder body = new StringBuilder();
                for (int j = i + 1; j < lines.length; j++) {
                    int next = level(lines[j]);
                    if (next > 0 && next <= level) {
                        break;
                    }
                    body.append(lines[j]).append('\n');
                }
                return new Markdown(body.toString());
            }
        }
        throw new AssertionError("no heading containing '" + heading + "'");
    }

    /** The cells of each table row (header and separator rows left out), trimmed. */
    List<List<String>> tableRows() {
        List<List<String>> rows = new ArrayList<>();
        boolean header = true;
        for (String line : text.split("\n")) {
            if (!line.startsWith("|")) {
                header = true;
                continue;
            }
            if (line.matches("\\|[-| :]+\\|?")) {
                header = false;
                continue;
            }
            if (header) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length()).split("\\|")) {
                cells.add(cell.trim());
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Every code span ({@code `x`}) in the text, in order, without repeats. */
    static Set<String> codeSpans(String text) {
        Set<String> spans = new LinkedHashSet<>();
        Matcher m = CODE.matcher(text);
        while (m.find()) {
            spans.add(m.group(1));
        }
        return spans;
    }

    Set<String> codeSpans() {
        return codeSpans(text);
    }

    /** The level of an ATX heading line (1 for {@code #}), or 0. */
    static int level(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level < line.length() && line.charAt(level) == ' ' ? level : 0;
    }
}
