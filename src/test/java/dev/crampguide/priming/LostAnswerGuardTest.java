package dev.crampguide.priming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The guard against the virtual channel's lost request: a dispatch that never answers (as the Lambda adapter
 * waits for a message nobody reads) is interrupted and the event sent again; answers that come are passed on
 * untouched. The time limits below only stop a hang: a handler without the guard would wait forever.
 */
class LostAnswerGuardTest {

    private static final byte[] EVENT = "{\"rawPath\":\"/v1/guidance\"}".getBytes(StandardCharsets.UTF_8);

    @Test
    void aLostAnswerIsAskedForAgain() {
        LostAnswerGuard guard = new LostAnswerGuard(Duration.ofMillis(200));
        AtomicInteger dispatches = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> guard.answer(EVENT, out, (event, answer) -> {
            if (dispatches.incrementAndGet() == 1) {
                lose(answer);
            } else {
                answer.write(("answer to " + new String(event, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            }
        }));
        assertThat(dispatches).hasValue(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("answer to {\"rawPath\":\"/v1/guidance\"}");
        assertThat(guard.redispatched()).isEqualTo(1);
        assertThat(Thread.currentThread().isInterrupted()).as("no interrupt left behind").isFalse();
    }

    @Test
    void anAnswerThatComesIsPassedOnOnce() throws IOException {
        LostAnswerGuard guard = new LostAnswerGuard(Duration.ofSeconds(5));
        AtomicInteger dispatches = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) {
            guard.answer(EVENT, out, (event, answer) -> {
                dispatches.incrementAndGet();
                answer.write('.');
            });
        }
        assertThat(dispatches).hasValue(100);
        assertThat(out.toString(StandardCharsets.UTF_8)).hasSize(100);
        assertThat(guard.redispatched()).isZero();
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    @Test
    void afterTwoLostDispatchesTheAdaptersErrorAnswerGoesOut() {
        LostAnswerGuard guard = new LostAnswerGuard(Duration.ofMillis(100));
        AtomicInteger dispatches = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> guard.answer(EVENT, out, (event, answer) -> {
            dispatches.incrementAndGet();
            lose(answer);
        }));
        assertThat(dispatches).hasValue(LostAnswerGuard.ATTEMPTS);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("500");
        assertThat(Thread.currentThread().isInterrupted()).isFalse();
    }

    /** As LambdaHttpHandler does: waits for an answer that never comes; interrupted, it answers 500. */
    private static void lose(java.io.OutputStream answer) throws IOException {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            answer.write("500".getBytes(StandardCharsets.UTF_8));
            return;
        }
        throw new InterruptedIOException("unreachable");
    }
}
