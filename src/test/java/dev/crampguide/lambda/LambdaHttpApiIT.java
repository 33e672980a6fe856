package dev.crampguide.lambda;

import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import dev.crampguide.origin.OriginSecretFilter;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Default build (quarkus-amazon-lambda-http) behind an API Gateway HTTP API: payload 2.0 events. Deployed as the
 * HTTP API templates do with their CDN on: the function knows the CDN's origin secret and every request of the
 * inherited tests carries it, as CloudFront adds it.
 */
@Tag("http-api")
class LambdaHttpApiIT extends RuntimeApiFunctionIT {

    /** Header and environment variable the templates' CloudFront distribution and function share. */
    static final String ORIGIN_HEADER = OriginSecretFilter.DEFAULT_HEADER;
    static final String ORIGIN_SECRET_ENV = "CRAMP_GUIDE_ORIGIN_SECRET";

    private final String originSecret = UUID.randomUUID().toString();

    @Override
    Map<String, String> deploymentEnvironment() {
        return Map.of(ORIGIN_SECRET_ENV, originSecret);
    }

    @Override
    Map<String, String> frontHeaders() {
        return Map.of(ORIGIN_HEADER, originSecret);
    }

    @Test
    void callsThatBypassTheCdnAreRefusedOnEveryRoute() {
        for (Request direct : new Request[] {Request.get("/v1/guidance", "muscle=calf"),
                Request.postJson("/v1/guidance", CONTRACT_EXAMPLE), Request.get("/v1/guidance/table", ""),
                Request.get("/widget/latest/cramp-guide.js", ""), Request.get("/q/health", ""),
                Request.get("/v1/guidance/table", "").withHeader(ORIGIN_HEADER, originSecret + "x")}) {
            ApiGatewayEvents.Response r = callApiGatewayDirectly(direct);
            assertEquals(403, r.status(), direct + " -> " + r.body());
            assertTrue(r.header("content-type").startsWith("application/problem+json"), r.header("content-type"));
            assertEquals("no-store", r.header("cache-control"));
            assertEquals(403, r.json().path("status").asInt(), r.body());
        }
        // The same requests with the CDN's header are served.
        assertEquals(200, call(Request.get("/v1/guidance/table", "")).status());
    }

    @Override
    Format format() {
        return Format.V2_HTTP_API;
    }

    @Override
    String requiredExtension() {
        return "quarkus-amazon-lambda-http";
    }

    /** Why the REST API variant needs its own build: this one cannot read payload 1.0 events. */
    @Test
    void restApiPayloadIsNotServedByThisBuild() {
        Result r = invokeRaw(ApiGatewayEvents.event(Format.V1_REST_API, Request.postJson("/v1/guidance", CONTRACT_EXAMPLE)));
        if (r.kind() == Result.Kind.RESPONSE) {
            assertNotEquals(200, ApiGatewayEvents.response(r.bodyText()).status(), r.bodyText());
        } else {
            assertEquals(Result.Kind.ERROR, r.kind(), r.bodyText());
        }
        // ... and the function goes on serving HTTP API events.
        assertEquals(200, call(Request.get("/q/health", "")).status());
    }

    @Override
    String command() {
        return "./mvnw verify -Dit.test=LambdaHttpApiIT";
    }
}
