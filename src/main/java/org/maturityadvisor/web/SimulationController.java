package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.input.SimulationInputReader;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.simulation.ImpactResult;
import org.maturityadvisor.simulation.NextSteps;
import org.maturityadvisor.simulation.PathResult;
import org.maturityadvisor.simulation.SimulationResult;
import org.maturityadvisor.simulation.Simulator;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** What-if: plans compared, the least path to a level, the single changes that help most. */
@RestController
class SimulationController {

    private final ActiveRuleSet ruleSet;
    private final MaturityLimits limits;

    SimulationController(ActiveRuleSet ruleSet, MaturityLimits limits) {
        this.ruleSet = ruleSet;
        this.limits = limits;
    }

    /** A team plus named plans of practice changes: the base result, each plan's result and the differences. */
    @Operation(operationId = "simulateWhatIf", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.WhatIf.class))))
    @PostMapping(path = "/api/simulations", consumes = MediaType.APPLICATION_JSON_VALUE)
    SimulationResult simulate(@RequestBody String body) {
        Advisor advisor = ruleSet.get();
        SimulationInputReader.PlansRequest request = SimulationInputReader.plans(body, advisor.catalog(),
                limits.plans());
        return new Simulator(advisor).simulate(request.team(), request.plans());
    }

    /** A team, a model and a target level (or none: the recommended one): the least set of changes, as a roadmap. */
    @Operation(operationId = "simulatePath", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Path.class))))
    @PostMapping(path = "/api/simulations/path", consumes = MediaType.APPLICATION_JSON_VALUE)
    PathResult path(@RequestBody String body) {
        Advisor advisor = ruleSet.get();
        SimulationInputReader.PathRequest request = SimulationInputReader.path(body, advisor.catalog());
        return new Simulator(advisor).path(request.team(), request.model(), request.target());
    }

    /** A team (and optionally the models to look at): every single-practice change, ranked by the levels it adds. */
    @Operation(operationId = "rankImpact", requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "application/json", schema = @io.swagger.v3.oas.annotations.media.Schema(implementation = RequestBodies.Impact.class))))
    @PostMapping(path = "/api/simulations/impact", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImpactResult impact(@RequestBody String body) {
        Advisor advisor = ruleSet.get();
        SimulationInputReader.ImpactRequest request = SimulationInputReader.impact(body, advisor.catalog());
        return new Simulator(advisor).impact(request.team(), request.models());
    }

    /**
     * A team's input: the best next steps, best first: bundles (a level completed by its least changes) and single
     * changes, ranked by the levels they gain over all models, then the least effort; one practice's values merged.
     */
    @Operation(operationId = "suggestNextSteps")
    @PostMapping(path = "/api/simulations/next-steps", consumes = MediaType.APPLICATION_JSON_VALUE)
    NextSteps nextSteps(@RequestBody String body) {
        Advisor advisor = ruleSet.get();
        return new Simulator(advisor).nextSteps(TeamInputReader.read(body, advisor.catalog()));
    }
}
