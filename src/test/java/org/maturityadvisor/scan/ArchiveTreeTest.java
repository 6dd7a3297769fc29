package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ArchiveTreeTest {

    private static final ScanLimits LIMITS = ScanLimits.DEFAULTS;

    /** Each archive format, as a name and a way to build it. */
    static Stream<Arguments> formats() {
        return Stream.of(Arguments.of("zip", (Function<Archives, byte[]>) Archives::zip),
                Arguments.of("tar.gz", (Function<Archives, byte[]>) Archives::tarGz));
    }

    /** Hostile entry names, each refused naming the entry, in either format. */
    static Stream<Arguments> hostileNames() {
        List<String[]> names = List.of(
                new String[] {"../x.py", "climbs out of its folder with .."},
                new String[] {"a/../../x.py", "climbs out of its folder with .."},
                new String[] {"a/b/../../../etc/passwd", "climbs out of its folder with .."},
                new String[] {"/etc/x", "has an absolute path"},
                new String[] {"C:\\x", "has an absolute path"},
                new String[] {"c:/x", "has an absolute path"},
                new String[] {"\\\\server\\share\\x", "has an absolute path"},
                new String[] {"a\\b.py", "has a backslash in its path"},
                new String[] {"a/b\u0007.py", "has a control character in its name"});
        return formats().flatMap(format -> names.stream()
                .map(name -> Arguments.of(format.get()[0], format.get()[1], name[0], name[1])));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("hostileNames")
    void aHostileEntryNameRefusesTheArchiveNamingItBeforeAnythingIsRead(String format, Function<Archives, byte[]> build,
                                                                          String name, String words) throws Exception {
        byte[] bytes = build.apply(Archives.of().file("README.md", "hello").file(name, "x"));
        var recorder = new Archives.Recorder();

        assertThatThrownBy(() -> ArchiveTree.of(bytes, "repo." + format).walk(recorder, LIMITS, filter()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining(words)
                .satisfies(e -> assertThat(((ScanRefusedException) e).entry()).isEqualTo(name.replace('\u0007', '?')));
        assertThat(recorder.files).as("refused before the first entry is visited").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aSingleTopFolderIsStrippedSoPathsReadAsInTheRepository(String format, Function<Archives, byte[]> build)
            throws Exception {
        byte[] bytes = build.apply(Archives.of().folder("repo-main/").folder("repo-main/tests/")
                .file("repo-main/tests/test_model.py", "def test_a():\n").file("repo-main/README.md", "# repo\n"));

        var recorder = walk(bytes, "repo-main." + format);

        assertThat(recorder.files).containsExactly("tests/test_model.py", "README.md");
        assertThat(recorder.contents).containsExactly("def test_a():\n", "# repo\n");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void twoTopLevelEntriesKeepTheirPathsAndDotSegmentsAreDropped(String format, Function<Archives, byte[]> build)
            throws Exception {
        byte[] bytes = build.apply(Archives.of().file("./src/app.py", "x").file("README.md", "y")
                .file("src//lib/./util.py", "z"));

        assertThat(walk(bytes, "a." + format).files).containsExactly("src/app.py", "README.md", "src/lib/util.py");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void linksAreSkippedNeverFollowedAndDevicesAndPipesAreSpecial(String format, Function<Archives, byte[]> build)
            throws Exception {
        var archive = Archives.of().file("repo/app.py", "x")
                .link("repo/test_link.py", Archives.Type.SYMLINK, "/etc/passwd")
                .link("repo/escape", Archives.Type.SYMLINK, "../../..")
                .special("repo/pipe", Archives.Type.FIFO)
                .special("repo/tty", Archives.Type.CHAR_DEVICE);
        if (format.equals("tar.gz")) {
            archive.link("repo/hard.py", Archives.Type.HARDLINK, "/etc/shadow");
        }

        var recorder = walk(build.apply(archive), "repo." + format);

        assertThat(recorder.files).containsExactly("app.py");
        assertThat(recorder.skipped).contains("test_link.py symlink", "escape symlink", "pipe special",
                "tty special");
        if (format.equals("tar.gz")) {
            assertThat(recorder.skipped).contains("hard.py symlink");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void gitInternalsVendoredAndTooDeepFoldersAreReportedOnceAndNothingUnderThemIsSeen(String format,
            Function<Archives, byte[]> build) throws Exception {
        byte[] bytes = build.apply(Archives.of().file("r/.git/config", "[core]").file("r/.git/hooks/test_x.py", "x")
                .file("r/web/node_modules/a/index.js", "x").file("r/web/node_modules/b/index.js", "y")
                .folder("r/.venv/").file("r/a/b/c/d/e.py", "deep").file("r/app.py", "ok"));

        var recorder = new Archives.Recorder();
        ArchiveTree.of(bytes, "r." + format).walk(recorder, LIMITS, new TreeFilter(List.of(), 3));

        assertThat(recorder.files).containsExactly("app.py");
        assertThat(recorder.skipped).containsExactly(".git git-internals", "web/node_modules vendored",
                ".venv vendored", "a/b/c/d too-deep");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void excludedGlobsSkipFilesAsInAFolder(String format, Function<Archives, byte[]> build) throws Exception {
        byte[] bytes = build.apply(Archives.of().file("r/docs/a.md", "x").file("r/gen/x.py", "y")
                .file("r/app.py", "z"));
        var recorder = new Archives.Recorder();
        var filter = new TreeFilter(List.of(PathGlob.parse("gen").glob(), PathGlob.parse("*.md").glob()), 32);

        ArchiveTree.of(bytes, "r." + format).walk(recorder, LIMITS, filter);

        assertThat(recorder.files).containsExactly("app.py");
        assertThat(recorder.skipped).containsExactly("docs/a.md excluded", "gen excluded");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void moreEntriesThanTheLimitAreRefusedNamingTheSetting(String format, Function<Archives, byte[]> build) {
        var archive = Archives.of();
        for (int i = 0; i < 11; i++) {
            archive.file("f" + i + ".py", "x");
        }
        byte[] bytes = build.apply(archive);
        var limits = new ScanLimits(1 << 20, 10, 1 << 30, 32, 200);

        assertThatThrownBy(() -> ArchiveTree.of(bytes, "a").walk(new Archives.Recorder(), limits, filter()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("more than 10 entries (maturity.scan.max-entries)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anArchiveInflatingBeyondTheTotalIsRefusedNamingTheSetting(String format, Function<Archives, byte[]> build) {
        byte[] bytes = build.apply(Archives.of().file("a.csv", text(700 * 1024)).file("b.csv", text(700 * 1024)));
        var limits = new ScanLimits(1 << 20, 100, 1024 * 1024, 32, 100_000);

        assertThatThrownBy(() -> ArchiveTree.of(bytes, "a").walk(new Archives.Recorder(), limits, filter()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("the archive inflates beyond 1 MiB (maturity.scan.max-total-bytes)");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void anEntryInflatingAtABombsRatioIsRefusedNamingTheSetting(String format, Function<Archives, byte[]> build) {
        byte[] bytes = build.apply(Archives.of().file("README.md", "hi").file("zeros.bin", new byte[4 << 20]));

        assertThatThrownBy(() -> ArchiveTree.of(bytes, "a").walk(new Archives.Recorder(), LIMITS, filter()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("inflates more than 200 times its compressed size (maturity.scan.max-ratio)");
    }

    @Test
    void aBombIsNeverInflatedPastTheLimit() {
        var limits = new ScanLimits(1 << 20, 100, 2 * 1024 * 1024, 32, Integer.MAX_VALUE);
        var inflation = new Inflation(limits);
        var endless = new InputStream() {
            long produced;

            @Override
            public int read() {
                produced++;
                return 0;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                produced += length;
                return length;
            }
        };

        assertThatThrownBy(() -> inflation.guard(endless, () -> 1).readAllBytes())
                .isInstanceOf(Inflation.Breached.class)
                .hasMessageContaining("beyond 2 MiB");
        assertThat(endless.produced).isLessThanOrEqualTo(2 * 1024 * 1024 + 64 * 1024);
    }

    @Test
    void aTarGzBombIsRefusedAfterReadingOnlyUpToTheLimit() throws Exception {
        var gzip = new ByteArrayOutputStream();
        try (var tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(gzip))) {
            var entry = new TarArchiveEntry("zeros.csv");
            entry.setSize(64L << 20);
            tar.putArchiveEntry(entry);
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                tar.write(zeros);
            }
            tar.closeArchiveEntry();
        }
        var limits = new ScanLimits(1 << 20, 100, 1 << 20, 32, Integer.MAX_VALUE);
        long started = System.nanoTime();

        assertThatThrownBy(() -> ArchiveTree.of(gzip.toByteArray(), "bomb.tar.gz")
                .walk(new Archives.Recorder(), limits, filter()))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("the archive inflates beyond 1 MiB (maturity.scan.max-total-bytes)");
        assertThat(System.nanoTime() - started).as("stopped at 1 MiB, not 64").isLessThan(2_000_000_000L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aNestedArchiveIsAPlainFileNeverOpened(String format, Function<Archives, byte[]> build) throws Exception {
        byte[] inner = build.apply(Archives.of().file("test_inner.py", "def test_x():\n"));
        byte[] bytes = build.apply(Archives.of().file("inner." + format, inner).file("app.py", "x"));

        var recorder = walk(bytes, "outer");

        assertThat(recorder.files).containsExactly("inner." + format, "app.py");
    }

    @Test
    void anythingButAZipOrGzipIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> ArchiveTree.of("just text".getBytes(StandardCharsets.UTF_8), "repo.zip"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("not a zip or tar.gz archive: repo.zip");
        assertThatThrownBy(() -> ArchiveTree.of(new byte[0], "repo.tar.gz"))
                .isInstanceOf(ScanRefusedException.class);
    }

    @Test
    void theFormatIsChosenByContentNotName() throws Exception {
        byte[] zip = Archives.of().file("app.py", "x").zip();

        assertThat(walk(zip, "misnamed.tar.gz").files).containsExactly("app.py");
    }

    @Test
    void aGzipThatIsNotATarIsRefusedAsUnreadable() throws Exception {
        var gzip = new ByteArrayOutputStream();
        try (var out = new GzipCompressorOutputStream(gzip)) {
            out.write("a,b\n1,2\n".repeat(200).getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> walk(gzip.toByteArray(), "data.csv.gz"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("cannot be read as a tar.gz");
    }

    @Test
    void aTruncatedArchiveIsRefusedAsUnreadable() {
        byte[] whole = Archives.of().file("a.py", text(100_000)).tarGz();
        byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

        assertThatThrownBy(() -> walk(truncated, "cut.tar.gz"))
                .isInstanceOf(ScanRefusedException.class)
                .hasMessageContaining("cannot be read as a tar.gz");
    }

    @Test
    void theTreeIsNamedByTheFileNameWithoutItsFolderOrExtension() throws Exception {
        byte[] zip = Archives.of().file("a.py", "x").zip();

        assertThat(ArchiveTree.of(zip, "uploads/ml-repo.zip").name()).isEqualTo("ml-repo");
        assertThat(ArchiveTree.of(zip, "C:\\x\\ml-repo.tar.gz").name()).isEqualTo("ml-repo");
        assertThat(ArchiveTree.of(zip, null).name()).isEqualTo("archive");
    }

    private static Archives.Recorder walk(byte[] bytes, String name) throws IOException, ScanRefusedException {
        var recorder = new Archives.Recorder();
        ArchiveTree.of(bytes, name).walk(recorder, LIMITS, filter());
        return recorder;
    }

    private static TreeFilter filter() {
        return TreeFilter.standard(LIMITS);
    }

    /** Text that compresses like code does, not like a bomb. */
    private static String text(int length) {
        var random = new java.util.Random(length);
        var out = new StringBuilder(length);
        while (out.length() < length) {
            out.append("value_").append(random.nextInt(1_000_000)).append(',').append(random.nextDouble()).append('\n');
        }
        return out.substring(0, length);
    }
}
