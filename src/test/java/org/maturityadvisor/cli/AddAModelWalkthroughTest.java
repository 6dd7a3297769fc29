package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maturityadvisor.testing.RulesFixture;

/**
 * rules/README.md's "Add a model in 30 minutes", followed literally: its blocks (the practice appended to
 * practices.csv, the new table, the scenario) written into a copy of the rules directory, and its two commands run
 * through the real CLI, loader and engine; then the zip step 6 uploads is validated as a draft. If the walk-through
 * drifts from what the service accepts, this fails.
 */
class AddAModelWalkthroughTest {

    private static final String SECTION = "## Add a model in 30 minutes";
    /** A block the walk-through asks to write: {@code ```csv file rules/x.drl.csv} or {@code ```csv append ...}. */
    private static final Pattern FILE_BLOCK = Pattern.compile("```\\w+ (file|append) (\\S+)\n(.*?)```",
            Pattern.DOTALL);
    private static final Pattern SHELL_BLOCK = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL);
    private static final String JAR = "java -jar target/maturity-advisor.jar ";

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private record Block(boolean append, String path, String text) {
    }

    private static String walkthrough() throws IOException {
        String readme = Files.readString(Path.of("rules", "README.md"));
        int start = readme.indexOf(SECTION);
        assertThat(start).as("rules/README.md has the walk-through").isPositive();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static List<Block> blocks(String walkthrough) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = FILE_BLOCK.matcher(walkthrough);
        while (matcher.find()) {
            blocks.add(new Block(matcher.group(1).equals("append"), matcher.group(2), matcher.group(3)));
        }
        return blocks;
    }

    private int run(String... args) {
        return Cli.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void theWalkthroughsTableAndScenarioValidateAndTheScenarioPassesOnTheRealEngine() throws Exception {
        String walkthrough = walkthrough();
        List<Block> blocks = blocks(walkthrough);
        assertThat(blocks).extracting(Block::path).as("a practice, a table and a scenario")
                .containsExactly("rules/practices.csv", "rules/launch-checklist.drl.csv",
                        "scenarios/launch-ready.json");
        Path project = temp.resolve("project");
        RulesFixture.copyOfShipped(project.resolve("rules"));
        Files.createDirectories(project.resolve("scenarios"));
        for (Block block : blocks) {
            Path file = project.resolve(block.path());
            if (block.append()) {
                Files.writeString(file, block.text(), StandardOpenOption.APPEND);
            } else {
                Files.writeString(file, block.text());
            }
        }
        Matcher shell = SHELL_BLOCK.matcher(walkthrough);
        assertThat(shell.find()).as("step 5's commands").isTrue();
        assertThat(shell.group(1).lines().map(String::strip).filter(line -> !line.isEmpty()).toList())
                .containsExactly(JAR + "validate rules", JAR + "test-scenarios");
        Path rules = project.resolve("rules");

        int validate = run("validate", rules.toString());
        assertThat(validate).as(out + "\n" + err).isZero();
        assertThat(out.toString()).contains("launch-checklist.drl.csv");

        int scenarios = run("test-scenarios", "--rules", rules.toString(), "--scenarios",
                project.resolve("scenarios").toString());
        assertThat(scenarios).as(out + "\n" + err).isZero();
        assertThat(out.toString()).containsPattern("PASS +launch-ready.json").contains("1 passed, 0 failed");

        Path zip = project.resolve("rules.zip");
        zip(rules, zip);
        assertThat(run("validate", zip.toString())).as("step 6's zip, as a draft: " + out + "\n" + err).isZero();
    }

    private static void zip(Path directory, Path zip) throws IOException {
        try (OutputStream file = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(file);
             Stream<Path> files = Files.list(directory)) {
            for (Path path : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry(path.getFileName().toString()));
                entries.write(Files.readAllBytes(path));
                entries.closeEntry();
            }
        }
    }
}
