package dev.crampguide.priming;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.config.CrampGuideConfig;
import io.quarkus.amazon.lambda.runtime.AmazonLambdaRecorder;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Filter;
import org.crac.Core;
import org.crac.Resource;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Sends one representative request through the whole request path: API Gateway event, Lambda adapter (event
 * JSON in, proxy response out), REST layer, engine, JSON answer. The classes, caches and code a first request
 * would otherwise load and warm are then ready: on the managed runtime the cost moves from the first invocation
 * into init, and with SnapStart into the snapshot.
 * <p>
 * Runs once per process, as soon as the application has started: from {@link PrimedStreamHandler} (the Lambda
 * handler of the managed runtime and of the container image) right after Quarkus started, and at the latest in
 * the CRaC {@code beforeCheckpoint} hook, which SnapStart calls just before it snapshots the function. Start-up
 * itself is too early: Quarkus opens the virtual HTTP channel and hands the Lambda adapter its beans after the
 * start-up event.
 * <p>
 * The priming invocation leaves no trace: its Lambda request id is random per process and never leaves it, and
 * the request log drops the line of that id only. A client cannot choose the Lambda request id of its
 * invocation, so no request can hide from the log this way.
 */
@Singleton
public class Priming implements Resource {

    private static final Logger LOG = Logger.getLogger(Priming.class);
    /** The request log's category and the MDC key that carries the Lambda request id (see RequestLog). */
    static final String REQUEST_LOG = "dev.crampguide.requests";
    static final String REQUEST_ID = "requestId";
    /** Library classes to load before a snapshot (PreloadClassesIT keeps the list current). */
    static final String SNAPSHOT_PRELOAD = "META-INF/cramp-guide/snapstart-preload-classes.txt";
    /** The application's classes, listed by Quarkus's build (quarkus.snapstart.generate-application-class-list). */
    static final String APPLICATION_CLASSES = "META-INF/quarkus-generated-preload-classes.txt";
    /** A runner in the heat with a calf cramp: most sections of the answer, references and speech. */
    static final String SITUATION = """
            {"muscle":"calf","when":"exercise","crampingNow":true,"exercise":{"hot":true,"heavySweating":true,\
            "durationMinutes":95,"harderThanTrained":true,"drinking":"plain_water"},"factors":["alcohol"],\
            "considering":["magnesium"],"age":67}""";

    private final ObjectMapper mapper;
    private final CrampGuideConfig config;
    private final String requestId = "priming-" + UUID.randomUUID();
    private final LostAnswerGuard guard;
    /** Held so that the filter set on it stays (loggers without references may be collected). */
    private final java.util.logging.Logger requestLog = java.util.logging.Logger.getLogger(REQUEST_LOG);
    private int runs;
    private int answeredRequests;

    Priming(ObjectMapper mapper, CrampGuideConfig config) {
        this.mapper = mapper;
        this.config = config;
        this.guard = new LostAnswerGuard(config.lostAnswer().resendAfter());
    }

