package org.maturityadvisor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.Page;
import org.h2.mvstore.db.MVPrimaryIndex;
import org.h2.mvstore.db.MVTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.MaturityAdvisorApplication;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.store.NewAssessment;
import org.maturityadvisor.store.StoredLevel;
import org.maturityadvisor.store.TeamStore;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A block of garbage inside the database file stops the start, naming the file and what to do, and leaves the file as
 * it was. Without the read-back, H2 opens such a file, serves the reads that miss the damage and fails the writes
 * that reach it (shown on a copy of each file, opened by H2 alone).
 */
class DataPagesTest {

    private static final int BLOCK = DataFile.BLOCK;

    @TempDir
    Path temp;

    @Test
    void aGarbledPageInTheMiddleOfTheAssessmentsStopsTheStartNamingTheFileAndWhatToDo() throws Exception {
        Path data = storedAssessments();
        Path file = DataFile.of(data);
        garble(file, middleAssessmentsPage(data).offset(), BLOCK);

        try (Connection h2Alone = openCopy(file)) { // what the read-back prevents: reads work, a write fails
            assertThat(count(h2Alone, "team")).isEqualTo(60);
            assertThatThrownBy(() -> h2Alone.createStatement().executeUpdate("update assessment set author = 'x'"))
                    .hasMessageContaining("File corrupted");
        }
        byte[] damaged = Files.readAllBytes(file);

        Throwable thrown = catchThrowable(() -> start(data).close());

        DataFile.Unusable unusable = unusable(thrown);
        assertThat(unusable).hasMessageContaining(file.toString()).hasMessageContaining("is damaged: H2 cannot read all"
                + " of it back (").hasMessageContaining("File corrupted").hasMessageContaining("every write after");
        assertThat(unusable.action()).contains("Restore the file from a backup", "backup --data-dir " + data);
        assertThat(new DataFileFailureAnalyzer().analyze(thrown).getDescription()).isEqualTo(unusable.getMessage());
        assertThat(Files.readAllBytes(file)).as("the file is left as it was").isEqualTo(damaged);
    }

    /** For a database too large to read back at every start: the operator's choice, and the old behaviour. */
    @Test
    void theReadBackCanBeTurnedOff() throws Exception {
        Path data = storedAssessments();
        garble(DataFile.of(data), middleAssessmentsPage(data).offset(), BLOCK);

        SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--maturity.data-dir=" + data, "--" + StorageCheck.SETTING + "=false").close();
    }

    /** Compaction reads a chunk's pages where its table of contents says they are; every read and write still works. */
    @Test
    void aGarbledTableOfContentsStopsTheStart() throws Exception {
        Path data = storedAssessments();
        Path file = DataFile.of(data);
        Place page = middleAssessmentsPage(data);
        garble(file, page.chunkStart() + page.tocPos(), page.tocLength());

        try (Connection h2Alone = openCopy(file)) {
            assertThat(count(h2Alone, "assessment")).isEqualTo(60);
            h2Alone.createStatement().executeUpdate("update team set name = name || '!'");
        }
        byte[] damaged = Files.readAllBytes(file);

        assertThat(unusable(catchThrowable(() -> start(data).close()))).hasMessageContaining(file.toString())
                .hasMessageContaining("is damaged").hasMessageContaining("table of contents");
        assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
    }

    /**
     * When the chunk the file header names is unreadable, H2 opens the newest older version it can read as if it were
     * the newest: after a SHUTDOWN COMPACT, an empty database.
     */
    @Test
    void anUnreadableNewestVersionStopsTheStartRatherThanOpenAnOlderOne() throws Exception {
        Path data = storedAssessments();
        try (Connection connection = DriverManager.getConnection(StorageDefaults.h2Url(data), "sa", "")) {
            connection.createStatement().execute("SHUTDOWN COMPACT");
        }
        Path file = DataFile.of(data);
        Map<String, String> header = DataUtils.parseMap(new String(Files.readAllBytes(file), 0, BLOCK,
                StandardCharsets.ISO_8859_1).lines().findFirst().orElseThrow().strip());
        long named = Long.parseLong(header.get("version"), 16);
        garble(file, Long.parseLong(header.get("block"), 16) * BLOCK, BLOCK);

        try (Connection h2Alone = openCopy(file)) {
            SessionLocal session = (SessionLocal) h2Alone.unwrap(JdbcConnection.class).getSession();
            assertThat(session.getDatabase().getStore().getMvStore().getCurrentVersion()).isLessThan(named);
            assertThat(h2Alone.getMetaData().getTables(null, "PUBLIC", "TEAM", null).next())
                    .as("an older version, here an empty database, opened as if it were the newest").isFalse();
        }

        assertThat(unusable(catchThrowable(() -> start(data).close()))).hasMessageContaining(file.toString())
                .hasMessageContaining("is damaged").hasMessageContaining("the newest version H2 can read is");
    }

