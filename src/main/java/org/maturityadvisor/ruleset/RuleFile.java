package org.maturityadvisor.ruleset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.RuleSetException;

/** One file of a rule set: its name (relative to the rules directory) and its bytes. */
public record RuleFile(String name, byte[] content) {

    /** Whether this is one of the repository's DRL files (the only files ever compiled), not a table. */
    public boolean isDrl() {
        return name.toLowerCase(Locale.ROOT).endsWith(".drl");
    }

    /**
     * Every file of the directory, sorted by name; editor lock files and hidden files are not part of a rule set. The
     * one reader of a rules directory: the service, the CLI and the build's {@link RulePrecompiler} read it alike.
     */
    public static List<RuleFile> readDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new RuleSetException(FindingKind.MISSING_FILE, directory.toString(), "", "is not a directory; "
                    + "point maturity.rules-dir "
                    + "(or --rules) at the rules directory");
        }
        try (Stream<Path> paths = Files.list(directory)) {
            return paths.filter(Files::isRegularFile).filter(RuleFile::isRuleSetFile)
                    .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                    .map(RuleFile::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }

    private static boolean isRuleSetFile(Path path) {
        String name = path.getFileName().toString();
        // ".~lock.x.drl.xlsx#" (LibreOffice) and "~$x.drl.xlsx" (Excel) appear while an analyst has a table open
        return !name.startsWith(".") && !name.startsWith("~$") && !name.endsWith("~");
    }

    private static RuleFile read(Path path) {
        try {
            return new RuleFile(path.getFileName().toString(), Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
