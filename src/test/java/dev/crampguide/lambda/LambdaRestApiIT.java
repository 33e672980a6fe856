package dev.crampguide.lambda;

import dev.crampguide.lambda.ApiGatewayEvents.Format;
import org.junit.jupiter.api.Tag;

/**
 * The rest-api build (quarkus-amazon-lambda-rest) behind an API Gateway REST API: payload 1.0 events.
 * Runs only in that build: {@code ./mvnw verify -Prest-api}.
 */
@Tag("rest-api")
class LambdaRestApiIT extends RuntimeApiFunctionIT {

    @Override
    Format format() {
        return Format.V1_REST_API;
    }

    @Override
    String requiredExtension() {
        return "quarkus-amazon-lambda-rest";
    }

    @Override
    String command() {
        return "./mvnw verify -Prest-api -Dit.test=LambdaRestApiIT";
    }
}
