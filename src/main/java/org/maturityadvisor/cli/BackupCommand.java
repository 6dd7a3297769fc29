package org.maturityadvisor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Backs up the embedded H2 database into a zip with H2's own {@code BACKUP TO}, a consistent copy. H2 locks its file
 * while the service runs, so stop the service first. Restore: unzip the backup into an empty data directory. For
 * PostgreSQL use {@code pg_dump}.
 */
@Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = {"Backs up the embedded H2 database (stop the service first) into a zip.",
        "Restore: stop the service, unzip the backup into an empty data directory, start. PostgreSQL: use pg_dump."})
final class BackupCommand implements Callable<Integer> {

    static final int FAILED = 6;

    @Option(names = "--data-dir", description = "The data directory (default: ${DEFAULT-VALUE}).", defaultValue = "data")
    Path dataDir;

    @Option(names = "--to", description = "The zip to write (default: advisor-backup-<time>.zip).")
    Path to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path dir = dataDir.toAbsolutePath().normalize();
        Path target = (to != null ? to : Path.of("advisor-backup-" + LocalDateTime.now()
                .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".zip")).toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve("advisor.mv.db"))) {
            err.println("No embedded database in " + dir + " (no advisor.mv.db); give its directory with --data-dir");
            return Cli.USAGE;
        }
        if (Files.exists(target)) {
            err.println(target + " already exists; give another --to");
            return Cli.USAGE;
        }
        // IFEXISTS: never create an empty database where the caller expected theirs
        String url = "jdbc:h2:file:" + dir.resolve("advisor") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement backup = connection.prepareStatement("BACKUP TO ?")) {
            backup.setString(1, target.toString());
            backup.execute();
        } catch (SQLException e) {
            err.println("Backup failed: " + e.getMessage().lines().findFirst().orElse("")
                    + (e.getMessage().contains("already in use") ? " (stop the service first)" : ""));
            return FAILED;
        }
        out.println("Backed up " + dir.resolve("advisor.mv.db") + " to " + target);
        out.println("Restore: stop the service, then unzip " + target.getFileName() + " into an empty data directory.");
        return 0;
    }
}
