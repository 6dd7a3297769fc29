package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup} copies the embedded database into a zip that, unzipped into a data directory, is the database. */
class BackupCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aBackupUnzippedIntoAnEmptyDataDirectoryRestoresTheDatabase() throws Exception {
        Path data = temp.resolve("data");
        try (Connection db = DriverManager.getConnection(url(data), "sa", "")) {
            db.createStatement().execute("create table team (id varchar(64) primary key)");
            db.createStatement().execute("insert into team values ('payments-ml')");
        }
        Path zip = temp.resolve("backup.zip");

        assertThat(run("backup", "--data-dir", data.toString(), "--to", zip.toString())).as(err.toString()).isZero();

        Path restored = temp.resolve("restored");
        unzip(zip, restored);
        try (Connection db = DriverManager.getConnection(url(restored) + ";IFEXISTS=TRUE", "sa", "");
             ResultSet rows = db.createStatement().executeQuery("select id from team")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("payments-ml");
        }
        assertThat(out.toString()).contains("Restore: stop the service");
    }

    @Test
    void aDirectoryWithoutADatabaseIsBadUsageAndCreatesNone() {
        Path empty = temp.resolve("empty");

        assertThat(run("backup", "--data-dir", empty.toString(), "--to", temp.resolve("b.zip").toString()))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("No embedded database in");
        assertThat(Files.exists(empty.resolve("advisor.mv.db"))).isFalse();
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("advisor");
    }

    private static void unzip(Path zip, Path into) throws Exception {
        Files.createDirectories(into);
        try (InputStream file = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(file)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(Path.of(entry.getName()).getFileName()));
            }
        }
    }
}
