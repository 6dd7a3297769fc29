package org.maturityadvisor.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Refuses a missing or unreadable input as bad usage (exit 2, usage printed), naming the path and what it was for. */
final class InputFiles {

    private InputFiles() {
    }

    static Path readableFile(CommandSpec spec, Path path, String what) {
        if ("-".equals(path.toString())) {
            return path;
        }
        if (!Files.exists(path)) {
            throw refused(spec, what + " " + path + " does not exist");
        }
        if (Files.isDirectory(path)) {
            throw refused(spec, what + " " + path + " is a directory, not a file");
        }
        if (!Files.isReadable(path)) {
            throw refused(spec, what + " " + path + " is not readable");
        }
        return path;
    }

    static Path readableDirectory(CommandSpec spec, Path path, String what) {
        if (!Files.isDirectory(path)) {
            throw refused(spec, what + " " + path + (Files.exists(path) ? " is not a directory" : " does not exist"));
        }
        if (!Files.isReadable(path)) {
            throw refused(spec, what + " " + path + " is not readable");
        }
        return path;
    }

    static Path readable(CommandSpec spec, Path path, String what) {
        return Files.isDirectory(path) ? readableDirectory(spec, path, what) : readableFile(spec, path, what);
    }

    private static ParameterException refused(CommandSpec spec, String message) {
        return new ParameterException(spec.commandLine(), "cannot read " + message);
    }
}
