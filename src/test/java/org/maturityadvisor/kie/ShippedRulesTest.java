package org.maturityadvisor.kie;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamContext;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.ruleset.RuleSetLoader;

class ShippedRulesTest {

    @Test
    void loadsAndClassifies() {
        Advisor advisor = RuleSetLoader.load(Path.of("rules"));
        AssessmentResult result = advisor.assess(new TeamProfile("t", TeamContext.unknown(),
                advisor.catalog().answers(Map.of("creation.data-pipeline", true), "answers.")));
        System.out.println(result);
    }
}
