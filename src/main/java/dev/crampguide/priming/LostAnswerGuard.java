package dev.crampguide.priming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Contains a race in Quarkus's virtual HTTP channel (quarkus-netty 3.33, performance.md "The lost answer"): the
 * Lambda adapter hands the request to the channel from the invocation thread, and when that hand-over meets the
 * event loop's check for pending input at the wrong instant, the message stays queued and nobody reads it; the
 * adapter then waits until shutdown, which on Lambda is a 15-second timeout. Every answer here is a function of
 * its event alone, so an event left without an answer for {@code wait} is sent again, once: the first dispatch is
 * interrupted (the adapter's wait is interruptible and answers 500) and its answer discarded.
 */
final class LostAnswerGuard {

    private static final Logger LOG = Logger.getLogger(LostAnswerGuard.class);
    /** A real answer takes milliseconds; two tries of 2 s stay far within the templates' 15 s function timeout. */
    static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);
    static final int ATTEMPTS = 2;

    /** One dispatch of the event through the Lambda adapter, writing the adapter's answer. */
    interface Dispatch {
        void dispatch(byte[] event, OutputStream answer) throws IOException;
    }

    /**
     * Every dispatch in flight, of every guard, looked at every {@link #TICK} by one timer thread: nothing is
     * scheduled per invocation, so an answered invocation costs two set operations and wakes no other thread.
     */
    private static final Set<Watch> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(50);

    static {
        ScheduledExecutorService watchman = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "cramp-guide-lost-answer-guard");
            t.setDaemon(true);
            return t;
        });
        watchman.scheduleWithFixedDelay(LostAnswerGuard::ringOverdue, TICK, TICK, TimeUnit.NANOSECONDS);
    }

    private final Duration wait;
    private int redispatched;

    LostAnswerGuard(Duration wait) {
        this.wait = wait;
    }

    /** Sends the event, again if its answer was lost, and writes the answer that came. */
    void answer(byte[] event, OutputStream out, Dispatch dispatch) throws IOException {
        for (int attempt = 1; ; attempt++) {
            ByteArrayOutputStream answer = new ByteArrayOutputStream(16 * 1024);
            Watch watch = new Watch(Thread.currentThread(), System.nanoTime() + wait.toNanos());
            IN_FLIGHT.add(watch);
            try {
                dispatch.dispatch(event, answer);
            } finally {
                IN_FLIGHT.remove(watch);
                watch.disarm();
            }
            if (!watch.rang() || attempt == ATTEMPTS) {
                answer.writeTo(out);
                return;
            }
            synchronized (this) {
                redispatched++;
            }
            LOG.warnf("No answer within %d ms (attempt %d): the Lambda adapter's request was lost in the virtual "
                    + "channel; sending the event again", wait.toMillis(), attempt);
        }
    }

    private static void ringOverdue() {
        long now = System.nanoTime();
        for (Watch watch : IN_FLIGHT) {
            if (now - watch.deadline >= 0) {
                watch.ring();
            }
        }
    }

    /** How many events this guard sent again. */
    synchronized int redispatched() {
        return redispatched;
    }

    /** A dispatch in flight: interrupts its waiting thread once, unless the dispatch returned first. */
    private static final class Watch {
        private final Thread waiting;
        private final long deadline;
        private boolean armed = true;
        private boolean rang;

        Watch(Thread waiting, long deadline) {
            this.waiting = waiting;
            this.deadline = deadline;
        }

        synchronized void ring() {
            if (armed && !rang) {
                rang = true;
                waiting.interrupt();
            }
        }

        /** After the dispatch: no interrupt from now on, and none left pending on the thread. */
        synchronized void disarm() {
            armed = false;
            if (rang) {
                Thread.interrupted();
            }
        }

        synchronized boolean rang() {
            return rang;
        }
    }
}
