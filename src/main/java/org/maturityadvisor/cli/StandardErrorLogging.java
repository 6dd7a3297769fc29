package org.maturityadvisor.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The CLI's SLF4J binding (chosen by {@link CliLogging}): warnings and errors of the libraries (Drools, POI), one line
 * each on standard error, as {@code LEVEL logger: message}; everything below WARN dropped. Standard output stays for
 * results. Starting Logback, which only the service needs, costs a CLI run a few hundred classes.
 */
public final class StandardErrorLogging implements SLF4JServiceProvider {

    private static final int LOGGER_WIDTH = 20;

    private final Map<String, Logger> loggers = new ConcurrentHashMap<>();
    private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, StandardErrorLogger::new);
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        // nothing to set up: that is the point
    }

    /** {@code org.drools.compiler.KieProject} as {@code o.d.c.KieProject}, when the whole name is too long. */
    static String abbreviated(String name) {
        if (name.length() <= LOGGER_WIDTH) {
            return name;
        }
        String[] parts = name.split("\\.");
        StringBuilder shortName = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            shortName.append(parts[i].isEmpty() ? "" : parts[i].substring(0, 1)).append('.');
        }
        return shortName.append(parts[parts.length - 1]).toString();
    }

    private static final class StandardErrorLogger extends LegacyAbstractLogger {

        private final String shortName;

        StandardErrorLogger(String name) {
            this.name = name;
            this.shortName = abbreviated(name);
        }

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public boolean isDebugEnabled() {
            return false;
        }

        @Override
        public boolean isInfoEnabled() {
            return false;
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        protected String getFullyQualifiedCallerName() {
            return null;
        }

        @Override
        protected void handleNormalizedLoggingCall(Level level, Marker marker, String message, Object[] arguments,
                                                   Throwable throwable) {
            PrintStream err = System.err;
            err.println(level + " " + shortName + ": " + MessageFormatter.basicArrayFormat(message, arguments));
            if (throwable != null) {
                throwable.printStackTrace(err);
            }
        }
    }
}
