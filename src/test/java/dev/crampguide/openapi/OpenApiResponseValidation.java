package dev.crampguide.openapi;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Validates every response a {@code @QuarkusTest} receives through REST Assured against the committed OpenAPI
 * document (which {@link OpenApiDocumentTest} keeps equal to the served one), so an answer that drifts from the
 * document fails the test that got it. Requests are not validated: many tests send bad input on purpose.
 * Registered for all Quarkus tests through META-INF/services.
 */
public class OpenApiResponseValidation implements QuarkusTestBeforeEachCallback {

    static final Path DOCUMENT = Path.of("src/main/openapi/openapi.yaml");

    private static OpenApiValidationFilter filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        OpenApiValidationFilter current = filter();
        if (!RestAssured.filters().contains(current)) {
            RestAssured.filters(current);
        }
    }

    static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            filter = new OpenApiValidationFilter(validator());
        }
        return filter;
    }

    /** Response checks at full strength; request checks off, since tests send bad requests on purpose. */
    public static OpenApiInteractionValidator validator() {
        try {
            return OpenApiInteractionValidator.createForInlineApiSpecification(Files.readString(DOCUMENT))
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
