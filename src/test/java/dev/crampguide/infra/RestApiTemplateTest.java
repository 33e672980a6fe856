package dev.crampguide.infra;

import static dev.crampguide.infra.HttpApiTemplatesTest.function;
import static dev.crampguide.infra.SamTemplate.list;
import static dev.crampguide.infra.SamTemplate.map;
import static dev.crampguide.infra.SamTemplate.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** The metered variant: REST API, API keys, usage plan; same guards on logs, throttling and alarms. */
class RestApiTemplateTest {

    final SamTemplate t = SamTemplate.load("template-rest-api.yaml");
    final String api = t.onlyResourceOfType("AWS::Serverless::Api");

    @Test
    void everyMethodNeedsAnApiKeyFromTheUsagePlan() {
        Map<String, Object> auth = map(t.properties(api), "Auth");
        assertEquals(Boolean.TRUE, auth.get("ApiKeyRequired"));
        Map<String, Object> plan = map(auth, "UsagePlan");
        assertEquals("PER_API", plan.get("CreateUsagePlan"));
        assertEquals(Map.of("Limit", ref("UsagePlanQuotaLimit"), "Period", ref("UsagePlanQuotaPeriod")),
                plan.get("Quota"));
        assertEquals(Map.of("RateLimit", ref("UsagePlanRateLimit"), "BurstLimit", ref("UsagePlanBurstLimit")),
                plan.get("Throttle"));
    }

    @Test
    void theApiCustomersPayForIsRoutedWithPayload10Events() {
        Set<String> routes = new TreeSet<>();
        map(t.properties(function(t)), "Events").values().forEach(e -> {
            Map<String, Object> event = SamTemplate.asMap(e, "event");
            assertEquals("Api", event.get("Type"), "REST API events (payload 1.0)");
            Map<String, Object> p = map(event, "Properties");
            assertEquals(ref(api), p.get("RestApiId"));
            routes.add(p.get("Method") + " " + p.get("Path"));
        });
        assertEquals(new TreeSet<>(Set.of("POST /v1/guidance", "GET /v1/guidance", "GET /v1/guidance/table",
                "GET /q/health", "GET /q/openapi")), routes);
    }

    @Test
    void stageThrottlingUsesTheParametersAndExecutionLogsStayOff() {
        List<Object> settings = list(t.properties(api), "MethodSettings");
        assertEquals(1, settings.size());
        Map<String, Object> all = SamTemplate.asMap(settings.get(0), "MethodSettings");
        assertEquals("/*", all.get("ResourcePath"));
        assertEquals("*", all.get("HttpMethod"));
        assertEquals(ref("ThrottlingRateLimit"), all.get("ThrottlingRateLimit"));
        assertEquals(ref("ThrottlingBurstLimit"), all.get("ThrottlingBurstLimit"));
        // Data traces copy request bodies (health data) into CloudWatch.
        assertEquals(Boolean.FALSE, all.get("DataTraceEnabled"));
        assertEquals("OFF", all.get("LoggingLevel"));
    }

    @Test
    void accessLogsNeverCarryBodiesOrQueries() {
        Map<String, Object> access = map(t.properties(api), "AccessLogSetting");
        Map<String, Object> format = HttpApiTemplatesTest.AccessLogFormats.parse((String) access.get("Format"));
        assertTrue(format.keySet().containsAll(Set.of("requestId", "ip", "requestTime", "httpMethod", "routeKey",
                "status", "protocol", "responseLength", "integrationLatency", "integrationError")));
        HttpApiTemplatesTest.AccessLogFormats.assertNoBodyOrQuery("REST access log", format);
        String group = HttpApiTemplatesTest.AccessLogFormats.getAttArnOf(access.get("DestinationArn"));
        assertEquals("AWS::Logs::LogGroup", t.resource(group).get("Type"));
    }

    @Test
    void runtimeArchitectureRetentionAndCorsFollowTheParameters() {
        Map<String, Object> fn = t.properties(function(t));
        assertEquals(List.of(ref("Architecture")), fn.get("Architectures"));
        assertEquals("arm64", t.parameter("Architecture").get("Default"));
        assertEquals(ref("MemorySize"), fn.get("MemorySize"));
        HttpApiTemplatesTest.LogRetention.assertAllLogGroupsUseTheParameter(t);
        assertEquals(Map.of("Fn::Join", List.of(",", ref("AllowedOrigins"))),
                map(map(fn, "Environment"), "Variables").get("QUARKUS_HTTP_CORS_ORIGINS"));
        assertFalse(t.parameter("AllowedOrigins").containsKey("Default"));
    }

    @Test
    void alarmsWatchRest5xxAndLambdaThrottlesAndErrors() {
        Set<String> watched = HttpApiTemplatesTest.Alarms.watched(t);
        String fn = function(t);
        assertTrue(watched.stream().anyMatch(w -> w.startsWith("AWS/ApiGateway 5XXError ApiName=")), watched.toString());
        assertTrue(watched.contains("AWS/Lambda Throttles FunctionName=" + ref(fn)), watched.toString());
        assertTrue(watched.contains("AWS/Lambda Errors FunctionName=" + ref(fn)), watched.toString());
        // The alarm's ApiName dimension is the name the API is created with, or it watches nothing.
        Map<String, Object> alarm = t.resourcesOfType("AWS::CloudWatch::Alarm").values().stream()
                .map(a -> map(a, "Properties")).filter(p -> "5XXError".equals(p.get("MetricName")))
                .findFirst().orElseThrow();
        Object apiName = list(alarm, "Dimensions").stream().map(d -> SamTemplate.asMap(d, "dimension"))
                .filter(d -> "ApiName".equals(d.get("Name"))).findFirst().orElseThrow().get("Value");
        assertEquals(t.properties(api).get("Name"), apiName);
    }
}
