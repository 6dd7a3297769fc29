package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.teams.LatestAnswers;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The roadmap toward a team's target, as JSON, Markdown or CSV ({@link RoadmapFormat}): for team input sent in the
 * body, or for a stored team's newest answers under the active rules.
 */
@RestController
class RoadmapController {

    private final ActiveRuleSet ruleSet;
    private final LatestAnswers latest;

    RoadmapController(ActiveRuleSet ruleSet, LatestAnswers latest) {
        this.ruleSet = ruleSet;
        this.latest = latest;
    }

    /** A team's input (as for {@code POST /api/assessments}): its roadmap. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The roadmap, as JSON (by default), Markdown or CSV (format or Accept)", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.maturityadvisor.simulation.Roadmap.class)), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/markdown", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    @Operation(operationId = "planRoadmap")
    @PostMapping(path = "/api/simulations/roadmap", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = {MediaType.APPLICATION_JSON_VALUE, RoadmapFormat.MARKDOWN, RoadmapFormat.TEXT_CSV})
    ResponseEntity<?> roadmap(@RequestBody String body, @RequestParam(required = false) String format,
                              @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        RoadmapFormat as = RoadmapFormat.of(format, accept);
        Advisor advisor = ruleSet.get();
        TeamProfile team = TeamInputReader.read(body, advisor.catalog());
        return as.answer(new Simulator(advisor).roadmap(team), "roadmap");
    }

    /** A stored team's roadmap from its newest assessment's answers, under the active rules. */
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The roadmap, as JSON (by default), Markdown or CSV (format or Accept)", content = {@io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = org.maturityadvisor.simulation.Roadmap.class)), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/markdown", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string")), @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv", schema = @io.swagger.v3.oas.annotations.media.Schema(type = "string"))})
    @Operation(operationId = "getTeamRoadmap")
    @GetMapping(path = "/api/teams/{id}/roadmap",
            produces = {MediaType.APPLICATION_JSON_VALUE, RoadmapFormat.MARKDOWN, RoadmapFormat.TEXT_CSV})
    ResponseEntity<?> teamRoadmap(@PathVariable String id, @RequestParam(required = false) String format,
                                  @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        RoadmapFormat as = RoadmapFormat.of(format, accept);
        return as.answer(new Simulator(ruleSet.get()).roadmap(latest.of(id)), "roadmap-" + id);
    }
}
