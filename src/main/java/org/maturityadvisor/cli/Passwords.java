package org.maturityadvisor.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * A user's password for the CLI, never from its arguments (they show in the process list): {@code MATURITY_PASSWORD}
 * for scripts, else a prompt on the console without echo, else the first line of standard input
 * ({@code printf '%s\n' "$PW" | ... --user ana}).
 */
final class Passwords {

    private Passwords() {
    }

    static String read(String user) throws IOException {
        String fromEnvironment = System.getenv("MATURITY_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null && isTerminal(console)) {
            char[] typed = console.readPassword("Password for %s: ", user);
            return typed == null ? "" : new String(typed);
        }
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return line == null ? "" : line;
    }

    /** Since Java 22 there is a console even when standard input is a pipe; only a terminal can be prompted. */
    private static boolean isTerminal(Console console) {
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true; // until Java 21 a console exists only for a terminal
        }
    }
}
