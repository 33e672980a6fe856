package dev.crampguide.infra;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Least privilege across every template: no wildcard actions, no NotAction, nothing SAM would widen. */
class IamPolicyTest {

    static Stream<SamTemplate> allTemplates() {
        return Stream.of("template.yaml", "template-jvm.yaml", "template-aot.yaml", "template-rest-api.yaml")
                .map(SamTemplate::load);
    }

    @ParameterizedTest
    @MethodSource("allTemplates")
    void noStatementGrantsAWildcardAction(SamTemplate t) {
        List<String> actions = new ArrayList<>();
        for (Map<String, Object> node : t.allMaps()) {
            assertFalse(node.containsKey("NotAction"), t + ": NotAction grants everything else");
            Object action = node.get("Action");
            if (action instanceof String single) {
                actions.add(single);
            } else if (action instanceof List<?> many) {
                many.forEach(a -> actions.add(String.valueOf(a)));
            } else if (action != null) {
                throw new AssertionError(t + ": Action must be literal strings, got " + action);
            }
        }
        assertFalse(actions.isEmpty(), t + ": the function role's statements were found");
        for (String action : actions) {
            assertFalse(action.contains("*"), t + ": wildcard action " + action);
            assertTrue(action.matches("[a-z0-9-]+:[A-Za-z0-9]+"), t + ": service:Action form, got " + action);
        }
    }

    @ParameterizedTest
    @MethodSource("allTemplates")
    void functionsUseTheTemplatesOwnRoleRatherThanSamPolicyTemplates(SamTemplate t) {
        t.resourcesOfType("AWS::Serverless::Function").values().forEach(f -> {
            Map<String, Object> p = SamTemplate.map(f, "Properties");
            assertFalse(p.containsKey("Policies"), t + ": SAM policy templates hide their actions");
            assertTrue(p.get("Role") instanceof Map, t + ": explicit role");
        });
    }
}
