package dev.crampguide.lambda;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Lambda Runtime API (2018-06-01) as Lambda serves it to a function process, on 127.0.0.1 with a random port:
 * a test enqueues an event, the function fetches it from {@code /invocation/next} and posts back to
 * {@code /response} or {@code /error}. Init failures arrive on {@code /init/error}.
 */
public final class RuntimeApiEmulator implements AutoCloseable {

    private static final String PREFIX = "/2018-06-01/runtime/";
    private static final String FUNCTION_ARN = "arn:aws:lambda:eu-west-1:123456789012:function:cramp-guide";

    /** What the function sent back for one invocation (or for init), with the time it arrived. */
    public record Result(Kind kind, String requestId, byte[] body, String errorType, long arrivedNanos) {
        public enum Kind { RESPONSE, ERROR, INIT_ERROR }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private record Invocation(String requestId, byte[] event, long deadlineMillis, CompletableFuture<Result> result) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final BlockingQueue<Invocation> queue = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<Result> initError = new CompletableFuture<>();
    private final AtomicInteger nextRequests = new AtomicInteger();
    private final AtomicInteger answers = new AtomicInteger();
    private final AtomicInteger eventsHandedOut = new AtomicInteger();
    private final AtomicLong firstNextNanos = new AtomicLong();
    private volatile boolean closed;

    private RuntimeApiEmulator(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    public static RuntimeApiEmulator start() throws IOException {
        // Without TCP_NODELAY, Nagle's algorithm and the client's delayed ACK add ~40 ms to each small exchange.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        // A blocked /next must not starve /response: one thread per connection.
        ExecutorService executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "runtime-api-emulator");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        RuntimeApiEmulator emulator = new RuntimeApiEmulator(server, executor);
        server.createContext(PREFIX, emulator::handle);
        server.start();
        return emulator;
    }

    /** Value for the function's {@code AWS_LAMBDA_RUNTIME_API} environment variable. */
    public String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Queues an event; the future completes when the function posts its response or error. */
    public CompletableFuture<Result> enqueue(byte[] event) {
        String id = UUID.randomUUID().toString();
        Invocation invocation = new Invocation(id, event, System.currentTimeMillis() + 30_000, new CompletableFuture<>());
        inFlight.put(id, invocation);
        queue.add(invocation);
        return invocation.result();
    }

    /** Queues an event and waits for its answer; fails fast when the function reported an init error. */
    public Result invoke(String event, Duration timeout) throws Exception {
        CompletableFuture<Result> pending = enqueue(event.getBytes(StandardCharsets.UTF_8));
        try {
            return (Result) CompletableFuture.anyOf(pending, initError).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            TimeoutException t = new TimeoutException("no answer within " + timeout + "; " + state());
            t.initCause(e);
            throw t;
        }
    }

    /** Completes when the function posts to {@code /init/error}. */
    public CompletableFuture<Result> initError() {
        return initError;
    }

    /** Counters for failure messages: where an exchange stopped. */
    public String state() {
        return "next requests " + nextRequests.get() + ", events handed out " + eventsHandedOut.get()
                + ", answers " + answers.get() + ", queued " + queue.size() + ", in flight " + inFlight.size();
    }

    /** How many times the function asked for the next event. */
    public int nextRequests() {
        return nextRequests.get();
    }

    /** When the function first asked for an event (System.nanoTime), 0 if never. */
    public long firstNextNanos() {
        return firstNextNanos.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath().substring(PREFIX.length());
            String method = exchange.getRequestMethod();
            if (method.equals("GET") && path.equals("invocation/next")) {
                next(exchange);
            } else if (method.equals("POST") && path.equals("init/error")) {
                byte[] body = readAll(exchange.getRequestBody());
                initError.complete(new Result(Result.Kind.INIT_ERROR, null, body,
                        exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), System.nanoTime()));
                send(exchange, 202, "{\"status\":\"OK\"}");
            } else if (method.equals("POST") && path.startsWith("invocation/")
                    && (path.endsWith("/response") || path.endsWith("/error"))) {
                complete(exchange, path);
            } else {
                send(exchange, 404, "{\"errorMessage\":\"unknown runtime API path\",\"errorType\":\"NotFound\"}");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void next(HttpExchange exchange) throws IOException, InterruptedException {
        nextRequests.incrementAndGet();
        firstNextNanos.compareAndSet(0, System.nanoTime());
        Invocation invocation = null;
        // Lambda keeps this request open until there is work; poll so that close() can end it.
        while (invocation == null && !closed) {
            invocation = queue.poll(200, TimeUnit.MILLISECONDS);
        }
        if (invocation == null) {
            send(exchange, 410, "{\"errorMessage\":\"emulator closed\",\"errorType\":\"Gone\"}");
            return;
        }
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", "application/json");
        headers.set("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        headers.set("Lambda-Runtime-Deadline-Ms", Long.toString(invocation.deadlineMillis()));
        headers.set("Lambda-Runtime-Invoked-Function-Arn", FUNCTION_ARN);
        headers.set("Lambda-Runtime-Trace-Id",
                "Root=1-5f84c7a1-" + invocation.requestId().replace("-", "").substring(0, 24)
                        + ";Parent=0123456789abcdef;Sampled=0");
        exchange.sendResponseHeaders(200, invocation.event().length);
        exchange.getResponseBody().write(invocation.event());
        eventsHandedOut.incrementAndGet();
    }

    private void complete(HttpExchange exchange, String path) throws IOException {
        String rest = path.substring("invocation/".length());
        int slash = rest.indexOf('/');
        String id = rest.substring(0, slash);
        boolean error = rest.substring(slash + 1).equals("error");
        byte[] body = readAll(exchange.getRequestBody());
        long arrived = System.nanoTime();
        answers.incrementAndGet();
        Invocation invocation = inFlight.remove(id);
        if (invocation == null) {
            send(exchange, 400, "{\"errorMessage\":\"unknown or already answered request id\",\"errorType\":\"InvalidRequestID\"}");
            return;
        }
        invocation.result().complete(new Result(error ? Result.Kind.ERROR : Result.Kind.RESPONSE, id, body,
                exchange.getRequestHeaders().getFirst("Lambda-Runtime-Function-Error-Type"), arrived));
        send(exchange, 202, "{\"status\":\"OK\"}");
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        closed = true;
        server.stop(0);
        executor.shutdownNow();
        TimeoutException gone = new TimeoutException("emulator closed");
        inFlight.values().forEach(i -> i.result().completeExceptionally(gone));
    }
}
