package org.maturityadvisor.cli;

import java.util.Map;

import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.ConsoleAppender;

/**
 * Keeps standard output for results: outside Spring, Logback's default would print the rules engine's INFO lines to
 * stdout and break {@code assess --json | jq}. Warnings and errors still reach standard error. A CLI run binds SLF4J
 * to slf4j-simple (warnings and errors only, one line each on standard error, as {@code LEVEL logger - message})
 * rather than starting Logback, which only the service needs; when SLF4J is already bound to Logback (the CLI run
 * inside another program, such as the tests), Logback is set to the same effect. The service pins Logback
 * ({@link #SERVICE_PROVIDER}), since both providers are on the class path.
 */
public final class CliLogging {

    /** The SLF4J provider the service logs through. */
    public static final String SERVICE_PROVIDER = "ch.qos.logback.classic.spi.LogbackServiceProvider";
    private static final String CLI_PROVIDER = "org.slf4j.simple.SimpleServiceProvider";
    private static final String PROVIDER = "slf4j.provider";
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";
    private static final Map<String, String> SIMPLE = Map.of(
            "org.slf4j.simpleLogger.logFile", "System.err",
            "org.slf4j.simpleLogger.defaultLogLevel", "warn",
            "org.slf4j.simpleLogger.showThreadName", "false",
            "org.slf4j.simpleLogger.showShortLogName", "true");

    private CliLogging() {
    }

    /** Before anything logs in a service run: Logback, whatever else is on the class path. */
    public static void pinServiceProvider() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, SERVICE_PROVIDER);
            // or SLF4J says on standard output, before the banner, that it loads the provider the property names
            System.setProperty(SLF4J_VERBOSITY, System.getProperty(SLF4J_VERBOSITY, "WARN"));
        }
    }

    static void toStandardErrorWarningsOnly() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, CLI_PROVIDER);
            SIMPLE.forEach((key, value) -> System.setProperty(key, System.getProperty(key, value)));
            // or SLF4J says on standard error that it loads the provider the property names
            System.setProperty(SLF4J_VERBOSITY, System.getProperty(SLF4J_VERBOSITY, "WARN"));
        }
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        // by name: a Logback type named here would load Logback's classes on every run
        if (factory.getClass().getName().equals(LOGBACK)) {
            Logback.toStandardErrorWarningsOnly(factory);
        }
    }

    /** Only loaded when SLF4J is bound to Logback. */
    private static final class Logback {

        static void toStandardErrorWarningsOnly(ILoggerFactory factory) {
            LoggerContext context = (LoggerContext) factory;
            context.reset();
            PatternLayoutEncoder encoder = new PatternLayoutEncoder();
            encoder.setContext(context);
            encoder.setPattern("%level %logger{20}: %msg%n");
            encoder.start();
            ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent> stderr = new ConsoleAppender<>();
            stderr.setContext(context);
            stderr.setTarget("System.err");
            stderr.setEncoder(encoder);
            stderr.start();
            Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.addAppender(stderr);
            root.setLevel(Level.WARN);
        }
    }
}
