package org.maturityadvisor.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded database's file, checked before H2 opens it. H2 treats an empty file as a new database: the service
 * would start empty, as if every team, assessment and published version were gone, and accept new writes. A missing
 * file is a first start; an empty, truncated or unreadable one stops the start, naming the file and what to do.
 */
final class DataFile {

    /** H2's MVStore writes whole blocks of 4 KiB and starts with a text header, "H:2,block:...". */
    static final int BLOCK = 4096;
    private static final Pattern HEADER = Pattern.compile("^H:2,");
    /** The chunk the header last named; a header written at creation, or lazily after a crash, names none. */
    private static final Pattern LAST_BLOCK = Pattern.compile(",block:([0-9a-f]+),");
    private static final String H2_URL = "jdbc:h2:";

    private DataFile() {
    }

    /** The file H2 keeps a database in: {@code advisor.mv.db} beside the URL's {@code advisor}. */
    static Path of(Path dataDir) {
        return dataDir.resolve("advisor.mv.db");
    }

    /** @throws Unusable when the file exists but cannot be the database it was */
    static void check(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new Unusable(file, "cannot be read (not a readable file)");
        }
        long size = size(file);
        if (size == 0) {
            throw new Unusable(file, "is empty (0 bytes)");
        }
        String header = header(file);
        if (!HEADER.matcher(header).find()) {
            throw new Unusable(file, "is not an H2 database file (its header is unreadable)");
        }
        Matcher block = LAST_BLOCK.matcher(header.lines().findFirst().orElse(""));
        long lastBlock = block.find() ? Long.parseLong(block.group(1), 16) : 0;
        if (size % BLOCK != 0 || size < 2L * BLOCK || size <= lastBlock * BLOCK) {
            throw new Unusable(file, "is truncated (" + size + " bytes; its header names block " + lastBlock
                    + ", which ends past the file)");
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new Unusable(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private static String header(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(256), StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new Unusable(file, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * The file of an H2 URL ({@code jdbc:h2:file:/x/advisor;...} or {@code jdbc:h2:/x/advisor}); empty for another
     * database, or H2 in memory or over TCP.
     */
    static Optional<Path> ofUrl(String url) {
        if (url == null || !url.startsWith(H2_URL)) {
            return Optional.empty();
        }
        String name = url.substring(H2_URL.length()).split(";", 2)[0];
        name = name.startsWith("file:") ? name.substring("file:".length()) : name;
        name = name.startsWith("~") ? System.getProperty("user.home") + name.substring(1) : name;
        boolean otherScheme = name.indexOf(':') > 1; // mem:, tcp:, ssl:, zip:, ... but not a drive letter, C:/
        return otherScheme || name.isEmpty() ? Optional.empty() : Optional.of(Path.of(name + ".mv.db"));
    }

    /** The database file is there but unusable; the start stops rather than run on it. */
    static final class Unusable extends IllegalStateException {
        private static final String EMPTY = "Starting would open an empty database as if every team, assessment and "
                + "published rule set were gone.";
        private final transient Path file;
        private final String action;

        Unusable(Path file, String problem) {
            this(file, problem, EMPTY, null);
        }

        /** @param consequence what starting on the file would do, one sentence */
        Unusable(Path file, String problem, String consequence, Throwable cause) {
            this(file, problem, consequence, null, cause);
        }

        /** @param action what to do, when it is not to restore the file from a backup */
        Unusable(Path file, String problem, String consequence, String action, Throwable cause) {
            super("The embedded database file " + file + " " + problem + ". " + consequence, cause);
            this.file = file;
            this.action = action;
        }

        String action() {
            if (action != null) {
                return action;
            }
            return "Restore the file from a backup (stop the service; unzip the backup made by "
                    + "'java -jar maturity-advisor.jar backup --data-dir " + file.getParent() + "' into "
                    + file.getParent() + "; see README \"Storage\"). To start afresh on purpose, move " + file
                    + " away first.";
        }
    }
}
