package org.maturityadvisor.workbench;

import java.util.List;

import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.input.TeamInputReader;
import org.maturityadvisor.report.RoadmapCsv;
import org.maturityadvisor.report.RoadmapMarkdown;
import org.maturityadvisor.simulation.Roadmap;
import org.maturityadvisor.simulation.Simulator;
import org.maturityadvisor.ruleset.LoadedRuleSet;
import org.maturityadvisor.scan.ClaimedVsObserved;
import org.maturityadvisor.scan.ScanRefusedException;
import org.maturityadvisor.scan.ScanReport;
import org.maturityadvisor.store.HistoryEntry;
import org.maturityadvisor.store.NotFoundException;
import org.maturityadvisor.teams.TeamNameMismatchException;
import org.maturityadvisor.teams.StaleFilter;
import org.maturityadvisor.teams.TeamScope;
import org.maturityadvisor.teams.TeamService;
import org.maturityadvisor.runtime.ArchiveScan;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.View;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The questionnaire ({@code /}) and the result of assessing it: shown, stored for a team, or downloaded. */
@Controller
class QuestionnaireController {

    private final ActiveRuleSet ruleSet;
    private final TeamService teams;
    private final JsonMapper json;
    private final ArchiveScan scans;
    private final TeamScope scope;

    QuestionnaireController(ActiveRuleSet ruleSet, TeamService teams, JsonMapper json, ArchiveScan scans,
                            TeamScope scope) {
        this.scope = scope;
        this.ruleSet = ruleSet;
        this.teams = teams;
        this.json = json;
        this.scans = scans;
    }

    /**
     * The questionnaire: blank, with a registered team's newest answers ({@code ?load=ID}), or with the answers of a
     * result being changed (its fields).
     */
    @GetMapping("/")
    String questionnaire(@RequestParam(name = "load", required = false) String team,
                         @RequestParam MultiValueMap<String, String> form, Model page,
                         HttpServletRequest request) {
        FormState state = FormState.from(form, FormState.ANSWER);
        if (team != null && !team.isBlank()) {
            List<HistoryEntry> newest = teams.history(team, null, 1).items();
            state = newest.isEmpty() ? new FormState(teams.team(team).name(), "", "", "", java.util.Map.of())
                    : FormState.of(json.readTree(teams.assessment(team, newest.get(0).seq()).input()));
            page.addAttribute("loadedTeam", team);
        }
        return form(page, state, List.of(), request);
    }

    /** The registered teams are offered (to load, to store for) only to a caller who may read them. */
    private String form(Model page, FormState state, List<?> errors, HttpServletRequest request) {
        Advisor advisor = ruleSet.get();
        page.addAttribute("state", state);
        page.addAttribute("practices", ResultPage.byDimension(advisor.catalog()));
        page.addAttribute("contextFields", advisor.catalog().contextFields());
        page.addAttribute("ages", ages(state, advisor));
        page.addAttribute("teams", SignedIn.of(request).viewer() ? teams.teams(null, 200, StaleFilter.ANY,
                scope.readable()).items() : List.of());
        page.addAttribute("errors", errors);
        page.addAttribute("version", advisor.version());
        page.addAttribute("maxArchive", scans.maxArchiveWords());
        errors.stream().filter(error -> error instanceof org.maturityadvisor.catalog.InputError e
                        && e.field().startsWith(ArchiveScan.FIELD)).findFirst()
                .ifPresent(error -> page.addAttribute("archiveError", error));
        return "questionnaire";
    }

    /** The age and state of every answer that has more than its value, by practice, as of today. */
    private static java.util.Map<String, String> ages(FormState state, Advisor advisor) {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        java.util.Map<String, String> ages = new java.util.HashMap<>();
        advisor.catalog().practices().forEach(practice -> {
            String words = AnswerAge.words(state.detail(practice.id()), practice, today);
            if (!words.isEmpty()) {
                ages.put(practice.id(), words);
            }
        });
        return ages;
    }

