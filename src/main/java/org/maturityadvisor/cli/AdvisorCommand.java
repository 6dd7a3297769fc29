package org.maturityadvisor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.maturityadvisor.assessment.Advisor;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** A command that loads the rules directory ({@code --rules DIR}) and writes its result to standard output. */
abstract class AdvisorCommand implements Callable<Integer> {

    @Mixin
    RulesOption rules;

    @Spec
    CommandSpec spec;

    /** {@code --json}: the same JSON the API returns instead of text, for the commands that offer it. */
    static final class JsonOption {
        @Option(names = "--json", description = "print JSON (the same shape as the API)")
        boolean json;
    }

    @Override
    public final Integer call() throws Exception {
        checkFiles();
        readInputAhead();
        PrintWriter out = spec.commandLine().getOut();
        int exit = run(load(), out);
        out.flush();
        return exit;
    }

    abstract int run(Advisor advisor, PrintWriter out) throws Exception;

    /** The rule set the command runs on; a command that reads a repository loads its detectors too. */
    Advisor load() {
        return rules.load();
    }

    /** Refuses missing input files before the rules are loaded, so bad usage is told at once. */
    void checkFiles() {
    }

    /** Starts reading what the command needs besides the rules, on another thread while the rules load. */
    void readInputAhead() {
    }

    /** The team input in FILE, or standard input for {@code -}; a missing or unreadable FILE is bad usage. */
    String readInput(String file) throws IOException {
        return "-".equals(file) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(InputFiles.readableFile(spec, Path.of(file), "team input file"));
    }

    static void print(PrintWriter out, JsonOption option, Object json, Supplier<String> text) {
        out.println(option.json ? Json.write(json) : text.get());
    }
}
