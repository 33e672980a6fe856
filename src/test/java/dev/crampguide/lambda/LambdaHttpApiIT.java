package dev.crampguide.lambda;

import dev.crampguide.lambda.ApiGatewayEvents.Format;

/** Default build (quarkus-amazon-lambda-http) behind an API Gateway HTTP API: payload 2.0 events. */
class LambdaHttpApiIT extends RuntimeApiFunctionIT {

    @Override
    Format format() {
        return Format.V2_HTTP_API;
    }

    @Override
    String requiredExtension() {
        return "quarkus-amazon-lambda-http";
    }

    @Override
    String command() {
        return "./mvnw verify -Dit.test=LambdaHttpApiIT";
    }
}
