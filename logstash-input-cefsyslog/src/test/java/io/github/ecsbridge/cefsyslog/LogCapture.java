package io.github.ecsbridge.cefsyslog;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * Records every log event of every logger, at every level, while open: the input's own logger (the testkit's
 * {@code Context} hands out real log4j loggers) and Netty's, which logs through log4j when it is on the class path.
 */
final class LogCapture implements AutoCloseable {

    /** One log event as text: level, logger, formatted message and the full stack trace of its throwable. */
    record Line(Level level, String logger, String text) {

        boolean isAtLeast(Level threshold) {
            return level.isMoreSpecificThan(threshold);
        }

        @Override
        public String toString() {
            return level + " " + logger + " " + text;
        }
    }

    /** Loggers recorded at every level: the input's (and the project's) and Netty's. */
    private static final List<String> VERBOSE_LOGGERS = List.of("io.github.ecsbridge", "io.netty");

    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Recorder recorder = new Recorder();

    private LogCapture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        recorder.start();
        // Own logger configs, not additive: everything is recorded without flooding the console with debug lines.
        for (String name : VERBOSE_LOGGERS) {
            LoggerConfig logger = new LoggerConfig(name, Level.ALL, false);
            logger.addAppender(recorder, Level.ALL, null);
            config.addLogger(name, logger);
        }
        // Any other logger, at the level the configuration gives it.
        config.getRootLogger().addAppender(recorder, null, null);
        context.updateLoggers();
    }

    /** Starts recording; {@link #close()} restores the configuration. */
    static LogCapture open() {
        return new LogCapture();
    }

    /** Every line recorded so far. */
    List<Line> lines() {
        return List.copyOf(lines);
    }

    /** The lines at {@code threshold} or above that contain {@code needle}, ignoring case. */
    List<Line> containing(String needle, Level threshold) {
        String lower = needle.toLowerCase(Locale.ROOT);
        return lines.stream()
                .filter(line -> line.isAtLeast(threshold))
                .filter(line -> line.text().toLowerCase(Locale.ROOT).contains(lower))
                .collect(Collectors.toList());
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        for (String name : VERBOSE_LOGGERS) {
            config.removeLogger(name);
        }
        config.getRootLogger().removeAppender(recorder.getName());
        context.updateLoggers();
        recorder.stop();
    }

    /** The appender: formats each event at once, since log4j may reuse the event object. */
    private final class Recorder extends AbstractAppender {

        Recorder() {
            super("test-capture", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringWriter text = new StringWriter();
            text.append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                text.append('\n');
                event.getThrown().printStackTrace(new PrintWriter(text));
            }
            lines.add(new Line(event.getLevel(), event.getLoggerName(), text.toString()));
        }
    }
}