    /**
     * A result has an address: the answers are the query of {@code GET /result} (README "Results have addresses").
     * Assesses them under the active rules without storing anything; a query in another order, or with blank fields,
     * is sent on to its canonical address, so one result has one URL. Wrong answers: the questionnaire again, 400.
     */
    @GetMapping("/result")
    String result(@RequestParam MultiValueMap<String, String> form, Model page, HttpServletRequest request,
                  HttpServletResponse response) {
        FormState state = FormState.from(form, FormState.ANSWER);
        Advisor advisor = ruleSet.get();
        try {
            TeamProfile team = TeamInputReader.read(state.toInput(json), advisor.catalog());
            ResultQuery query = ResultQuery.of(form, advisor.catalog());
            if (!query.sameAs(form)) {
                return seeOther(request, query.on("/result"));
            }
            return ResultPage.show(page, advisor.assess(team), team, state, advisor, ruleSet.current().detectors(),
                    null, query);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(page, state, e.errors(), request);
        }
    }

    /**
     * A posted questionnaire (as before results had addresses): sent on to its result's address, 303. With a
     * repository archive (multipart {@code archive}, an assessor's), the archive is read in memory, merged with the
     * answers and the result shown at once, 200: a scan cannot live in an address. A refused archive: the
     * questionnaire again with the reason beside the file input, the answers kept.
     */
    @PostMapping("/result")
    String postedResult(@RequestParam MultiValueMap<String, String> form,
                        @RequestParam(name = ArchiveScan.FIELD, required = false) MultipartFile archive, Model page,
                        HttpServletRequest request, HttpServletResponse response) {
        if (archive == null || archive.isEmpty() && blank(archive.getOriginalFilename())) {
            return seeOther(request, ResultQuery.of(form, ruleSet.get().catalog()).on("/result"));
        }
        FormState state = FormState.from(form, FormState.ANSWER);
        if (!SignedIn.of(request).assessor()) {
            return refused(page, state, request, response, HttpStatus.FORBIDDEN, "reading a repository needs an "
                    + "assessor: sign in as one, or assess the answers without the archive");
        }
        if (archive.getSize() > scans.maxArchiveBytes()) {
            return refused(page, state, request, response, HttpStatus.CONTENT_TOO_LARGE, "the archive is larger than "
                    + scans.maxArchiveWords() + " (" + ArchiveScan.MAX_ARCHIVE + "): leave out data and build "
                    + "outputs, or push the scan from the team's pipeline");
        }
        LoadedRuleSet rules = ruleSet.current();
        Advisor advisor = rules.advisor();
        try {
            TeamProfile team = TeamInputReader.read(state.toInput(json), advisor.catalog());
            ScanReport report = scans.scan(rules, archive.getBytes(), archive.getOriginalFilename());
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
            TeamProfile merged = new TeamProfile(team.team(), team.context(),
                    ClaimedVsObserved.merge(team.answers(), report, advisor.catalog(), today));
            page.addAttribute("scanned", ScannedArchive.of(ArchiveScan.treeName(archive.getOriginalFilename()),
                    report));
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            return ResultPage.show(page, advisor.assess(merged), merged, state, advisor, rules.detectors(), null,
                    ResultQuery.of(form, advisor.catalog()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(page, state, e.errors(), request);
        } catch (ScanRefusedException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(page, state, List.of(ArchiveScan.error(e, archive.getOriginalFilename())), request);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read the uploaded archive", e);
        }
    }

    private String refused(Model page, FormState state, HttpServletRequest request, HttpServletResponse response,
                           HttpStatus status, String reason) {
        response.setStatus(status.value());
        return form(page, state, List.of(new org.maturityadvisor.catalog.InputError(ArchiveScan.FIELD, reason)),
                request);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** A redirect the browser follows with a GET, whatever the method that led to it. */
    static String seeOther(HttpServletRequest request, String path) {
        request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.SEE_OTHER);
        return "redirect:" + path;
    }

    /** Assesses and stores the answers as the chosen team's next assessment, then shows that stored assessment. */
    @PostMapping("/store")
    String store(@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "") String teamId,
                 @RequestParam(defaultValue = "false") boolean confirmName,
                 @RequestParam(name = ArchiveScan.FIELD, required = false) MultipartFile archive, Model page,
                 HttpServletRequest request, HttpServletResponse response) {
        FormState state = FormState.from(form, FormState.ANSWER);
        if (archive != null && !(archive.isEmpty() && blank(archive.getOriginalFilename()))) {
            // never silently dropped: a team's repository is kept with the team, from its page or its pipeline
            return refused(page, state, request, response, HttpStatus.BAD_REQUEST, "storing does not read an "
                    + "archive: assess without storing to see it merged here, or upload it on the team's page, "
                    + "where it is kept with the team");
        }
        if (teamId.isBlank()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(page, state, List.of(new org.maturityadvisor.catalog.InputError("teamId",
                    "choose a registered team to store the assessment for (register one under Teams)")), request);
        }
        try {
            ObjectNode input = state.toTeamInput(json);
            if (!state.team().isEmpty()) {
                input.put("team", state.team());
            }
            if (!scope.writable(teams.team(teamId))) {
                // outside the caller's teams: as unknown as a team that does not exist, the answers kept
                throw new NotFoundException("no team " + teamId);
            }
            TeamService.Stored stored = teams.assess(teamId, input, Actor.of(request), confirmName);
            return "redirect:/teams/" + teamId + "/assessments/" + stored.seq();
        } catch (TeamNameMismatchException e) {
            // never silently replaced: the page offers to store under the registered name (confirmName)
            response.setStatus(HttpStatus.CONFLICT.value());
            page.addAttribute("nameMismatch", e.refusal());
            page.addAttribute("loadedTeam", teamId);
            return form(page, state, List.of(), request);
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(page, state, e.errors(), request);
        } catch (NotFoundException e) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return form(page, state, List.of(new org.maturityadvisor.catalog.InputError("teamId", e.getMessage())),
                    request);
        }
    }

