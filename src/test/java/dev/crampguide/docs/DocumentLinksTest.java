package dev.crampguide.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the README, the infra guides and src/site/markdown points at a file of this repository that
 * exists (never outside it), and a {@code #anchor} at a heading of the file it names.
 */
class DocumentLinksTest {

    static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md"), Path.of("infra/README.md"),
                Path.of("infra/alexa/README.md")));
        try (Stream<Path> site = Files.list(Path.of("src/site/markdown"))) {
            site.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    @Test
    void everyRelativeLinkResolvesInsideTheRepository() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path document : documents()) {
            String text = withoutCodeBlocks(Files.readString(document));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                String link = m.group(1);
                if (link.matches("[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                String file = link.contains("#") ? link.substring(0, link.indexOf('#')) : link;
                String anchor = link.contains("#") ? link.substring(link.indexOf('#') + 1) : null;
                Path target = file.isEmpty() ? document.toAbsolutePath().normalize()
                        : document.toAbsolutePath().getParent().resolve(file).normalize();
                if (!target.startsWith(ROOT)) {
                    broken.add(document + ": " + link + " points outside the repository");
                } else if (!Files.exists(target)) {
                    broken.add(document + ": " + link + " (no such file)");
                } else if (anchor != null && target.toString().endsWith(".md")
                        && !anchors(Files.readString(target)).contains(anchor)) {
                    broken.add(document + ": " + link + " (no such heading)");
                }
            }
        }
        assertThat(broken).as("broken links").isEmpty();
    }

    /** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
    static Set<String> anchors(String markdown) {
        Set<String> anchors = new HashSet<>();
        for (String line : withoutCodeBlocks(markdown).split("\n")) {
            int level = Markdown.level(line);
            if (level == 0) {
                continue;
            }
            String slug = line.substring(level).trim().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }

    static String withoutCodeBlocks(String markdown) {
        return markdown.replaceAll("(?ms)^```.*?^```", "");
    }
}
