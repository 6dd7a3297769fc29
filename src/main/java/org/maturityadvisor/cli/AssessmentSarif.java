package org.maturityadvisor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.assessment.CriterionStatus;
import org.maturityadvisor.assessment.Doubt;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.catalog.Agreement;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;
import org.maturityadvisor.catalog.Support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An assessment as a SARIF 2.1.0 log, for code scanning and pipelines: one rule per criterion, one result per
 * criterion and model, of kind {@code pass} (met), {@code fail} (blocks a level: an error for the next level up, a
 * warning above) or {@code notApplicable}. Each result sits at the team's answer to its practice (the input file, when
 * there is one, and the logical location {@code answers.<practice>}); its properties say what the answer rests on
 * (support, stale, asOf, doubt, the evidence), and every http or https evidence link is a related location whose
 * message is the item's note. Links are reported, never fetched. With a repository read ({@code assess --scan}), a
 * criterion's properties add how its answer compares with the files ({@code agreement}, {@code repositoryShows}), the
 * sightings are related locations, and each claim the files do not back is a {@code review} result of its own.
 */
final class AssessmentSarif {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private AssessmentSarif() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Result> results, RunProperties properties) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, List<Rule> rules) {
    }

    record Rule(String id, Text shortDescription) {
    }

    record Text(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Result(String ruleId, Kind kind, Severity level, Text message, List<Location> locations,
                  List<Location> relatedLocations, Properties properties) {
    }

    /** A result's properties: of a criterion, or of a claim the repository does not back. */
    sealed interface Properties permits ResultProperties, CheckProperties {
    }

    /** A claim and what the team's repository shows, when they disagree. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CheckProperties(String practice, String claimed, String observed, Agreement agreement)
            implements Properties {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
                    Text message) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
        PhysicalLocation(ArtifactLocation artifactLocation) {
            this(artifactLocation, null);
        }
    }

    /** The line a location points at (1-based). */
    record Region(int startLine) {
    }

    record ArtifactLocation(String uri) {
    }

    record LogicalLocation(String name, String fullyQualifiedName, String kind) {
    }

    /** SARIF's result kinds this log uses: a criterion met, one that blocks a level, one left out. */
    enum Kind {
        PASS("pass"), FAIL("fail"), NOT_APPLICABLE("notApplicable"), REVIEW("review");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        @JsonValue
        public String id() {
            return id;
        }
    }

    /** SARIF's result levels this log uses: a blocker of the next level is an error, of a level above a warning. */
    enum Severity {
        NONE, NOTE, WARNING, ERROR;

        @JsonValue
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RunProperties(String team, String rulesetVersion, String restsOn, String claimedVsObserved) {
    }

    /** What a result says of its criterion and of the answer it rests on; absent fields are left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResultProperties(String model, int level, String dimension, String practice, CriterionStatus status,
                            String observed, String required, Doubt doubt, String remediation, String reason,
                            Boolean byContext, Support support, Boolean stale, LocalDate asOf,
                            List<Evidence> evidence, Agreement agreement, String repositoryShows)
            implements Properties {

        ResultProperties(String model, int level, String dimension, String practice, CriterionStatus status,
                         String observed, String required, Doubt doubt, String remediation, String reason,
                         Boolean byContext, Support support, Boolean stale, LocalDate asOf,
                         List<Evidence> evidence) {
            this(model, level, dimension, practice, status, observed, required, doubt, remediation, reason, byContext,
                    support, stale, asOf, evidence, null, null);
        }

        /** With what the answer rests on; with a repository read, how the answer compares with what it shows. */
        ResultProperties resting(Basis basis) {
            if (basis == null) {
                return this;
            }
            List<Evidence> items = basis.evidence().stream().map(Evidence::of).toList();
            return new ResultProperties(model, level, dimension, practice, status, observed, required, doubt,
                    remediation, reason, byContext, basis.support(), basis.stale(), basis.asOf(),
                    items.isEmpty() ? null : items, basis.agreement(),
                    basis.observed() == null ? null : basis.observed().value());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Evidence(String link, String note, String recordedBy, Instant recordedAt, String confirmedBy,
                    Instant confirmedAt) {
        static Evidence of(EvidenceItem item) {
            return new Evidence(item.link(), item.note(), item.recordedBy(), item.recordedAt(), item.confirmedBy(),
                    item.confirmedAt());
        }
    }

    /** The log of one assessment; {@code inputUri} is the team input's path (null: read from standard input). */
    static Log of(String toolVersion, AssessmentResult result, String inputUri) {
        return of(toolVersion, result, inputUri, null);
    }

    /**
     * The log of one assessment, naming practices by their question when the catalog is given. With a repository read,
     * a criterion whose answer the files show has the sightings as related locations (paths relative to the scanned
     * tree), and each claim the repository does not back (claimed but not found, found but answered lower) is a
     * result of its own, of kind {@code review}: a person should look, nothing failed.
     */
    static Log of(String toolVersion, AssessmentResult result, String inputUri, PracticeCatalog catalog) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        for (ModelAssessment model : result.models()) {
            new ModelResults(model, inputUri, rules, results).add();
        }
        for (ClaimCheck check : result.observed()) {
            if (check.agreement().disagrees()) {
                results.add(disagreement(check, inputUri, catalog, rules));
            }
        }
        RunProperties properties = new RunProperties(String.valueOf(result.team()),
                String.valueOf(result.rulesetVersion()), result.restsOn() == null ? null : result.restsOn().words(),
                result.observed().isEmpty() ? null : claimedVsObserved(result.observed()));
        Driver driver = new Driver("maturity-advisor", toolVersion, List.copyOf(rules.values()));
        return new Log(SCHEMA, "2.1.0", List.of(new Run(new Tool(driver), results, properties)));
    }

    /** The rule id of a disagreement of one kind: "claimed-vs-observed/claimed-not-found". */
    static String ruleId(Agreement agreement) {
        return "claimed-vs-observed/" + agreement.id();
    }

    private static Result disagreement(ClaimCheck check, String inputUri, PracticeCatalog catalog,
                                       Map<String, Rule> rules) {
        String id = ruleId(check.agreement());
        rules.putIfAbsent(id, new Rule(id, new Text("The team's answer and its repository disagree: "
                + check.agreement().words())));
        String practice = catalog == null ? check.practice()
                : catalog.find(check.practice()).map(p -> p.question()).orElse(check.practice());
        String message = practice + ": claimed " + check.claimed() + ", the repository shows "
                + (check.observed() == null ? "nothing" : check.observed()) + " (" + check.agreement().words() + ")";
        return new Result(id, Kind.REVIEW, Severity.NONE, new Text(message),
                List.of(answerLocation(inputUri, check.practice())), sightings(check.sightings(), new ArrayList<>()),
                new CheckProperties(check.practice(), check.claimed(), check.observed(), check.agreement()));
    }

    /** "4 looked for: 2 agrees, 1 claimed-not-found, 1 found-not-answered" by agreement id. */
    private static String claimedVsObserved(List<ClaimCheck> checks) {
        Map<Agreement, Integer> counts = new java.util.EnumMap<>(Agreement.class);
        checks.forEach(check -> counts.merge(check.agreement(), 1, Integer::sum));
        StringBuilder text = new StringBuilder(checks.size() + " looked for in the repository");
        String sep = ": ";
        for (Map.Entry<Agreement, Integer> count : counts.entrySet()) {
            text.append(sep).append(count.getValue()).append(' ').append(count.getKey().words());
            sep = ", ";
        }
        return text.toString();
    }

    /** Each sighting as a related location: the file and line, the detector and the matched text as its message. */
    private static List<Location> sightings(List<Sighting> sightings, List<Location> related) {
        for (Sighting sighting : sightings) {
            related.add(new Location(related.size(), ScanSarif.location(sighting), null,
                    new Text(sighting.detector() + (sighting.text().isEmpty() ? "" : ": " + sighting.text()))));
        }
        return related;
    }

    private static Location answerLocation(String inputUri, String practice) {
        String name = practice == null ? "answers" : "answers." + practice;
        return new Location(null, inputUri == null ? null : new PhysicalLocation(new ArtifactLocation(inputUri)),
                List.of(new LogicalLocation(practice == null ? "answers" : practice, name, "member")), null);
    }

    /** The results of one model, collected into the log's rules and results. */
    private record ModelResults(ModelAssessment model, String inputUri, Map<String, Rule> rules, List<Result> results) {

        void add() {
            if (model.checklist()) {
                checklist();
                return;
            }
            for (MetCriterion met : model.met()) {
                result(met.criterion(), met.text(), Kind.PASS, Severity.NONE, met.practice(), met.basis(),
                        model.modelName() + " level " + met.level() + ": met. " + met.text() + " (" + met.practice()
                                + " = " + met.observed() + ", needs " + met.required() + ")",
                        new ResultProperties(model.model(), met.level(), met.dimension(), met.practice(),
                                CriterionStatus.MET, met.observed(), met.required(), null, null, null, null, null,
                                null, null, null));
            }
            for (BlockedLevel level : model.blockedLevels()) {
                for (Blocker blocker : level.blockers()) {
                    ResultProperties properties = new ResultProperties(model.model(), blocker.level(),
                            blocker.dimension(), blocker.practice(), blocker.status(), blocker.observed(),
                            blocker.required(), blocker.doubt(), blocker.remediation(), null, null, null, null, null,
                            null);
                    result(blocker.criterion(), blocker.text(), Kind.FAIL,
                            level.level() == model.level() + 1 ? Severity.ERROR : Severity.WARNING, blocker.practice(),
                            blocker.basis(), model.modelName() + " level " + level.level() + " blocked: "
                                    + blocker.text() + " " + blocker.statusWords() + " (" + blocker.practice()
                                    + " = " + (blocker.observed() == null ? "(unanswered)" : blocker.observed())
                                    + ", needs " + blocker.required() + ")", properties);
                }
            }
            for (NotApplicable na : model.notApplicable()) {
                ResultProperties properties = new ResultProperties(model.model(), na.level(), na.dimension(),
                        na.practice(), CriterionStatus.NOT_APPLICABLE, null, null, null, null, na.reason(),
                        na.byContext(), null, null, null, null);
                result(na.criterion(), na.text(), Kind.NOT_APPLICABLE, Severity.NONE, na.practice(), null,
                        model.modelName() + " level " + na.level() + ": not applicable. " + na.text() + " ("
                                + (na.byContext() ? "by the team's context" : "marked not applicable")
                                + (na.reason() == null ? "" : ": " + na.reason()) + ")", properties);
            }
        }

        /**
         * A checklist: every met statement passes; an unmet statement of a required section is an error (it keeps the
         * verdict back, like a blocker of the next level), of an extra section a note (progress beyond the verdict).
         */
        private void checklist() {
            for (MetCriterion met : model.met()) {
                result(met.criterion(), met.text(), Kind.PASS, Severity.NONE, met.practice(), met.basis(),
                        model.modelName() + ", section " + met.dimension() + ": met. " + met.text() + " ("
                                + met.practice() + " = " + met.observed() + ", needs " + met.required() + ")",
                        new ResultProperties(model.model(), met.level(), met.dimension(), met.practice(),
                                CriterionStatus.MET, met.observed(), met.required(), null, null, null, null, null,
                                null, null, null));
            }
            for (SectionCompletion section : model.sections()) {
                for (Blocker blocker : section.unmet()) {
                    ResultProperties properties = new ResultProperties(model.model(), blocker.level(),
                            blocker.dimension(), blocker.practice(), blocker.status(), blocker.observed(),
                            blocker.required(), blocker.doubt(), blocker.remediation(), null, null, null, null, null,
                            null);
                    result(blocker.criterion(), blocker.text(), Kind.FAIL,
                            section.required() ? Severity.ERROR : Severity.NOTE, blocker.practice(), blocker.basis(),
                            model.modelName() + ", " + (section.required() ? "required" : "extra") + " section "
                                    + section.section() + " not complete: " + blocker.text() + " "
                                    + blocker.statusWords() + " (" + blocker.practice() + " = "
                                    + (blocker.observed() == null ? "(unanswered)" : blocker.observed()) + ", needs "
                                    + blocker.required() + ")", properties);
                }
            }
            for (NotApplicable na : model.notApplicable()) {
                ResultProperties properties = new ResultProperties(model.model(), na.level(), na.dimension(),
                        na.practice(), CriterionStatus.NOT_APPLICABLE, null, null, null, null, na.reason(),
                        na.byContext(), null, null, null, null);
                result(na.criterion(), na.text(), Kind.NOT_APPLICABLE, Severity.NONE, na.practice(), null,
                        model.modelName() + ", section " + na.dimension() + ": not applicable. " + na.text() + " ("
                                + (na.byContext() ? "by the team's context" : "marked not applicable")
                                + (na.reason() == null ? "" : ": " + na.reason()) + ")", properties);
            }
        }

        private void result(String criterion, String text, Kind kind, Severity level, String practice, Basis basis,
                            String message, ResultProperties properties) {
            rules.putIfAbsent(criterion, new Rule(criterion, new Text(text == null ? criterion : text)));
            results.add(new Result(criterion, kind, level, new Text(message), List.of(answer(practice)),
                    related(basis), properties.resting(basis)));
        }

        private Location answer(String practice) {
            return answerLocation(inputUri, practice);
        }
    }

    /** Each evidence link that is an absolute http or https URI, as a related location with the item's note. */
    private static List<Location> related(Basis basis) {
        List<Location> related = new ArrayList<>();
        if (basis == null) {
            return related;
        }
        for (EvidenceItem item : basis.evidence()) {
            if (webLink(item.link()) && related.stream().noneMatch(l ->
                    l.physicalLocation().artifactLocation().uri().equals(item.link()))) {
                related.add(new Location(related.size(), new PhysicalLocation(new ArtifactLocation(item.link())),
                        null, new Text(item.note() == null || item.note().isBlank() ? "evidence" : item.note())));
            }
        }
        if (basis.observed() != null) {
            sightings(basis.observed().sightings(), related);
        }
        return related;
    }

    static boolean webLink(String link) {
        if (link == null) {
            return false;
        }
        try {
            URI uri = new URI(link);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
