package org.maturityadvisor.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.maturityadvisor.config.AdvisorProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A first start (no user, no admin password configured) ends its log with the address to open, on the port actually
 * bound, and the file that holds the generated admin password: after the rule set is loaded and the application has
 * started, as the very last line.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "maturity.security.admin-password=")
@ExtendWith(OutputCaptureExtension.class)
class StartLineTest {

    @LocalServerPort
    int port;

    @Autowired
    AdvisorProperties properties;

    @Autowired
    StartLine line;

    @Test
    void theLastLineOfAFirstStartSaysWhereToGoAndWhereThePasswordIs(CapturedOutput output) {
        List<String> lines = output.getOut().lines().filter(l -> !l.isBlank()).toList();
        Path file = properties.dataDir().resolve("initial-admin-password").toAbsolutePath();
        assertThat(lines.get(lines.size() - 1)).endsWith("Ready: open http://localhost:" + port
                + "/ and sign in as admin with the password in " + file);
        int ready = lines.size() - 1;
        assertThat(indexOf(lines, "Loaded rule set")).isBetween(0, ready - 1);
        assertThat(indexOf(lines, "Started ")).isBetween(0, ready - 1);
    }

    @Test
    void oncePasswordChangedItNoLongerPointsAtTheFile() {
        Path file = properties.dataDir().resolve("initial-admin-password").toAbsolutePath();
        assertThat(line.signIn()).isEqualTo("sign in as admin with the password in " + file);
        assertThat(line.url(8080)).isEqualTo("http://localhost:8080/");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
