package org.maturityadvisor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * The README's CI jobs for {@code scan} are YAML a CI server accepts (parsed here by SnakeYAML), run on a push to main,
 * and call the CLI with options it really has, each variable they use defined by the job or the CI server.
 */
class ReadmeCiSnippetsTest {

    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\n(.*?)```", Pattern.DOTALL);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Z_][A-Z0-9_]*)");
    private static final Set<String> GITHUB_DEFAULTS = Set.of("RUNNER_TEMP", "GITHUB_SHA", "GITHUB_REF_NAME");
    private static final Set<String> GITLAB_DEFAULTS = Set.of("CI_COMMIT_SHA", "CI_COMMIT_BRANCH",
            "MATURITY_CLI_URL", "MATURITY_URL", "MATURITY_TEAM", "MATURITY_TOKEN");

    private static List<String> snippets() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("### Read a team's repository: `scan`");
        int end = readme.indexOf("\n### ", start + 1);
        assertThat(start).as("the README's scan section").isPositive();
        List<String> blocks = new ArrayList<>();
        Matcher matcher = YAML_BLOCK.matcher(readme.substring(start, end));
        while (matcher.find()) {
            blocks.add(matcher.group(1));
        }
        assertThat(blocks).as("a GitHub Actions and a GitLab CI job").hasSize(2);
        return blocks;
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitHubActionsJobRunsOnPushToMainAndCallsScanWithRealOptions() throws Exception {
        Map<String, Object> workflow = new Yaml().load(snippets().get(0));

        // YAML 1.1 reads the key on as true; GitHub reads it as "on": either way it is the trigger
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(true);
        Map<String, Object> push = (Map<String, Object>) ((Map<String, Object>) on).get("push");
        assertThat((List<String>) push.get("branches")).containsExactly("main");
        Map<String, Object> job = (Map<String, Object>) ((Map<String, Object>) workflow.get("jobs")).get("scan");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) job.get("steps");
        Map<String, Object> step = steps.stream().filter(s -> String.valueOf(s.get("run")).contains(" scan "))
                .findFirst().orElseThrow();
        Map<String, Object> env = (Map<String, Object>) step.get("env");
        assertThat(env).containsKeys("MATURITY_URL", "TEAM", "MATURITY_TOKEN", "MATURITY_CLI_URL");
        assertThat(String.valueOf(env.get("MATURITY_TOKEN"))).isEqualTo("${{ secrets.MATURITY_TOKEN }}");

        String run = (String) step.get("run");
        usesOnlyDefined(run, env.keySet(), GITHUB_DEFAULTS);
        scanLineParses(run);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theGitLabJobRunsOnMainAndCallsScanWithRealOptions() throws Exception {
        Map<String, Object> pipeline = new Yaml().load(snippets().get(1));

        Map<String, Object> job = (Map<String, Object>) pipeline.get("maturity-scan");
        List<Map<String, Object>> rules = (List<Map<String, Object>>) job.get("rules");
        assertThat(rules).singleElement().satisfies(rule -> assertThat(rule.get("if"))
                .isEqualTo("$CI_COMMIT_BRANCH == \"main\""));
        Map<String, Object> variables = (Map<String, Object>) job.get("variables");
        List<String> script = (List<String>) job.get("script");
        String run = String.join("\n", script);
        usesOnlyDefined(run, variables.keySet(), GITLAB_DEFAULTS);
        scanLineParses(run);
    }

    private static void usesOnlyDefined(String script, Set<String> defined, Set<String> byTheServer) {
        Matcher matcher = VARIABLE.matcher(script);
        while (matcher.find()) {
            assertThat(defined.contains(matcher.group(1)) || byTheServer.contains(matcher.group(1)))
                    .as("$" + matcher.group(1) + " is defined by the job or the CI server").isTrue();
        }
    }

    /** The script's java ... scan line, its variables given plausible values, parsed by the real command. */
    private static void scanLineParses(String script) {
        String line = script.lines().filter(l -> l.contains(".jar") && l.contains(" scan ")).findFirst()
                .orElseThrow();
        List<String> words = words(line.replaceAll("\"?\\$\\{?(GITHUB_SHA|CI_COMMIT_SHA)}?\"?",
                "0123456789abcdef0123456789abcdef01234567"));
        List<String> args = words.subList(words.indexOf("scan") + 1, words.size());
        ParseResult parsed = new CommandLine(new ScanCommand()).parseArgs(args.toArray(String[]::new));

        assertThat(parsed.matchedPositionals()).singleElement()
                .satisfies(path -> assertThat(path.stringValues()).containsExactly("."));
        assertThat(parsed.matchedOptions()).extracting(option -> option.longestName())
                .contains("--url", "--team", "--token", "--rules");
        assertThat(args).containsSubsequence("--url", "$MATURITY_URL", "--team", "$TEAM", "--token",
                "$MATURITY_TOKEN");
    }

    /** Words as a POSIX shell splits them, for double quotes (the snippets use no other quoting). */
    private static List<String> words(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        for (char c : line.strip().toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!word.isEmpty()) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else {
                word.append(c);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }
}
