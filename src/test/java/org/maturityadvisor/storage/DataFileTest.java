package org.maturityadvisor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.MaturityAdvisorApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** The service never starts silently on an empty database: an empty, truncated or foreign file stops the start. */
class DataFileTest {

    @TempDir
    Path temp;

    @Test
    void anEmptyDatabaseFileStopsTheStartNamingTheFileAndWhatToDo() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.createFile(data.resolve("advisor.mv.db"));

        Throwable thrown = catchThrowable(() -> start(data).close());

        assertThat(thrown).isInstanceOf(DataFile.Unusable.class)
                .hasMessageContaining(data.resolve("advisor.mv.db").toAbsolutePath().toString())
                .hasMessageContaining("is empty (0 bytes)");
        assertThat(((DataFile.Unusable) thrown).action()).contains("Restore the file from a backup", "backup");
        assertThat(new DataFileFailureAnalyzer().analyze(thrown).getAction()).contains("move");
        assertThat(Files.size(data.resolve("advisor.mv.db"))).as("the file is left as it was").isZero();
    }

    @Test
    void aTruncatedDatabaseFileStopsTheStart() throws Exception {
        Path data = temp.resolve("data");
        start(data).close();
        Path file = data.resolve("advisor.mv.db");
        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, DataFile.BLOCK * 2 + 100));

        assertThat(catchThrowable(() -> start(data).close())).isInstanceOf(DataFile.Unusable.class)
                .hasMessageContaining("is truncated");
        Files.write(file, Arrays.copyOf(whole, DataFile.BLOCK * 2));
        assertThat(catchThrowable(() -> start(data).close())).isInstanceOf(DataFile.Unusable.class)
                .hasMessageContaining("is truncated");
    }

    @Test
    void aFileThatIsNotAnH2DatabaseStopsTheStart() throws Exception {
        Path data = Files.createDirectories(temp.resolve("data"));
        Files.writeString(data.resolve("advisor.mv.db"), "PK\u0003\u0004 not a database");

        assertThat(catchThrowable(() -> start(data).close())).isInstanceOf(DataFile.Unusable.class)
                .hasMessageContaining("is not an H2 database file");
    }

    /** After kill -9 the header may be the one written at creation, naming no block (DurabilityIT found it). */
    @Test
    void aHeaderThatNamesNoBlockIsAcceptedWhenTheFileIsWholeBlocks() throws Exception {
        Path file = Files.createDirectories(temp.resolve("data")).resolve("advisor.mv.db");
        byte[] content = new byte[DataFile.BLOCK * 3];
        byte[] header = "H:2,blockSize:1000,created:1a233611d47,format:3,fletcher:67a36818\n".getBytes();
        System.arraycopy(header, 0, content, 0, header.length);
        Files.write(file, content);

        DataFile.check(file);

        Files.write(file, Arrays.copyOf(content, DataFile.BLOCK * 3 - 1));
        assertThat(catchThrowable(() -> DataFile.check(file))).hasMessageContaining("is truncated");
    }

    @Test
    void aMissingDatabaseIsAFirstStartAndAHealthyOneStartsAgainWithItsData() throws Exception {
        Path data = temp.resolve("data");
        List<Map<String, Object>> users;
        try (ConfigurableApplicationContext first = start(data)) {
            assertThat(Files.size(data.resolve("advisor.mv.db"))).as("a new database file").isPositive();
            users = users(first);
            assertThat(users).as("the initial admin, created at the first start").hasSize(1);
        }
        try (ConfigurableApplicationContext again = start(data)) {
            assertThat(again.isActive()).isTrue();
            assertThat(users(again)).as("the same database: the same admin, none created again").isEqualTo(users);
        }
    }

    private static List<Map<String, Object>> users(ConfigurableApplicationContext context) {
        return context.getBean(JdbcTemplate.class).queryForList("select * from app_user order by name");
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--maturity.data-dir=" + data);
    }
}