    /** The same result as JSON, exactly as {@code POST /api/assessments} returns it, as a download from its address. */
    @GetMapping("/result.json")
    ResponseEntity<AssessmentResult> download(@RequestParam MultiValueMap<String, String> form) {
        FormState state = FormState.from(form, FormState.ANSWER);
        Advisor advisor = ruleSet.get();
        AssessmentResult result = advisor.assess(TeamInputReader.read(state.toInput(json), advisor.catalog()));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"assessment.json\"").body(result);
    }

    /** The result's roadmap toward the target as Markdown, for a wiki page or a ticket, from the result's address. */
    @GetMapping("/result/roadmap.md")
    ResponseEntity<String> roadmapMarkdown(@RequestParam MultiValueMap<String, String> form) {
        return download(RoadmapMarkdown.of(roadmap(form)), "text/markdown", "roadmap.md");
    }

    /** The same roadmap as CSV a tracker imports (Summary, Description, Effort, Team, ...). */
    @GetMapping("/result/roadmap.csv")
    ResponseEntity<String> roadmapCsv(@RequestParam MultiValueMap<String, String> form) {
        return download(RoadmapCsv.of(roadmap(form)), "text/csv", "roadmap.csv");
    }

    private Roadmap roadmap(MultiValueMap<String, String> form) {
        Advisor advisor = ruleSet.get();
        FormState state = FormState.from(form, FormState.ANSWER);
        return new Simulator(advisor).roadmap(TeamInputReader.read(state.toInput(json), advisor.catalog()));
    }

    private static ResponseEntity<String> download(String body, String type, String file) {
        return ResponseEntity.ok().contentType(new MediaType(MediaType.valueOf(type),
                        java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"").body(body);
    }

    /** The download as a form once posted it (kept for scripts that post the questionnaire's fields). */
    @PostMapping("/result.json")
    ResponseEntity<AssessmentResult> postedDownload(@RequestParam MultiValueMap<String, String> form) {
        return download(form);
    }
}
