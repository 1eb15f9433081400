// SPDX-License-Identifier: Apache-2.0
package io.objectbus.testing;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;

/**
 * Keeps the log lines of a level and above while it is attached, so that a test can check that something was said
 * clearly (or that nothing went wrong). The module's tests bring Log4j as their logging.
 */
public final class LogCapture extends AbstractAppender implements AutoCloseable {

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture() {
        super("capture-" + System.nanoTime(), null, null, true, Property.EMPTY_ARRAY);
    }

    /** Warnings and errors. */
    public static LogCapture attach() {
        return attach(Level.WARN);
    }

    public static LogCapture attach(Level level) {
        LogCapture capture = new LogCapture();
        capture.start();
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().addAppender(capture, level, null);
        context.updateLoggers();
        return capture;
    }

    @Override
    public void append(LogEvent event) {
        Throwable thrown = event.getThrown();
        lines.add(event.getLevel() + " " + event.getMessage().getFormattedMessage()
                + (thrown == null ? "" : " " + thrown));
    }

    public boolean contains(String... parts) {
        return lines.stream().anyMatch(line -> Arrays.stream(parts).allMatch(line::contains));
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        context.getConfiguration().getRootLogger().removeAppender(getName());
        context.updateLoggers();
        stop();
    }
}
