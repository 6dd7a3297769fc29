package org.maturityadvisor.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;

import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.teams.PortfolioService;
import org.maturityadvisor.teams.PortfolioTeamsView;
import org.maturityadvisor.teams.PortfolioView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portfolio: counts per level, the commonest blockers and the trend ({@code GET /api/portfolio}), and the team
 * list filtered, sorted and paged as the page's form does it ({@code GET /api/portfolio/teams}, the same parameters).
 */
@RestController
class PortfolioApiController {

    private final PortfolioService portfolio;

    PortfolioApiController(PortfolioService portfolio) {
        this.portfolio = portfolio;
    }

    @Operation(operationId = "getPortfolio")
    @GetMapping("/api/portfolio")
    PortfolioView portfolio(@RequestParam(defaultValue = "5") int blockers) {
        if (blockers < 0 || blockers > 100) {
            throw new InvalidInputException("query parameter", List.of(new InputError("blockers",
                    "expected 0 to 100, got " + blockers)));
        }
        return portfolio.overview(blockers);
    }

    /** A page of teams; {@code next} is the URL of the next page, null on the last. */
    record TeamsPage(long total, int page, int pages, List<PortfolioTeamsView.TeamRow> items, String next) {
    }

    @Operation(operationId = "listPortfolioTeams")
    @GetMapping("/api/portfolio/teams")
    TeamsPage teams(@RequestParam Map<String, String> parameters) {
        PortfolioTeamsView view = portfolio.teams(parameters);
        int page = view.query().page();
        String next = null;
        if (page < view.pages()) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/portfolio/teams");
            parameters.forEach((name, value) -> {
                if (!name.equals("page")) {
                    uri.queryParam(name, value);
                }
            });
            next = uri.queryParam("page", page + 1).encode().build().toUriString();
        }
        return new TeamsPage(view.total(), page, view.pages(), view.teams(), next);
    }
}
