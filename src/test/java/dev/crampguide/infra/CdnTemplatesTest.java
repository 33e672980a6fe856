package dev.crampguide.infra;

import static dev.crampguide.infra.HttpApiTemplatesTest.function;
import static dev.crampguide.infra.SamTemplate.asMap;
import static dev.crampguide.infra.SamTemplate.list;
import static dev.crampguide.infra.SamTemplate.map;
import static dev.crampguide.infra.SamTemplate.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crampguide.origin.OriginSecretFilter;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The CloudFront distribution of the HTTP API templates, read the way CloudFront applies it: the first cache
 * behavior whose path pattern matches the request path decides, else the default one.
 */
class CdnTemplatesTest {

    /** Managed cache policy "CachingDisabled". */
    static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    static final String ORIGIN_SECRET_ENV = "CRAMP_GUIDE_ORIGIN_SECRET";
    static final long ONE_YEAR = 31_536_000;

    static Stream<SamTemplate> httpApiTemplates() {
        return HttpApiTemplatesTest.httpApiTemplates();
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void theCdnIsOnByDefaultAndEveryCdnResourceFollowsTheParameter(SamTemplate t) {
        Map<String, Object> enable = t.parameter("EnableCdn");
        assertEquals("true", enable.get("Default"));
        assertEquals(List.of("true", "false"), list(enable, "AllowedValues"));
        assertEquals(Map.of("Fn::Equals", List.of(ref("EnableCdn"), "true")), map(t.root, "Conditions").get("CdnEnabled"));
        for (String type : List.of("AWS::CloudFront::Distribution", "AWS::CloudFront::CachePolicy",
                "AWS::CloudFront::OriginRequestPolicy", "AWS::SecretsManager::Secret")) {
            Map<String, Map<String, Object>> found = t.resourcesOfType(type);
            assertFalse(found.isEmpty(), t + ": " + type);
            found.forEach((id, r) -> assertEquals("CdnEnabled", r.get("Condition"), t + ": " + id));
        }
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void theOnlyOriginIsTheHttpApiOverHttpsWithTheSecretTheFunctionChecks(SamTemplate t) {
        Map<String, Object> origin = asMap(list(config(t), "Origins").get(0), "origin");
        assertEquals(1, list(config(t), "Origins").size());
        String api = t.onlyResourceOfType("AWS::Serverless::HttpApi");
        assertEquals(Map.of("Fn::Sub", "${" + api + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"),
                origin.get("DomainName"));
        assertEquals("https-only", map(origin, "CustomOriginConfig").get("OriginProtocolPolicy"));

        Map<String, Object> header = asMap(list(origin, "OriginCustomHeaders").get(0), "header");
        assertEquals(OriginSecretFilter.DEFAULT_HEADER, header.get("HeaderName"));
        String secret = t.onlyResourceOfType("AWS::SecretsManager::Secret");
        Object secretValue = Map.of("Fn::Sub", "{{resolve:secretsmanager:${" + secret + "}:SecretString}}");
        assertEquals(secretValue, header.get("HeaderValue"));
        // The function gets the same value, and only while the CDN exists (else nothing would reach it).
        Map<String, Object> env = map(map(t.properties(function(t)), "Environment"), "Variables");
        assertEquals(Map.of("Fn::If", List.of("CdnEnabled", secretValue, ref("AWS::NoValue"))),
                env.get(ORIGIN_SECRET_ENV));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void guidanceAndTableAreCachedByQueryStringAndOriginForTheOriginsMaxAge(SamTemplate t) throws IOException {
        for (String path : List.of("/v1/guidance", "/v1/guidance/table")) {
            Map<String, Object> b = behaviorFor(t, path);
            assertCachedForGetAndHeadOnly(t, b, path);
            Map<String, Object> policy = cachePolicy(t, b);
            Map<String, Object> key = map(policy, "ParametersInCacheKeyAndForwardedToOrigin");
            assertEquals("all", map(key, "QueryStringsConfig").get("QueryStringBehavior"), path);
            assertEquals("none", map(key, "CookiesConfig").get("CookieBehavior"), path);
            // Origin only: API Gateway's CORS answer names the calling origin, so pages on two sites share nothing.
            assertEquals(List.of("Origin"), list(map(key, "HeadersConfig"), "Headers"), path);
            // The origin's Cache-Control decides: nothing is kept without it (no-store answers, errors) ...
            assertEquals(0, policy.get("MinTTL"), path);
            assertEquals(0, policy.get("DefaultTTL"), path);
            // ... and the service's max-age is never cut short.
            assertTrue(((Number) policy.get("MaxTTL")).longValue() >= serviceMaxAgeSeconds(), path);
        }
        // POST /v1/guidance shares the path: it must be forwarded with its body type, and is never cached.
        Map<String, Object> guidance = behaviorFor(t, "/v1/guidance");
        assertTrue(list(guidance, "AllowedMethods").contains("POST"));
        assertTrue(list(originRequestPolicy(t, guidance), "Headers").contains("Content-Type"));
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void theVersionedWidgetIsCachedForAYear(SamTemplate t) {
        Map<String, Object> b = behaviorFor(t, "/widget/3f9a1c0d/cramp-guide.js");
        assertCachedForGetAndHeadOnly(t, b, "widget");
        // WidgetResource sends max-age=31536000 on versioned URLs (300 on the redirect); the CDN keeps what it says.
        assertTrue(((Number) cachePolicy(t, b).get("MaxTTL")).longValue() >= ONE_YEAR);
        assertEquals(behaviorFor(t, "/widget/latest/cramp-guide.js"), b, "the redirect follows the origin's 5 minutes");
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void alexaAndEverythingElsePassThroughUncachedWithTheViewersHeaders(SamTemplate t) {
        for (String path : List.of("/v1/alexa", "/", "/demo/style.css", "/q/health", "/q/health/ready", "/q/openapi")) {
            Map<String, Object> b = behaviorFor(t, path);
            assertEquals(CACHING_DISABLED, b.get("CachePolicyId"), path);
            assertEquals(Set.of("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"),
                    Set.copyOf(list(b, "AllowedMethods")), path);
            // The Alexa signature headers must arrive; Host must not (API Gateway routes by its own host name).
            Map<String, Object> headers = originRequestPolicy(t, b);
            assertEquals("allExcept", headers.get("HeaderBehavior"), path);
            assertEquals(List.of("Host"), list(headers, "Headers"), path);
        }
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void corsPreflightsReachApiGatewayWithTheirHeaders(SamTemplate t) {
        for (String path : List.of("/v1/guidance", "/v1/guidance/table", "/widget/x/cramp-guide.js")) {
            Map<String, Object> b = behaviorFor(t, path);
            assertTrue(list(b, "AllowedMethods").contains("OPTIONS"), path);
            assertFalse(list(b, "CachedMethods").contains("OPTIONS"), path + ": preflights are answered, not cached");
            List<Object> forwarded = list(originRequestPolicy(t, b), "Headers");
            assertTrue(forwarded.containsAll(List.of("Access-Control-Request-Method", "Access-Control-Request-Headers")),
                    path + " forwards " + forwarded);
        }
    }

    @ParameterizedTest
    @MethodSource("httpApiTemplates")
    void viewersUseHttpsAndTheOutputsNameTheCdnHost(SamTemplate t) {
        Stream.concat(Stream.of(map(config(t), "DefaultCacheBehavior")),
                list(config(t), "CacheBehaviors").stream().map(b -> asMap(b, "behavior")))
                .forEach(b -> assertEquals("redirect-to-https", b.get("ViewerProtocolPolicy"), String.valueOf(b)));
        Map<String, Object> host = map(map(t.root, "Outputs"), "CdnHost");
        assertEquals("CdnEnabled", host.get("Condition"));
        assertEquals(Map.of("Fn::GetAtt", List.of(distribution(t), "DomainName")), host.get("Value"));
    }

    private static void assertCachedForGetAndHeadOnly(SamTemplate t, Map<String, Object> b, String what) {
        assertEquals(List.of("GET", "HEAD"), list(b, "CachedMethods"), what);
        assertEquals(true, b.get("Compress"), what);
        assertFalse(CACHING_DISABLED.equals(b.get("CachePolicyId")), what + " is cached");
        assertEquals("AWS::CloudFront::CachePolicy", t.resource(refId(b.get("CachePolicyId"))).get("Type"), what);
    }

    /** The cache behavior CloudFront applies to a request path. */
    static Map<String, Object> behaviorFor(SamTemplate t, String path) {
        for (Object o : list(config(t), "CacheBehaviors")) {
            Map<String, Object> b = asMap(o, "behavior");
            if (glob((String) b.get("PathPattern")).matcher(path).matches()) {
                return b;
            }
        }
        return map(config(t), "DefaultCacheBehavior");
    }

    /** CloudFront path patterns: '*' any characters, '?' one, case-sensitive, leading '/' optional. */
    static Pattern glob(String pattern) {
        String p = pattern.startsWith("/") ? pattern : "/" + pattern;
        StringBuilder regex = new StringBuilder();
        for (char c : p.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        return Pattern.compile(regex.toString());
    }

    private static String distribution(SamTemplate t) {
        return t.onlyResourceOfType("AWS::CloudFront::Distribution");
    }

    private static Map<String, Object> config(SamTemplate t) {
        return map(t.properties(distribution(t)), "DistributionConfig");
    }

    private static Map<String, Object> cachePolicy(SamTemplate t, Map<String, Object> behavior) {
        return map(t.properties(refId(behavior.get("CachePolicyId"))), "CachePolicyConfig");
    }

    /** The headers part of the behavior's origin request policy. */
    private static Map<String, Object> originRequestPolicy(SamTemplate t, Map<String, Object> behavior) {
        Map<String, Object> policy = t.resource(refId(behavior.get("OriginRequestPolicyId")));
        assertEquals("AWS::CloudFront::OriginRequestPolicy", policy.get("Type"));
        return map(map(map(policy, "Properties"), "OriginRequestPolicyConfig"), "HeadersConfig");
    }

    private static String refId(Object value) {
        return (String) asMap(value, "Ref").get("Ref");
    }

    /** cramp-guide.cache.max-age, the max-age of GET /v1/guidance and the table. */
    private static long serviceMaxAgeSeconds() throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(Path.of("src/main/resources/application.properties"))));
        return Long.parseLong(p.getProperty("cramp-guide.cache.max-age"));
    }
}
