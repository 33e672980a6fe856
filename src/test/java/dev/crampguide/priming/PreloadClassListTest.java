package dev.crampguide.priming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every class named in META-INF/cramp-guide/snapstart-preload-classes.txt exists on the function's class path: a renamed or
 * dropped library class would otherwise be looked up in vain during every init. (That the list still covers what
 * the function loads is PreloadClassesIT's job: it needs the packaged function.)
 */
class PreloadClassListTest {

    @Test
    void everyListedClassExistsAndLoads() throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("META-INF/cramp-guide/snapstart-preload-classes.txt")) {
            assertThat(in).as("the preload list is packaged").isNotNull();
            for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                String name = line.replaceAll("#.*", "").strip();
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        assertThat(names).as("class names").isNotEmpty().doesNotHaveDuplicates();
        List<String> missing = new ArrayList<>();
        for (String name : names) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                missing.add(name + " (" + e + ")");
            }
        }
        assertThat(missing).as("listed classes that do not load").isEmpty();
    }
}
