package dev.crampguide;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Keeps every log record the running application writes (with its MDC copied) while started, for tests that check
 * what reaches the logs. As a JUnit extension ({@code @RegisterExtension}) it starts before and stops after each test.
 */
public final class LogCapture extends Handler implements BeforeEachCallback, AfterEachCallback {

    private final Predicate<LogRecord> keep;
    private final List<ExtLogRecord> records = new CopyOnWriteArrayList<>();

    /** Keeps the records {@code keep} accepts. */
    public LogCapture(Predicate<LogRecord> keep) {
        this.keep = keep;
    }

    public static LogCapture all() {
        return new LogCapture(record -> true);
    }

    public static LogCapture logger(String name) {
        return new LogCapture(record -> name.equals(record.getLoggerName()));
    }

    public void start() {
        Logger.getLogger("").addHandler(this);
    }

    public void stop() {
        Logger.getLogger("").removeHandler(this);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** What was captured so far, live. */
    public List<ExtLogRecord> records() {
        return records;
    }

    @Override
    public void publish(LogRecord record) {
        if (keep.test(record)) {
            ExtLogRecord ext = (ExtLogRecord) record;
            ext.copyAll();
            records.add(ext);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
