package dev.crampguide.tablefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Reference;
import dev.crampguide.table.TableDefinition;
import dev.crampguide.table.TableDefinition.OptionDefinition;
import dev.crampguide.table.TableDefinition.QuestionDefinition;
import dev.crampguide.table.TableDefinition.AdviceAfterDefinition;
import dev.crampguide.table.TableDefinition.CareLevelRuleDefinition;
import dev.crampguide.table.TableDefinition.ComfortDefinition;
import dev.crampguide.table.TableDefinition.DiaryThresholdDefinition;
import dev.crampguide.table.TableDefinition.FacetDefinition;
import dev.crampguide.table.TableDefinition.RowDefinition;
import dev.crampguide.table.TableDefinition.TagDefinition;
import dev.crampguide.table.TableException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the guidance table's JSON file into a checked {@link GuidanceTable}. Uses Jackson's tree model only,
 * so nothing here needs reflection in a native image.
 */
public final class TableFile {

    /** The bundled table, a classpath resource (listed for the native build in application.properties). */
    public static final String RESOURCE = "guidance/guidance-table.json";

    private TableFile() {
    }

    /**
     * Written by the build (TableProof) beside the table: the fingerprint of the table source it proved. The
     * function skips the proofs only for exactly that source.
     */
    public static final String PROOF = "guidance/guidance-table.proved";

    /** The bundled table, checked; proved here unless the build proved these exact bytes. */
    public static GuidanceTable loadBundled() {
        byte[] json = bundled(RESOURCE);
        byte[] proof = bundled(PROOF);
        if (json == null || proof == null) {
            return proveBundled();
        }
        boolean proved = new String(proof, StandardCharsets.US_ASCII).strip().equals(fingerprint(json));
        return proved ? parseProved(json) : parse(json);
    }

