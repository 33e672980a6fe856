package dev.crampguide.lambda;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The events API Gateway sends to a Lambda integration: HTTP API payload format 2.0 and REST API (or HTTP API)
 * payload format 1.0, and the proxy response both formats expect back.
 */
public final class ApiGatewayEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** An HTTP request as the client sent it to API Gateway. */
    public record Request(String method, String path, String rawQuery, Map<String, String> headers, String body) {
        public static Request get(String path, String rawQuery) {
            return new Request("GET", path, rawQuery, Map.of("accept", "application/json"), null);
        }

        public static Request postJson(String path, String body) {
            return new Request("POST", path, "", Map.of("content-type", "application/json", "accept", "application/json"), body);
        }

        public Request withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name.toLowerCase(Locale.ROOT), value);
            return new Request(method, path, rawQuery, h, body);
        }
    }

    /** What API Gateway turns the function's proxy response into. */
    public record Response(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("body is not JSON: " + body, e);
            }
        }
    }

    /** Which event format the API Gateway integration sends. */
    public enum Format { V2_HTTP_API, V1_REST_API }

    private ApiGatewayEvents() {
    }

    public static String event(Format format, Request request) {
        return (format == Format.V2_HTTP_API ? v2(request) : v1(request)).toString();
    }

    /** HTTP API, payload format 2.0 (route $default, stage $default). */
    static ObjectNode v2(Request r) {
        ObjectNode e = JSON.createObjectNode();
        e.put("version", "2.0");
        e.put("routeKey", "$default");
        e.put("rawPath", r.path());
        e.put("rawQueryString", r.rawQuery() == null ? "" : r.rawQuery());
        ObjectNode headers = e.putObject("headers");
        headers.put("host", "abc123.execute-api.eu-west-1.amazonaws.com");
        headers.put("user-agent", "runtime-api-it");
        headers.put("x-forwarded-proto", "https");
        r.headers().forEach(headers::put);
        if (r.rawQuery() != null && !r.rawQuery().isEmpty()) {
            ObjectNode qs = e.putObject("queryStringParameters");
            // API Gateway joins repeated keys with commas in this map.
            parseQuery(r.rawQuery()).forEach(qs::put);
        }
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012");
        ctx.put("apiId", "abc123");
        ctx.put("domainName", "abc123.execute-api.eu-west-1.amazonaws.com");
        ctx.put("domainPrefix", "abc123");
        ObjectNode http = ctx.putObject("http");
        http.put("method", r.method());
        http.put("path", r.path());
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "192.0.2.10");
        http.put("userAgent", "runtime-api-it");
        ctx.put("requestId", UUID.randomUUID().toString());
        ctx.put("routeKey", "$default");
        ctx.put("stage", "$default");
        ctx.put("time", Instant.now().toString());
        ctx.put("timeEpoch", System.currentTimeMillis());
        if (r.body() != null) {
            e.put("body", r.body());
        }
        e.put("isBase64Encoded", false);
        return e;
    }

    /** REST API proxy integration ({proxy+} resource, stage "prod"), payload format 1.0. */
    static ObjectNode v1(Request r) {
        ObjectNode e = JSON.createObjectNode();
        e.put("resource", "/{proxy+}");
        e.put("path", r.path());
        e.put("httpMethod", r.method());
        ObjectNode headers = e.putObject("headers");
        ObjectNode multiHeaders = e.putObject("multiValueHeaders");
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "abc123.execute-api.eu-west-1.amazonaws.com");
        all.put("User-Agent", "runtime-api-it");
        all.put("X-Forwarded-Proto", "https");
        r.headers().forEach(all::put);
        all.forEach((k, v) -> {
            headers.put(k, v);
            multiHeaders.putArray(k).add(v);
        });
        if (r.rawQuery() != null && !r.rawQuery().isEmpty()) {
            ObjectNode qs = e.putObject("queryStringParameters");
            ObjectNode mqs = e.putObject("multiValueQueryStringParameters");
            parseQuery(r.rawQuery()).forEach((k, v) -> {
                qs.put(k, v);
                mqs.putArray(k).add(v);
            });
        } else {
            e.putNull("queryStringParameters");
            e.putNull("multiValueQueryStringParameters");
        }
        e.putObject("pathParameters").put("proxy", r.path().substring(1));
        e.putNull("stageVariables");
        ObjectNode ctx = e.putObject("requestContext");
        ctx.put("accountId", "123456789012");
        ctx.put("apiId", "abc123");
        ctx.put("resourceId", "res123");
        ctx.put("resourcePath", "/{proxy+}");
        ctx.put("httpMethod", r.method());
        ctx.put("path", "/prod" + r.path());
        ctx.put("protocol", "HTTP/1.1");
        ctx.put("stage", "prod");
        ctx.put("requestId", UUID.randomUUID().toString());
        ctx.put("requestTimeEpoch", System.currentTimeMillis());
        ObjectNode identity = ctx.putObject("identity");
        identity.put("sourceIp", "192.0.2.10");
        identity.put("userAgent", "runtime-api-it");
        identity.put("apiKey", "test-key-not-secret");
        if (r.body() != null) {
            e.put("body", r.body());
        } else {
            e.putNull("body");
        }
        e.put("isBase64Encoded", false);
        return e;
    }

    /** Reads the proxy response object the function returned (same shape for 1.0 and 2.0). */
    public static Response response(String lambdaResponse) {
        try {
            JsonNode n = JSON.readTree(lambdaResponse);
            if (!n.has("statusCode")) {
                throw new AssertionError("not a proxy response: " + lambdaResponse);
            }
            Map<String, String> headers = new LinkedHashMap<>();
            JsonNode multi = n.path("multiValueHeaders");
            for (Iterator<Map.Entry<String, JsonNode>> it = multi.properties().iterator(); it.hasNext(); ) {
                var f = it.next();
                ArrayNode values = (ArrayNode) f.getValue();
                if (!values.isEmpty()) {
                    headers.put(f.getKey().toLowerCase(Locale.ROOT), values.get(0).asText());
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = n.path("headers").properties().iterator(); it.hasNext(); ) {
                var f = it.next();
                headers.put(f.getKey().toLowerCase(Locale.ROOT), f.getValue().asText());
            }
            String body = n.path("body").isNull() ? "" : n.path("body").asText("");
            if (n.path("isBase64Encoded").asBoolean(false)) {
                body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
            }
            return new Response(n.get("statusCode").asInt(), headers, body);
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            throw new AssertionError("function response is not JSON: " + lambdaResponse, e);
        }
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.merge(k, v, (a, b) -> a + "," + b);
        }
        return out;
    }
}
