package org.maturityadvisor.web;

import org.maturityadvisor.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.input.TeamInputReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssessmentController {

    private final ActiveRuleSet ruleSet;

    AssessmentController(ActiveRuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Classifies one team; the body is read strictly so every bad field is reported at once. */
    @PostMapping(path = "/api/assessments", consumes = MediaType.APPLICATION_JSON_VALUE)
    AssessmentResult assess(@RequestBody String body) {
        Advisor advisor = ruleSet.get();
        return advisor.assess(TeamInputReader.read(body, advisor.catalog()));
    }
}
