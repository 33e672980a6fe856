package dev.crampguide.priming;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
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

    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cramp-guide-lost-answer-guard");
        t.setDaemon(true);
        return t;
    });

    private final Duration wait;
    private int redispatched;

    LostAnswerGuard(Duration wait) {
        this.wait = wait;
    }

    /** Sends the event, again if its answer was lost, and writes the answer that came. */
    void answer(byte[] event, OutputStream out, Dispatch dispatch) throws IOException {
        for (int attempt = 1; ; attempt++) {
            ByteArrayOutputStream answer = new ByteArrayOutputStream(16 * 1024);
            Alarm alarm = new Alarm(Thread.currentThread());
            ScheduledFuture<?> scheduled = ALARMS.schedule(alarm, wait.toNanos(), TimeUnit.NANOSECONDS);
            try {
                dispatch.dispatch(event, answer);
            } finally {
                scheduled.cancel(false);
                alarm.disarm();
            }
            if (!alarm.rang() || attempt == ATTEMPTS) {
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

    /** How many events this guard sent again. */
    synchronized int redispatched() {
        return redispatched;
    }

    /** Interrupts the waiting thread once, unless the dispatch returned first. */
    private static final class Alarm implements Runnable {
        private final Thread waiting;
        private boolean armed = true;
        private boolean rang;

        Alarm(Thread waiting) {
            this.waiting = waiting;
        }

        @Override
        public synchronized void run() {
            if (armed) {
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
