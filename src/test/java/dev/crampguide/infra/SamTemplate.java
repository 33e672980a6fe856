package dev.crampguide.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** One SAM template from infra/, parsed with {@link CloudFormationYaml}, plus the look-ups the tests share. */
final class SamTemplate {

    static final Path INFRA = Path.of("infra");

    final String fileName;
    final Map<String, Object> root;

    private SamTemplate(String fileName, Map<String, Object> root) {
        this.fileName = fileName;
        this.root = root;
    }

    static SamTemplate load(String fileName) {
        try {
            return new SamTemplate(fileName,
                    CloudFormationYaml.parseMap(Files.readString(INFRA.resolve(fileName), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Object> parameter(String name) {
        return map(map(root, "Parameters"), name);
    }

    Map<String, Object> resources() {
        return map(root, "Resources");
    }

    Map<String, Object> resource(String logicalId) {
        return map(resources(), logicalId);
    }

    Map<String, Object> properties(String logicalId) {
        return map(resource(logicalId), "Properties");
    }

    /** Logical id to resource, for every resource of the given type, in template order. */
    Map<String, Map<String, Object>> resourcesOfType(String type) {
        Map<String, Map<String, Object>> found = new LinkedHashMap<>();
        resources().forEach((id, body) -> {
            Map<String, Object> resource = asMap(body, id);
            if (type.equals(resource.get("Type"))) {
                found.put(id, resource);
            }
        });
        return found;
    }

    /** The template's only resource of a type. */
    String onlyResourceOfType(String type) {
        Map<String, Map<String, Object>> found = resourcesOfType(type);
        if (found.size() != 1) {
            throw new AssertionError(fileName + ": expected one " + type + ", found " + found.keySet());
        }
        return found.keySet().iterator().next();
    }

    /** Every mapping anywhere in the template (depth first), for checks that must hold wherever a key appears. */
    List<Map<String, Object>> allMaps() {
        List<Map<String, Object>> maps = new ArrayList<>();
        walk(root, node -> {
            if (node instanceof Map<?, ?> m) {
                maps.add(asMap(m, "node"));
            }
        });
        return maps;
    }

    private static void walk(Object node, Consumer<Object> visitor) {
        visitor.accept(node);
        if (node instanceof Map<?, ?> m) {
            m.values().forEach(v -> walk(v, visitor));
        } else if (node instanceof List<?> l) {
            l.forEach(v -> walk(v, visitor));
        }
    }

    static Map<String, Object> ref(String name) {
        return Map.of("Ref", name);
    }

    static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (value == null) {
            throw new AssertionError("missing key " + key + " in " + parent.keySet());
        }
        return asMap(value, key);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String what) {
        if (!(value instanceof Map)) {
            throw new AssertionError(what + " is not a mapping: " + value);
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof List)) {
            throw new AssertionError(key + " is not a list: " + value);
        }
        return (List<Object>) value;
    }

    @Override
    public String toString() {
        return fileName;
    }
}
