package org.maturityadvisor.cli;

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
 * to {@link StandardErrorLogging} rather than starting Logback; when SLF4J is already bound to Logback (the CLI run
 * inside another program, such as the tests), Logback is set to the same effect.
 */
final class CliLogging {

    private static final String PROVIDER = "slf4j.provider";
    private static final String SLF4J_VERBOSITY = "slf4j.internal.verbosity";
    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";

    private CliLogging() {
    }

    static void toStandardErrorWarningsOnly() {
        if (System.getProperty(PROVIDER) == null) {
            System.setProperty(PROVIDER, StandardErrorLogging.class.getName());
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
