package org.maturityadvisor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.maturityadvisor.MaturityAdvisorApplication;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;

/**
 * A database file the service may not write stops the start naming it and what to do, instead of a service that
 * reports ready and answers every signed-in request with a 500. The file is made truly read-only: its mode, and as
 * root (whom the mode does not stop) the immutable attribute too.
 */
class ReadOnlyDataFileTest {

    @TempDir
    Path temp;

    @Test
    void aReadOnlyDatabaseFileStopsTheStartNamingTheFileAndWhatToDo() throws Exception {
        Path data = temp.resolve("data");
        start(data).close();
        Path file = data.resolve("advisor.mv.db");
        long size = Files.size(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        boolean immutable = false;
        try {
            if (isRoot()) {
                immutable = chattr("+i", file);
                Assumptions.assumeTrue(immutable, "running as root, where the file's mode does not stop writes, and "
                        + "'chattr +i' is not possible here (no CAP_LINUX_IMMUTABLE, or a file system without it)");
            }
            assertThat(Files.isWritable(file)).as("the file really is read-only for this process").isFalse();

            Throwable thrown = NestedExceptionUtils.getMostSpecificCause(catchThrowable(() -> start(data).close()));

            assertThat(thrown).isInstanceOf(DataFile.Unusable.class)
                    .hasMessageContaining(file.toAbsolutePath().toString()).hasMessageContaining("is read-only")
                    .hasMessageContaining("fail every sign-in");
            assertThat(new DataFileFailureAnalyzer().analyze(thrown).getAction()).contains("lsattr",
                    "Let the service's user write");
            assertThat(Files.size(file)).as("the file is left as it was").isEqualTo(size);
        } finally {
            if (immutable) {
                chattr("-i", file);
            }
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        Process id = new ProcessBuilder("id", "-u").start();
        return new String(id.getInputStream().readAllBytes()).strip().equals("0") && id.waitFor() == 0;
    }

    private static boolean chattr(String flag, Path file) {
        try {
            return new ProcessBuilder("chattr", flag, file.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static ConfigurableApplicationContext start(Path data) {
        return SpringApplication.run(MaturityAdvisorApplication.class, "--server.port=0", "--server.address=127.0.0.1",
                "--maturity.data-dir=" + data);
    }
}
