package dev.crampguide.alexa.verification;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The production fetcher against a loopback server: it hands back the chain, and refuses redirects, error
 * statuses and oversized answers rather than following or buffering them.
 */
class HttpCertificateFetcherTest {

    HttpServer server;
    final HttpCertificateFetcher fetcher = new HttpCertificateFetcher();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/echo.api/good.pem", exchange -> reply(exchange, 200, TestPki.get().goodChainPem()));
        server.createContext("/echo.api/moved.pem", exchange -> {
            exchange.getResponseHeaders().add("Location", "/echo.api/good.pem");
            reply(exchange, 302, new byte[0]);
        });
        server.createContext("/echo.api/missing.pem", exchange -> reply(exchange, 404, "no".getBytes()));
        server.createContext("/echo.api/huge.pem",
                exchange -> reply(exchange, 200, new byte[HttpCertificateFetcher.MAX_BYTES + 1]));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    static void reply(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void fetchesTheChain() throws IOException {
        assertArrayEquals(TestPki.get().goodChainPem(), fetcher.fetch(url("/echo.api/good.pem")));
    }

    @Test
    void doesNotFollowRedirects() {
        assertThrows(IOException.class, () -> fetcher.fetch(url("/echo.api/moved.pem")));
    }

    @Test
    void refusesErrorStatuses() {
        assertThrows(IOException.class, () -> fetcher.fetch(url("/echo.api/missing.pem")));
    }

    @Test
    void refusesOversizedAnswers() {
        assertThrows(IOException.class, () -> fetcher.fetch(url("/echo.api/huge.pem")));
    }
}