    /** The bundled table's source, or null when it is not on the class path. */
    static byte[] bundled(String resource) {
        try (InputStream in = TableFile.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bundled table, checked and proved whatever the build recorded (the build's own proof, and tests). */
    public static GuidanceTable proveBundled() {
        byte[] json = bundled(RESOURCE);
        if (json == null) {
            throw TableException.unreadable("resource " + RESOURCE + " is not on the classpath");
        }
        return parse(json);
    }

    /** Parses, checks and proves a table; its version gets a digest of these exact bytes. */
    public static GuidanceTable parse(byte[] json) {
        return parse(json, false);
    }

    /** Parses and checks a table without the proofs: only for the source the build proved (see {@link #PROOF}). */
    public static GuidanceTable parseProved(byte[] json) {
        return parse(json, true);
    }

    private static GuidanceTable parse(byte[] json, boolean proved) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw TableException.unreadable("not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Reference> references = new ArrayList<>();
        root.path("references").forEach(r -> references.add(
                new Reference(text(r, "id"), text(r, "title"), text(r, "url"), text(r, "doi"))));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        root.path("factGroups").properties().forEach(e -> groups.put(e.getKey(), strings(e.getValue())));
        Map<String, String> gates = new LinkedHashMap<>();
        root.path("sectionGates").properties().forEach(e -> gates.put(e.getKey(), e.getValue().asText()));
        Map<String, String> messages = new LinkedHashMap<>();
        root.path("messages").properties().forEach(e -> messages.put(e.getKey(), e.getValue().asText()));
        Map<String, TagDefinition> tags = new LinkedHashMap<>();
        root.path("tags").properties().forEach(e -> tags.put(e.getKey(), new TagDefinition(text(e.getValue(), "means"),
                strings(e.getValue().path("words")), strings(e.getValue().path("requiredIn")),
                text(e.getValue(), "unlessTagged"), e.getValue().path("comfort").asBoolean(false))));
        List<CareLevelRuleDefinition> careLevelRules = new ArrayList<>();
        root.path("careLevelRules").forEach(r -> careLevelRules.add(new CareLevelRuleDefinition(text(r, "from"),
                strings(r.path("drop")), strings(r.path("keepOnly")))));
        Map<String, FacetDefinition> facets = new LinkedHashMap<>();
        root.path("facets").properties().forEach(e -> facets.put(e.getKey(), new FacetDefinition(
                text(e.getValue(), "means"), texts(e.getValue().path("values")), pairs(e.getValue().path("agree")),
                strings(e.getValue().path("words")),
                strings(e.getValue().path("requiredIn")))));
        Map<String, List<String>> timeframes = new LinkedHashMap<>();
        root.path("timeframes").properties().forEach(e -> timeframes.put(e.getKey(), strings(e.getValue())));
        Map<String, List<String>> publishers = new LinkedHashMap<>();
        root.path("publishers").properties().forEach(e -> publishers.put(e.getKey(), strings(e.getValue())));
        List<RowDefinition> rows = new ArrayList<>();
        for (JsonNode r : root.path("rows")) {
            JsonNode comfort = r.get("comfort");
            rows.add(new RowDefinition(text(r, "id"), text(r, "section"), strings(r.path("when")),
                    r.path("rank").asInt(), text(r, "careLevel"), text(r, "title"), text(r, "text"),
                    text(r, "spoken"), strings(r.path("references")), strings(r.path("tags")),
                    texts(r.path("facets")),
                    comfort == null ? null : new ComfortDefinition(strings(comfort.path("keep")),
                            text(comfort, "why"), strings(comfort.path("references"))),
                    strings(r.path("givesWayTo"))));
        }
        JsonNode after = root.get("adviceAfter");
        AdviceAfterDefinition adviceAfter = after == null ? null
                : new AdviceAfterDefinition(text(after, "question"), strings(after.path("keepOnly")));
        TableDefinition definition = new TableDefinition(text(root, "version"), text(root, "disclaimer"),
                references, groups, gates, messages, tags, careLevelRules, facets, timeframes, publishers, adviceAfter,
                rows,
                questions(root.path("questions")), diary(root.path("diary")));
        String fingerprint = fingerprint(json);
        return proved
                ? GuidanceTable.compileProved(definition, fingerprint, ContractIds.REQUIREMENTS)
                : GuidanceTable.compile(definition, fingerprint, ContractIds.REQUIREMENTS);
    }

    private static List<QuestionDefinition> questions(JsonNode all) {
        List<QuestionDefinition> questions = new ArrayList<>();
        for (JsonNode q : all) {
            List<OptionDefinition> options = new ArrayList<>();
            q.path("options").forEach(o -> options.add(new OptionDefinition(text(o, "value"),
                    o.path("value").isBoolean(), text(o, "label"), text(o, "field"))));
            questions.add(new QuestionDefinition(text(q, "id"), text(q, "text"), text(q, "spoken"), text(q, "why"),
                    text(q, "topic"), text(q, "kind"),
                    text(q, "field"), q.path("screening").asBoolean(false), strings(q.path("ask")),
                    number(q, "min"), number(q, "max"), options));
        }
        return questions;
    }

    private static List<DiaryThresholdDefinition> diary(JsonNode all) {
        List<DiaryThresholdDefinition> thresholds = new ArrayList<>();
        for (JsonNode t : all) {
            thresholds.add(new DiaryThresholdDefinition(text(t, "id"), text(t, "sets"), t.path("cramps").asInt(),
                    t.path("days").asInt(), number(t, "risePercent"), text(t, "why"), strings(t.path("references"))));
        }
        return thresholds;
    }

    private static Integer number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || !value.canConvertToInt() ? null : value.asInt();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A list of lists of strings. */
    private static List<List<String>> pairs(JsonNode node) {
        List<List<String>> pairs = new ArrayList<>();
        node.forEach(pair -> pairs.add(strings(pair)));
        return pairs;
    }

    /** An object of strings, in file order. */
    private static Map<String, String> texts(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    /** A list of strings; a single string is read as a one-element list. */
    private static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        if (node.isTextual()) {
            values.add(node.asText());
        } else {
            node.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    static String fingerprint(byte[] json) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json);
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
