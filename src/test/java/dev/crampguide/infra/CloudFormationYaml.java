package dev.crampguide.infra;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads CloudFormation/SAM YAML. The short-form intrinsic tags ({@code !Ref}, {@code !Sub}, {@code !GetAtt}, ...)
 * become the long form CloudFormation itself uses ({@code {"Ref": ...}}, {@code {"Fn::Sub": ...}}), so tests can
 * assert on one shape whichever form a template author chose.
 */
final class CloudFormationYaml {

    /** Short tag name to long-form key. */
    private static final Map<String, String> INTRINSICS = new LinkedHashMap<>();

    static {
        INTRINSICS.put("Ref", "Ref");
        INTRINSICS.put("Condition", "Condition");
        for (String fn : List.of("Sub", "GetAtt", "If", "Equals", "Split", "Join", "Select", "FindInMap", "Not",
                "And", "Or", "ImportValue", "Base64", "Cidr", "GetAZs", "Transform", "Length", "ToJsonString")) {
            INTRINSICS.put(fn, "Fn::" + fn);
        }
    }

    private CloudFormationYaml() {
    }

    static Object parse(String yaml) {
        LoaderOptions options = new LoaderOptions();
        // A duplicated key silently wins in most YAML readers; CloudFormation rejects it, so do we.
        options.setAllowDuplicateKeys(false);
        return new Yaml(new IntrinsicConstructor(options)).load(yaml);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseMap(String yaml) {
        Object parsed = parse(yaml);
        if (!(parsed instanceof Map)) {
            throw new IllegalArgumentException("not a YAML mapping");
        }
        return (Map<String, Object>) parsed;
    }

    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor(LoaderOptions options) {
            super(options);
            INTRINSICS.forEach((tag, key) -> yamlConstructors.put(new Tag("!" + tag), new Intrinsic(key)));
        }

        private final class Intrinsic extends AbstractConstruct {
            private final String key;

            Intrinsic(String key) {
                this.key = key;
            }

            @Override
            public Object construct(Node node) {
                Object value;
                if (node instanceof ScalarNode scalar) {
                    String text = constructScalar(scalar);
                    // "!GetAtt Resource.Attribute" is the scalar spelling of ["Resource", "Attribute"].
                    value = key.equals("Fn::GetAtt") ? getAttList(text) : text;
                } else if (node instanceof SequenceNode sequence) {
                    value = new ArrayList<>(constructSequence(sequence));
                } else if (node instanceof MappingNode mapping) {
                    value = new LinkedHashMap<>(constructMapping(mapping));
                } else {
                    throw new IllegalArgumentException("unsupported node for !" + key + ": " + node);
                }
                Map<String, Object> longForm = new LinkedHashMap<>();
                longForm.put(key, value);
                return longForm;
            }
        }

        private static List<String> getAttList(String text) {
            int dot = text.indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("!GetAtt needs Resource.Attribute, got " + text);
            }
            return Arrays.asList(text.substring(0, dot), text.substring(dot + 1));
        }
    }
}
