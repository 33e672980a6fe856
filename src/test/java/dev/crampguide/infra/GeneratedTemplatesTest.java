package dev.crampguide.infra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The committed SAM templates are exactly what {@link TemplateSources} writes from infra/templates. */
class GeneratedTemplatesTest {

    final TemplateSources sources = new TemplateSources(SamTemplate.INFRA);

    @Test
    void everyCommittedTemplateIsGeneratedFromTheSharedSource() throws IOException {
        Map<String, String> generated = sources.renderAll();
        Set<String> committed;
        try (Stream<Path> files = Files.list(SamTemplate.INFRA)) {
            committed = files.map(f -> f.getFileName().toString())
                    .filter(n -> n.startsWith("template") && n.endsWith(".yaml")).collect(Collectors.toSet());
        }
        assertEquals(committed, generated.keySet(), "one variant per template in infra/");
        generated.forEach((name, text) -> assertEquals(text, TemplateSources.read(SamTemplate.INFRA.resolve(name)),
                name + " differs from infra/templates: run ./mvnw -B -ntp -Pinfra-templates process-test-classes"));
    }

    @Test
    void blocksAreIndentedLikeTheirMarkerAndJoinedLayersFirst() {
        String base = "A:\n  ((items))\nB: ((value))\n";
        String out = TemplateSources.fill(base, List.of(Map.of("items", "- one\n- two:\n    x"),
                Map.of("items", "- three", "value", "v")), "test");
        assertEquals("A:\n  - one\n  - two:\n      x\n  - three\nB: v\n", out);
    }

    @Test
    void aBlockNoFileGivesLeavesNoLine() {
        assertEquals("A: 1\nB: 2\n", TemplateSources.fill("A: 1\n  ((optional))\nB: 2\n", List.of(Map.of()), "test"));
    }

    @Test
    void aMisspeltOrMissingSlotFailsTheBuild() {
        IllegalArgumentException unused = assertThrows(IllegalArgumentException.class,
                () -> TemplateSources.fill("A: ((value))\n", List.of(Map.of("value", "1", "valeu", "2")), "test"));
        assertTrue(unused.getMessage().contains("valeu"), unused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TemplateSources.fill("A: ((value))\n", List.of(Map.of()), "test"));
        // A one-line slot given twice would silently pick one: refused.
        assertThrows(IllegalArgumentException.class,
                () -> TemplateSources.fill("A: ((value))\n", List.of(Map.of("value", "1"), Map.of("value", "2")), "test"));
    }
}
