package dev.crampguide.lambda;

import dev.crampguide.lambda.ApiGatewayEvents.Format;
import dev.crampguide.lambda.ApiGatewayEvents.Request;
import dev.crampguide.lambda.RuntimeApiEmulator.Result;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Default build (quarkus-amazon-lambda-http) behind an API Gateway HTTP API: payload 2.0 events. */
@Tag("http-api")
class LambdaHttpApiIT extends RuntimeApiFunctionIT {

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
