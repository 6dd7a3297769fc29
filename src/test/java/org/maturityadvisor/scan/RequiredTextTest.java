package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequiredTextTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
        "\\bmlflow\\.log_metric\\(                       => mlflow.log_metric(",
        "wandb\\.(?:init|log) => wandb.init,wandb.log",
        "wandb\\.init|WandbLogger                         => wandb.init,WandbLogger",
        "\\bML[Ff]low(?:Logger|Callback)[ \\t]*\\(         => MLFlowLogger,MLFlowCallback,MLflowLogger,MLflowCallback",
        "(?m)^stages\\s*:                                 => stages",
        "(?s:\\bfrom[ \\t]+kedro\\.pipeline[ \\t]+import\\b.*?\\bPipeline\\() => from,kedro.pipeline,import,Pipeline(",
        "(?s:\\bfrom[ \\t]+prefect[ \\t]+import[^\\n]*\\bflow\\b.*?\\n[ \\t]*@flow\\b) => from,prefect,import,flow,@flow",
        "^[ \\t]*class[ \\t]+\\w+[ \\t]*\\([^)\\n]*\\bTestCase\\b => class,TestCase",
        "(?P<name>kind)[ \\t]*:[ \\t]*Rollout              => kind,Rollout",
        "a{2,3}bcd                                          => bcd",
        "colou?r                                            => color,colour",
    })
    void anExpressionNeedsTheTextsItsMatchesMustContain(String regex, String texts) {
        RequiredText.Need need = RequiredText.of(regex.strip()).orElseThrow();
        Set<String> listed = Set.of(texts.strip().split(","));

        assertThat(need.met(listed::contains)).as("met when the file holds them").isTrue();
        assertThat(need.met(text -> !listed.contains(text))).as("not met when it holds only others").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", quoteCharacter = '`', value = {
        "(?i)^#+[ \\t]*(?:model details|intended use)\\b  => case-insensitive",
        "\\w+\\s*=\\s*\\d+                               => no literal",
        "ab|\\w+cde                                        => one side has none",
        "\\x41bcdef                                        => an escape not followed",
        "\\Qabc\\E                                         => quoting not followed",
        "[[:alpha:]]+xyz                                   => a POSIX class is not followed",
        "x*abc|d                                           => a text shorter than 3",
        "(?:abc)*                                          => optional",
    })
    void whatIsNotUnderstoodOrTooShortGivesNoRequirement(String regex, String why) {
        assertThat(RequiredText.of(regex.strip())).as(why).isEmpty();
    }

    @Test
    void aWordInOneAlternativeDoesNotStandForTheOthers() {
        RequiredText.Need need = RequiredText.of("^[ \\t]*(?:with[ \\t]+(?:airflow\\.)?DAG[ \\t]*\\(|\\w+[ \\t]*=[ \\t]*DAG\\()")
                .orElseThrow();

        assertThat(need.met("with"::equals)).as("with alone").isFalse();
        assertThat(need.met(text -> text.equals("with") || text.equals("DAG("))).isTrue();
        assertThat(need.met("DAG("::equals)).as("the second alternative").isTrue();
    }

    @Test
    void theMatcherFindsWhatEveryPatternFindsOnItsOwn() {
        List<Detector> detectors = List.of(
                RepositoryTreesTest.detector("a", "p", "v", 1, "*.py", PatternKind.REGEX,
                        "^[ \\t]*(?:with[ \\t]+)?mlflow\\.(?:\\w+\\.)?(?:log_metrics?|start_run)\\b"),
                RepositoryTreesTest.detector("b", "p", "v", 1, "*.py", PatternKind.REGEX, "\\bWandb(?:Logger|Callback)\\("),
                RepositoryTreesTest.detector("c", "p", "v", 1, "*.py", PatternKind.LITERAL, "import dvc"),
                RepositoryTreesTest.detector("d", "p", "v", 1, "*.py", PatternKind.REGEX, "\\w+_suite\\(\\)"),
                RepositoryTreesTest.detector("e", "p", "v", 1, "*.py", PatternKind.FILE, ""));
        FileMatcher matcher = new FileMatcher(detectors);
        List<String> files = List.of("x = 1\n", "  mlflow.log_metric('a', 1)\n", "with mlflow.start_run():\n",
                "mlflow.autolog()\n", "cb = WandbLogger(project='x')\n", "import dvc.api\n", "run = my_suite()\n",
                "é ü mlflow.log_metrics({})\nWandbCallback(\n");

        for (String file : files) {
            List<String> alone = detectors.stream().filter(d -> d.pattern().find(file).isPresent())
                    .map(Detector::id).toList();
            assertThat(matcher.sightings("f.py", file.getBytes(StandardCharsets.UTF_8))).as(file)
                    .extracting(sighting -> sighting.detector()).containsExactlyElementsOf(alone);
        }
    }

    @Test
    void aTextSearchReportsEveryTextPresentOverlapsIncluded() {
        TextSearch search = new TextSearch(List.of("he", "she", "hers", "his", "é"));
        byte[] bytes = "ushers café".getBytes(StandardCharsets.UTF_8);

        assertThat(search.in(bytes, bytes.length).stream().boxed().toList()).containsExactly(0, 1, 2, 4);
        assertThat(Set.copyOf(search.in(new byte[0], 0).stream().boxed().toList())).isEmpty();
    }
}
