package dev.crampguide.widget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The widget and demo page as a browser fetches them, through the Lambda event path. */
@QuarkusTest
class WidgetServingTest {

    @Inject
    WidgetScript script;

    /** The mock Lambda adapter may split one comma-joined header into several lines; a browser rejoins them. */
    static String header(Response r, String name) {
        List<String> values = r.headers().getValues(name);
        return String.join(",", values).replace(", ", ",");
    }

    @Test
    void unversionedScriptIsJavascriptWithCharsetNosniffAndShortCache() {
        Response r = given().when().get("/widget/cramp-guide.js").then().statusCode(200).extract().response();
        System.out.println("HEADERS unversioned: " + r.headers());
        assertTrue(header(r, "Content-Type").matches("(?i)text/javascript;\\s*charset=utf-8"), header(r, "Content-Type"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertTrue(header(r, "Cache-Control").contains("max-age=300"), header(r, "Cache-Control"));
        assertArrayEquals(script.bytes(), r.asByteArray());
    }

    @Test
    void versionedScriptIsCachedForAYear() {
        Response r = given().when().get("/widget/" + script.version() + "/cramp-guide.js")
                .then().statusCode(200).extract().response();
        System.out.println("HEADERS versioned: " + r.headers());
        assertEquals("text/javascript;charset=utf-8", header(r, "Content-Type").toLowerCase().replace(" ", ""));
        assertEquals("public,max-age=31536000,immutable", header(r, "Cache-Control"));
        assertEquals("nosniff", header(r, "X-Content-Type-Options"));
        assertEquals("\"" + script.version() + "\"", header(r, "ETag"));
        assertArrayEquals(script.bytes(), r.asByteArray());
    }

    @Test
    void latestOrStaleVersionRedirectsToTheCurrentOne() {
        for (String old : List.of("latest", "0123456789abcdef")) {
            given().redirects().follow(false).when().get("/widget/" + old + "/cramp-guide.js")
                    .then().statusCode(302)
                    .header("Location", endsWithVersion())
                    .header("Cache-Control", containsString("max-age=300"));
        }
        // Followed, the redirect lands on the script itself.
        given().when().get("/widget/latest/cramp-guide.js").then().statusCode(200)
                .header("ETag", equalTo("\"" + script.version() + "\""));
    }

    private org.hamcrest.Matcher<String> endsWithVersion() {
        return equalTo("../" + script.version() + "/cramp-guide.js");
    }

    @Test
    void demoPageHasStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/index.html")) {
            Response r = given().when().get(path).then().statusCode(200)
                    .body(containsString("<cramp-guide")).extract().response();
            System.out.println("HEADERS " + path + ": " + r.headers());
            assertTrue(header(r, "Content-Type").toLowerCase().replace(" ", "").startsWith("text/html;charset=utf-8"));
            assertEquals("nosniff", header(r, "X-Content-Type-Options"));
            String csp = header(r, "Content-Security-Policy");
            assertTrue(csp.startsWith("default-src 'none'"), csp);
            assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
            assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        }
        given().when().get("/demo/demo.css").then().statusCode(200)
                .header("Content-Type", startsWith("text/css"))
                .header("X-Content-Type-Options", "nosniff");
    }
}
