package dev.crampguide.web.problem;

import io.quarkus.arc.Arc;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The methods each path accepts, read once from the JAX-RS annotations of the application's resources (on the class
 * or on an interface it implements), for the {@code Allow} header of a 405: Quarkus REST sends that header empty.
 */
final class AllowedMethods {

    private record Endpoint(Pattern path, String method) {
    }

    private static volatile List<Endpoint> endpoints;

    private AllowedMethods() {
    }

    /** The methods {@code path} accepts, sorted, as the {@code Allow} header lists them; empty when none is known. */
    static Set<String> of(String path) {
        Set<String> allowed = new TreeSet<>();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.path().matcher(path).matches()) {
                allowed.add(endpoint.method());
            }
        }
        if (allowed.contains(HttpMethod.GET)) {
            allowed.add(HttpMethod.HEAD); // JAX-RS answers HEAD wherever it answers GET
        }
        return allowed;
    }

    private static List<Endpoint> endpoints() {
        if (endpoints == null) {
            List<Endpoint> found = new ArrayList<>();
            for (Bean<?> bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
                collect(bean.getBeanClass(), found);
            }
            endpoints = List.copyOf(found);
        }
        return endpoints;
    }

    private static void collect(Class<?> type, List<Endpoint> found) {
        List<Class<?>> declaring = new ArrayList<>(List.of(type.getInterfaces()));
        declaring.add(0, type);
        for (Class<?> each : declaring) {
            Path root = each.getAnnotation(Path.class);
            if (root == null) {
                continue;
            }
            for (Method method : each.getMethods()) {
                String verb = verb(method);
                if (verb != null) {
                    Path sub = method.getAnnotation(Path.class);
                    found.add(new Endpoint(template(root.value() + (sub == null ? "" : "/" + sub.value())), verb));
                }
            }
        }
    }

    private static String verb(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** {@code /widget/{version}/cramp-guide.js} as a pattern; a trailing slash is optional, as in routing. */
    private static Pattern template(String path) {
        String normalised = ("/" + path).replaceAll("/+", "/").replaceAll("(.)/$", "$1");
        StringBuilder regex = new StringBuilder();
        for (String part : normalised.split("(?=\\{)|(?<=\\})")) {
            regex.append(part.startsWith("{") ? "[^/]+" : Pattern.quote(part));
        }
        return Pattern.compile(regex + "/?");
    }
}
