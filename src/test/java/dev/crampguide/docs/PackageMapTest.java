package dev.crampguide.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** architecture.md's package map names every package under src/main/java, and nothing else. */
class PackageMapTest {

    static final Path SOURCES = Path.of("src/main/java");
    static final Pattern MAP_LINE = Pattern.compile("(?m)^(dev\\.crampguide(?:\\.[a-z]+)*)\\s");

    @Test
    void theMapNamesExactlyThePackages() throws IOException {
        Set<String> packages;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            packages = files.filter(f -> f.toString().endsWith(".java")).map(f -> SOURCES.relativize(f.getParent()))
                    .map(dir -> dir.toString().replace(dir.getFileSystem().getSeparator(), "."))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> mapped = new TreeSet<>();
        Matcher m = MAP_LINE.matcher(Markdown.read(Path.of("src/site/markdown/architecture.md")).section("# How it is built")
                .text.split("```")[1]);
        while (m.find()) {
            mapped.add(m.group(1));
        }
        assertThat(mapped).as("packages in architecture.md's package map").containsExactlyInAnyOrderElementsOf(packages);
    }
}
