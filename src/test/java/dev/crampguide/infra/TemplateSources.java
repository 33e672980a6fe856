package dev.crampguide.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Writes the SAM templates infra/template*.yaml from one source, so a setting shared by the deployments is written
 * once. {@code infra/templates/base.yaml} is the whole template with {@code ((slot))} markers; each
 * {@code infra/templates/variants/<template>.yaml} fills the slots for one template on top of the layers it names
 * ({@code infra/templates/layers/<layer>.yaml}, for what several templates share, such as the HTTP API and its CDN).
 * <ul>
 * <li>A marker alone on its line takes a block of lines, indented like the marker. Blocks given by several files are
 * joined, layers first in the order named, then the variant. A block no file gives leaves no line.</li>
 * <li>A marker inside a line takes a one-line value that exactly one file gives.</li>
 * <li>A slot that no marker uses is an error, so a misspelt slot name cannot vanish silently.</li>
 * </ul>
 * Text only (no YAML round trip), so comments and the short-form intrinsics stay as written.
 * Regenerate after editing the sources: {@code ./mvnw -B -ntp -Pinfra-templates process-test-classes};
 * {@link GeneratedTemplatesTest} fails while the committed templates differ from what this writes.
 */
public final class TemplateSources {

    private static final Pattern MARKER = Pattern.compile("\\(\\(([a-z0-9-]+)\\)\\)");
    private static final Pattern BLOCK_MARKER = Pattern.compile("^( *)\\(\\(([a-z0-9-]+)\\)\\)\\s*$");

    private final Path sources;

    TemplateSources(Path infra) {
        this.sources = infra.resolve("templates");
    }

    /** Writes every template into {@code args[0]} (default {@code infra}). */
    public static void main(String[] args) throws IOException {
        Path infra = Path.of(args.length > 0 ? args[0] : "infra");
        for (Map.Entry<String, String> t : new TemplateSources(infra).renderAll().entrySet()) {
            Files.writeString(infra.resolve(t.getKey()), t.getValue(), StandardCharsets.UTF_8);
            System.out.println("wrote " + infra.resolve(t.getKey()));
        }
    }

    /** Template file name (as in infra/) to its text, for every variant. */
    Map<String, String> renderAll() {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(sources.resolve("variants"))) {
            for (Path variant : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                String name = variant.getFileName().toString();
                out.put(name, render(name));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    String render(String template) {
        Map<String, Object> variant = load(sources.resolve("variants").resolve(template));
        List<Map<String, String>> layers = new ArrayList<>();
        for (Object layer : list(variant.get("layers"))) {
            layers.add(slots(load(sources.resolve("layers").resolve(layer + ".yaml")), "layer " + layer));
        }
        layers.add(slots(variant, "variant " + template));
        return header(template) + fill(read(sources.resolve("base.yaml")), layers, template);
    }

    static String header(String template) {
        return "# Generated from infra/templates (base.yaml, the layers named in variants/" + template + ", and that\n"
                + "# file). Edit those, then: ./mvnw -B -ntp -Pinfra-templates process-test-classes (see infra/README.md).\n";
    }

    /** Fills base's markers from the slot maps (layers first, variant last). */
    static String fill(String base, List<Map<String, String>> sources, String what) {
        Set<String> used = new LinkedHashSet<>();
        StringBuilder out = new StringBuilder();
        for (String line : base.split("\n", -1)) {
            Matcher block = BLOCK_MARKER.matcher(line);
            if (block.matches()) {
                String indent = block.group(1);
                String slot = block.group(2);
                used.add(slot);
                for (Map<String, String> source : sources) {
                    String value = source.get(slot);
                    if (value == null) {
                        continue;
                    }
                    for (String valueLine : value.split("\n", -1)) {
                        out.append(valueLine.isBlank() ? "" : indent + valueLine).append('\n');
                    }
                }
                continue;
            }
            Matcher inline = MARKER.matcher(line);
            StringBuilder filled = new StringBuilder();
            while (inline.find()) {
                String slot = inline.group(1);
                used.add(slot);
                List<String> values = sources.stream().map(s -> s.get(slot)).filter(v -> v != null).toList();
                if (values.size() != 1 || values.get(0).contains("\n")) {
                    throw new IllegalArgumentException(what + ": slot " + slot
                            + " needs exactly one one-line value, got " + values);
                }
                inline.appendReplacement(filled, Matcher.quoteReplacement(values.get(0)));
            }
            inline.appendTail(filled);
            out.append(filled).append('\n');
        }
        for (Map<String, String> source : sources) {
            for (String slot : source.keySet()) {
                if (!used.contains(slot)) {
                    throw new IllegalArgumentException(what + ": slot " + slot + " is not used by base.yaml");
                }
            }
        }
        // split(-1) kept the final empty piece: drop the newline added after it.
        return out.substring(0, out.length() - 1);
    }

    private static Map<String, String> slots(Map<String, Object> file, String what) {
        Map<String, String> slots = new LinkedHashMap<>();
        Object raw = file.get("slots");
        if (!(raw instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(what + ": no slots mapping");
        }
        map.forEach((k, v) -> {
            String text = String.valueOf(v);
            // A YAML block scalar ends with a newline; the marker's own line break follows the block.
            slots.put(String.valueOf(k), text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
        });
        return slots;
    }

    private static List<?> list(Object value) {
        return value == null ? List.of() : (List<?>) value;
    }

    private static Map<String, Object> load(Path file) {
        Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
        return SamTemplate.asMap(parsed, file.toString());
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
