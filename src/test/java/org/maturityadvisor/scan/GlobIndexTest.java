package org.maturityadvisor.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class GlobIndexTest {

    static final List<String> GLOBS = List.of(".github/workflows/*.{yml,yaml}", ".gitlab-ci.yml", "{test_*.py,*_test.py}",
            "*.py", "dvc.yaml", "{Dockerfile,*.Dockerfile,Dockerfile.*}", "Jenkinsfile",
            "{azure-pipelines.{yml,yaml},.azure-pipelines/*.{yml,yaml}}", "**/src/test/**/*.{java,kt}",
            "**/{great_expectations,gx}/expectations/**/*.json", "{*.dvc,dvc.yaml}", "*.{yml,yaml,json}", "test*",
            "src/**", "model_card.md", "*.tar.gz", "?akefile");

    static final List<String> PATHS = List.of("train.py", "src/a/test_model.py", "model_test.py", "Dockerfile",
            "svc/Dockerfile", "api.Dockerfile", "Dockerfile.gpu", ".github/workflows/ci.yml", "a/.github/workflows/x.yml",
            ".gitlab-ci.yml", "dvc.yaml", "data/x.dvc", "azure-pipelines.yaml", ".azure-pipelines/a.yml",
            "m/src/test/java/ATest.java", "gx/expectations/s/a.json", "x/great_expectations/expectations/a.json",
            "test", "testing.txt", "src/anything/at/all", "docs/model_card.md", "a.tar.gz", "Makefile", "makefile",
            "README", ".py", "noext", "a.b.c.yml", "Jenkinsfile");

    @Test
    void theIndexedDetectorsOfAPathAreExactlyThoseWhoseGlobMatchesInTableOrder() {
        List<Detector> detectors = new ArrayList<>();
        for (int i = 0; i < GLOBS.size(); i++) {
            detectors.add(RepositoryTreesTest.detector("d" + i, "p", "v", 1, GLOBS.get(i), PatternKind.FILE, ""));
        }
        Detectors indexed = new Detectors(detectors);

        for (String path : PATHS) {
            List<String> everyGlob = detectors.stream().filter(d -> d.path().matches(path)).map(Detector::id).toList();
            assertThat(indexed.forPath(path)).as(path).extracting(Detector::id).containsExactlyElementsOf(everyGlob);
        }
    }

    @Test
    void bracesExpandNestedAndTooManyAlternativesGiveUp() {
        assertThat(GlobIndex.expand("{a.{yml,yaml},b/*.{yml,yaml}}"))
                .containsExactly("a.yml", "a.yaml", "b/*.yml", "b/*.yaml");
        assertThat(GlobIndex.expand("{a,b,c,d}{a,b,c,d}{a,b,c,d}{a,b,c,d}")).isNull();
    }
}