    @Test
    void aHealthyFileIsReadBackWholeAndStartsAgain() throws Exception {
        Path data = storedAssessments();
        try (Connection connection = DriverManager.getConnection(StorageDefaults.h2Url(data), "sa", "")) {
            DataPages.Result result = DataPages.check(connection).orElseThrow();
            assertThat(result.damaged()).as(result.damage()).isFalse();
            assertThat(result.pages()).isGreaterThan(60);
        }
        start(data).close();
    }

    @Test
    void onlyH2FileUrlsNameAFile() {
        assertThat(DataFile.ofUrl("jdbc:h2:file:/srv/data/advisor;WRITE_DELAY=0")).contains(Path.of("/srv/data/advisor.mv.db"));
        assertThat(DataFile.ofUrl("jdbc:h2:/srv/data/advisor")).contains(Path.of("/srv/data/advisor.mv.db"));
        for (String other : List.of("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1", "jdbc:h2:tcp://db/advisor",
                "jdbc:postgresql://db/maturity", "")) {
            assertThat(DataFile.ofUrl(other)).as(other).isEmpty();
        }
    }

    /** 60 teams with an assessment each, through the service's own store; the service then stops as it always does. */
    private Path storedAssessments() {
        Path data = temp.resolve("data");
        Random random = new Random(60);
        try (ConfigurableApplicationContext context = start(data)) {
            TeamStore teams = context.getBean(TeamStore.class);
            String version = context.getBean(ActiveRuleSet.class).get().version();
            OffsetDateTime at = OffsetDateTime.parse("2026-12-01T09:00:00Z");
            for (int i = 0; i < 60; i++) {
                byte[] noise = new byte[1500]; // incompressible: the rows fill several pages
                random.nextBytes(noise);
                String result = "{\"noise\":\"" + HexFormat.of().formatHex(noise) + "\"}";
                teams.create("team-" + i, "Team " + i, "test", at);
                teams.save("team-" + i, new NewAssessment(at, "test", version, "{\"team\":" + i + "}", result,
                        List.of(new StoredLevel("m", 1, "Initial", null)), List.of()));
            }
        }
        return data;
    }

    /** Where a page is, as H2 finds it: its chunk's first byte and table of contents, and its own offset in the file. */
    private record Place(long chunkStart, int tocPos, int tocLength, long offset) {
    }

    /**
     * A leaf of assessments from the middle of their table: H2 opens a file whose first or last leaf is unreadable
     * (it reads them at open) only to fail.
     */
    private static Place middleAssessmentsPage(Path data) throws SQLException {
        try (Connection connection = DriverManager.getConnection(StorageDefaults.h2Url(data), "sa", "")) {
            SessionLocal session = (SessionLocal) connection.unwrap(JdbcConnection.class).getSession();
            MVTable table = (MVTable) session.getDatabase().getSchema("PUBLIC").getTableOrView(session, "ASSESSMENT");
            MVMap<?, ?> map = ((MVPrimaryIndex) table.getScanIndex(session)).getMVMap();
            Page<?, ?> page = map.getRootPage();
            assertThat(page.isLeaf()).as("enough rows for a tree of pages").isFalse();
            while (!page.isLeaf()) {
                page = page.getChildPage(page.getRawChildPageCount() / 2);
            }
            int chunk = DataUtils.getPageChunkId(page.getPos());
            Map<String, String> layout = DataPages.chunksOf(map.getStore().getFileStore()).stream()
                    .map(DataUtils::parseMap).filter(fields -> fields.get("chunk").equals(Integer.toHexString(chunk)))
                    .findFirst().orElseThrow();
            long start = Long.parseLong(layout.get("block"), 16) * BLOCK;
            Place place = new Place(start, Integer.parseInt(layout.get("toc"), 16),
                    Integer.parseInt(layout.get("pages"), 16) * Long.BYTES, start + DataUtils.getPageOffset(page.getPos()));
            shutDownAsItIs(connection);
            return place;
        }
    }

    private static void garble(Path file, long offset, int length) throws Exception {
        byte[] garbage = new byte[length];
        new Random(offset).nextBytes(garbage);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(garbage), offset);
        }
    }

    private Connection openCopy(Path file) throws Exception {
        Path copy = Files.createDirectories(temp.resolve("copy-" + System.nanoTime()));
        Files.copy(file, DataFile.of(copy));
        return DriverManager.getConnection(StorageDefaults.h2Url(copy), "sa", "");
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             var rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void shutDownAsItIs(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN IMMEDIATELY");
        }
    }

    private static DataFile.Unusable unusable(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataFile.Unusable unusable) {
                return unusable;
            }
        }
        throw new AssertionError("the start did not stop on the damaged file", thrown);
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--maturity.data-dir=" + data);
    }
}
