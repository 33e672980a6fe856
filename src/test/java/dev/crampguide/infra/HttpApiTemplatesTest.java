package dev.crampguide.infra;

import static dev.crampguide.infra.SamTemplate.list;
import static dev.crampguide.infra.SamTemplate.map;
import static dev.crampguide.infra.SamTemplate.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What every template that puts the function behind the HTTP API must keep, whatever runtime it deploys. */
class HttpApiTemplatesTest {

    /** The contract's endpoints plus the widget, the demo page at / and its assets, as HTTP API route keys. */
    static final Set<String> ROUTES = Set.of(
            "POST /v1/guidance", "GET /v1/guidance", "GET /v1/guidance/table", "POST /v1/alexa",
            "GET /widget/{proxy+}", "GET /", "GET /demo/{proxy+}", "GET /diary/{proxy+}", "GET /q/health", "GET /q/health/{proxy+}",
            "GET /q/openapi");

    /** Every retention CloudWatch Logs accepts; a parameter offering anything else fails at deploy time. */
    static final List<Integer> CLOUDWATCH_RETENTION_DAYS = List.of(1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365,
            400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653);

    static Stream<SamTemplate> httpApiTemplates() {
        return Stream.of("template.yaml", "template-jvm.yaml", "template-aot.yaml").map(SamTemplate::load);
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void architectureDefaultsToArm64AndAllowsX86(SamTemplate t) {
        Map<String, Object> architecture = t.parameter("Architecture");
        assertEquals("arm64", architecture.get("Default"));
        assertEquals(Set.of("arm64", "x86_64"), Set.copyOf(list(architecture, "AllowedValues")));
        assertEquals(List.of(ref("Architecture")), list(t.properties(function(t)), "Architectures"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void everyContractRouteReachesTheFunctionThroughTheHttpApi(SamTemplate t) {
        String api = t.onlyResourceOfType("AWS::Serverless::HttpApi");
        Set<String> routes = new TreeSet<>();
        map(t.properties(function(t)), "Events").values().forEach(e -> {
            Map<String, Object> event = SamTemplate.asMap(e, "event");
            assertEquals("HttpApi", event.get("Type"), t + ": every event is an HTTP API route");
            Map<String, Object> p = map(event, "Properties");
            assertEquals(ref(api), p.get("ApiId"), t + ": route on the template's own HTTP API");
            assertNull(p.get("PayloadFormatVersion"), t + ": payload 2.0 (the default) is what the function reads");
            routes.add(p.get("Method") + " " + p.get("Path"));
        });
        assertEquals(new TreeSet<>(ROUTES), routes);
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void corsOriginsComeFromTheAllowedOriginsParameterAndNeverFromAWildcard(SamTemplate t) {
        Map<String, Object> origins = t.parameter("AllowedOrigins");
        assertEquals("CommaDelimitedList", origins.get("Type"));
        assertNull(origins.get("Default"), t + ": each deployment names its origins");
        String pattern = (String) origins.get("AllowedPattern");
        assertTrue("https://widget.example.org".matches(pattern));
        assertTrue("http://localhost:5173".matches(pattern));
        assertFalse("*".matches(pattern), t + ": '*' must be refused");
        assertFalse("https://*.example.org".matches(pattern));

        Map<String, Object> cors = map(t.properties(t.onlyResourceOfType("AWS::Serverless::HttpApi")),
                "CorsConfiguration");
        assertEquals(ref("AllowedOrigins"), cors.get("AllowOrigins"));
        assertNotEquals(Boolean.TRUE, cors.get("AllowCredentials"));

        // The application gets the same list (it answers CORS itself when hosted outside API Gateway).
        Map<String, Object> env = map(map(t.properties(function(t)), "Environment"), "Variables");
        assertEquals(Map.of("Fn::Join", List.of(",", ref("AllowedOrigins"))), env.get("QUARKUS_HTTP_CORS_ORIGINS"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void alexaSkillIdsComeFromAParameterThatRefusesAllByDefault(SamTemplate t) {
        Map<String, Object> ids = t.parameter("AlexaSkillIds");
        assertEquals("CommaDelimitedList", ids.get("Type"));
        assertEquals("", ids.get("Default"), t + ": no skill is trusted unless named");
        String pattern = (String) ids.get("AllowedPattern");
        assertTrue("amzn1.ask.skill.0f1e2d3c-aaaa-bbbb-cccc-000011112222".matches(pattern));
        assertFalse("*".matches(pattern));
        Map<String, Object> env = map(map(t.properties(function(t)), "Environment"), "Variables");
        assertEquals(Map.of("Fn::Join", List.of(",", ref("AlexaSkillIds"))), env.get("CRAMP_GUIDE_ALEXA_APPLICATION_IDS"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void stageThrottlingUsesTheParameters(SamTemplate t) {
        Map<String, Object> route = map(t.properties(t.onlyResourceOfType("AWS::Serverless::HttpApi")),
                "DefaultRouteSettings");
        assertEquals(ref("ThrottlingRateLimit"), route.get("ThrottlingRateLimit"));
        assertEquals(ref("ThrottlingBurstLimit"), route.get("ThrottlingBurstLimit"));
        assertEquals("Number", t.parameter("ThrottlingRateLimit").get("Type"));
        assertEquals("Number", t.parameter("ThrottlingBurstLimit").get("Type"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void memoryComesFromItsParameter(SamTemplate t) {
        assertEquals(ref("MemorySize"), t.properties(function(t)).get("MemorySize"));
        assertEquals(128, t.parameter("MemorySize").get("MinValue"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void accessLogsAreJsonWithTheAgreedFieldsAndNothingThatCarriesHealthData(SamTemplate t) {
        Map<String, Object> access = map(t.properties(t.onlyResourceOfType("AWS::Serverless::HttpApi")),
                "AccessLogSettings");
        Map<String, Object> format = AccessLogFormats.parse((String) access.get("Format"));
        assertEquals(Set.of("requestId", "ip", "requestTime", "httpMethod", "routeKey", "status", "protocol",
                "responseLength", "integrationLatency", "integrationError"), format.keySet());
        AccessLogFormats.assertNoBodyOrQuery(t + " access log", format);

        Object destination = access.get("DestinationArn");
        String group = AccessLogFormats.getAttArnOf(destination);
        assertEquals("AWS::Logs::LogGroup", t.resource(group).get("Type"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void everyLogGroupKeepsLogsForTheRetentionParameter(SamTemplate t) {
        LogRetention.assertAllLogGroupsUseTheParameter(t);
        // The function writes to a group this template owns (and so retains), not an unmanaged default one.
        Map<String, Object> logging = map(t.properties(function(t)), "LoggingConfig");
        String group = (String) ((Map<?, ?>) logging.get("LogGroup")).get("Ref");
        assertEquals("AWS::Logs::LogGroup", t.resource(group).get("Type"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void alarmsWatchApi5xxAndLambdaThrottlesAndErrors(SamTemplate t) {
        String api = t.onlyResourceOfType("AWS::Serverless::HttpApi");
        String fn = function(t);
        Set<String> watched = Alarms.watched(t);
        assertTrue(watched.contains("AWS/ApiGateway 5xx ApiId=" + ref(api)), t + ": " + watched);
        assertTrue(watched.contains("AWS/Lambda Throttles FunctionName=" + ref(fn)), t + ": " + watched);
        assertTrue(watched.contains("AWS/Lambda Errors FunctionName=" + ref(fn)), t + ": " + watched);
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void outputsGiveTheApiUrl(SamTemplate t) {
        Map<String, Object> url = map(map(t.root, "Outputs"), "ApiUrl");
        String sub = (String) SamTemplate.asMap(url.get("Value"), "ApiUrl").get("Fn::Sub");
        String api = t.onlyResourceOfType("AWS::Serverless::HttpApi");
        assertTrue(sub.startsWith("https://${" + api + "}.execute-api.${AWS::Region}."), sub);
    }

    /** The Alexa skill must call the CDN when it is on: the API's own URL then refuses requests without its secret. */
    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void outputsGiveTheUrlTheAlexaSkillMustCall(SamTemplate t) throws java.io.IOException {
        Map<String, Object> output = map(map(t.root, "Outputs"), "AlexaEndpointUrl");
        List<Object> choice = list(SamTemplate.asMap(output.get("Value"), "AlexaEndpointUrl"), "Fn::If");
        assertEquals("CdnEnabled", choice.get(0));
        assertEquals("https://${Cdn.DomainName}/v1/alexa", SamTemplate.asMap(choice.get(1), "cdn").get("Fn::Sub"));
        String api = t.onlyResourceOfType("AWS::Serverless::HttpApi");
        assertEquals("https://${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/v1/alexa",
                SamTemplate.asMap(choice.get(2), "api").get("Fn::Sub"));
        assertTrue(java.nio.file.Files.readString(java.nio.file.Path.of("infra/alexa/README.md"))
                .contains("`AlexaEndpointUrl`"), "infra/alexa/README.md tells the skill to use the output");
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void everyDeploymentPublishesAVersionBehindAnAliasForRollback(SamTemplate t) {
        assertEquals("live", t.properties(function(t)).get("AutoPublishAlias"));
    }

    static String function(SamTemplate t) {
        return t.onlyResourceOfType("AWS::Serverless::Function");
    }

    private static void assertNotEquals(Object unexpected, Object actual) {
        org.junit.jupiter.api.Assertions.assertNotEquals(unexpected, actual);
    }

    /** Reads an access log format and names the variables it uses. */
    static final class AccessLogFormats {
        private AccessLogFormats() {
        }

        /** The format is a one-line JSON object of "field":"$context..." pairs; YAML reads JSON. */
        static Map<String, Object> parse(String format) {
            assertNotNull(format, "access log format");
            return CloudFormationYaml.parseMap(format);
        }

        static void assertNoBodyOrQuery(String what, Map<String, Object> format) {
            String variables = format.values().stream().map(String::valueOf).collect(Collectors.joining(" "))
                    .toLowerCase();
            for (String forbidden : List.of("body", "querystring", "header", "$input", "requestoverride",
                    "$context.path", "rawpath")) {
                assertFalse(variables.contains(forbidden), what + " must not log " + forbidden + ": " + variables);
            }
            format.values().forEach(v -> assertTrue(String.valueOf(v).startsWith("$context."),
                    what + ": only $context variables, got " + v));
        }

        static String getAttArnOf(Object value) {
            List<?> getAtt = (List<?>) SamTemplate.asMap(value, "DestinationArn").get("Fn::GetAtt");
            assertEquals("Arn", getAtt.get(1));
            return (String) getAtt.get(0);
        }
    }

    /** Log retention checks shared with the REST API template test. */
    static final class LogRetention {
        private LogRetention() {
        }

        static void assertAllLogGroupsUseTheParameter(SamTemplate t) {
            Map<String, Object> retention = t.parameter("LogRetentionDays");
            assertEquals(CLOUDWATCH_RETENTION_DAYS, list(retention, "AllowedValues"));
            assertTrue(CLOUDWATCH_RETENTION_DAYS.contains(retention.get("Default")));
            Map<String, Map<String, Object>> groups = t.resourcesOfType("AWS::Logs::LogGroup");
            assertTrue(groups.size() >= 2, t + ": function and access log groups");
            groups.forEach((id, group) -> assertEquals(ref("LogRetentionDays"),
                    map(group, "Properties").get("RetentionInDays"), t + ": " + id));
        }
    }

    /** Alarm descriptions as "namespace metric dimension=value ...". */
    static final class Alarms {
        private Alarms() {
        }

        static Set<String> watched(SamTemplate t) {
            return t.resourcesOfType("AWS::CloudWatch::Alarm").values().stream().map(alarm -> {
                Map<String, Object> p = map(alarm, "Properties");
                String dims = list(p, "Dimensions").stream()
                        .map(d -> SamTemplate.asMap(d, "dimension"))
                        .map(d -> d.get("Name") + "=" + d.get("Value"))
                        .collect(Collectors.joining(" "));
                return p.get("Namespace") + " " + p.get("MetricName") + " " + dims;
            }).collect(Collectors.toSet());
        }
    }
}