    void onStart(@Observes StartupEvent start) {
        Filter previous = requestLog.getFilter();
        requestLog.setFilter(record -> !requestId.equals(MDC.get(REQUEST_ID))
                && (previous == null || previous.isLoggable(record)));
        // The global context holds resources weakly: this singleton lives as long as the application.
        Core.getGlobalContext().register(this);
    }

    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
        preloadForSnapshot();
    }

    /**
     * Into the snapshot: the application's classes initialised (Quarkus only loads them during init,
     * quarkus.snapstart.initialize-classes=false) and the library classes the request mix loads (GET, Alexa,
     * errors: more than priming's one POST). Only here: at every init, loading the list and initialising every class
     * (the Alexa models among them) cost more than it saved first invocations (performance.md).
     */
    void preloadForSnapshot() {
        int loaded = preload(APPLICATION_CLASSES) + preload(SNAPSHOT_PRELOAD);
        LOG.debugf("Preloaded %d classes for the snapshot", loaded);
    }

    private static int preload(String list) {
        ClassLoader loader = Priming.class.getClassLoader();
        int loaded = 0;
        try (InputStream in = loader.getResourceAsStream(list)) {
            if (in == null) {
                return 0;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    Class.forName(name, true, loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    // a class that does not load here would not have loaded for a request either
                }
            }
        } catch (IOException e) {
            LOG.warnf("Preloading %s for the snapshot failed (%s)", list, e.getClass().getName());
        }
        return loaded;
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // Nothing to renew: the priming request id is not a secret that protects anything after priming.
    }

    /** How many times this process primed the request path (0 or 1). */
    synchronized int runs() {
        return runs;
    }

    /** Whether every priming request got its 200 answer. */
    synchronized boolean answered() {
        return answeredRequests == requests();
    }

    /** How many priming requests got their 200 answer. */
    synchronized int answeredRequests() {
        return answeredRequests;
    }

    /** The priming requests to send: as configured, at least one. */
    private int requests() {
        return Math.max(1, config.priming().requests());
    }

    /** The Lambda request id the priming invocation carries. */
    String requestId() {
        return requestId;
    }

    /** Primes the request path unless this process already did; needs the started application. */
    public synchronized void prime() {
        if (runs > 0) {
            return;
        }
        runs++;
        long start = System.nanoTime();
        try {
            byte[] event = event();
            for (int i = 0; i < requests(); i++) {
                ByteArrayOutputStream response = new ByteArrayOutputStream(16 * 1024);
                // a lost priming answer would hang init, so priming is guarded like every invocation
                guard.answer(event, response, (e, answer) -> AmazonLambdaRecorder.handle(new ByteArrayInputStream(e),
                        answer, new PrimingContext(requestId)));
                int status = mapper.readTree(response.toByteArray()).path("statusCode").asInt();
                if (status != 200) {
                    LOG.warnf("Priming request answered HTTP %d: the first request will be slower", status);
                    return;
                }
                answeredRequests++;
            }
            LOG.debugf("Primed the request path with %d requests in %d ms", answeredRequests,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Priming failed (%s): the first request will be slower", e.getClass().getName());
        }
    }

    /**
     * {@code POST /v1/guidance} as API Gateway sends it, in both payload formats at once (2.0: rawPath and
     * requestContext.http; 1.0: httpMethod, path and requestContext.identity), so that whichever Lambda adapter the
     * build has reads it; each ignores the other's fields.
     */
    byte[] event() throws IOException {
        ObjectNode event = mapper.createObjectNode();
        event.put("version", "2.0");
        event.put("routeKey", "$default");
        event.put("rawPath", "/v1/guidance");
        event.put("rawQueryString", "");
        event.put("httpMethod", "POST");
        event.put("path", "/v1/guidance");
        ObjectNode headers = event.putObject("headers");
        headers.put("content-type", "application/json");
        headers.put("accept", "application/json");
        // Behind a CDN the function answers only requests carrying the CDN's secret; this one comes from inside.
        config.origin().secret().filter(secret -> !secret.isBlank())
                .ifPresent(secret -> headers.put(config.origin().header(), secret));
        ObjectNode multiValueHeaders = event.putObject("multiValueHeaders");
        headers.properties().forEach(header -> multiValueHeaders.putArray(header.getKey()).add(header.getValue()));
        ObjectNode context = event.putObject("requestContext");
        context.put("requestId", requestId);
        context.put("stage", "$default");
        context.put("httpMethod", "POST");
        context.putObject("identity").put("sourceIp", "127.0.0.1");
        ObjectNode http = context.putObject("http");
        http.put("method", "POST");
        http.put("path", "/v1/guidance");
        http.put("protocol", "HTTP/1.1");
        http.put("sourceIp", "127.0.0.1");
        event.put("body", SITUATION);
        event.put("isBase64Encoded", false);
        return mapper.writeValueAsBytes(event);
    }
}
