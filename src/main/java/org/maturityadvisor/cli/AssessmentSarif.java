package org.maturityadvisor.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.catalog.EvidenceItem;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An assessment as a SARIF 2.1.0 log, for code scanning and pipelines: one rule per criterion, one result per
 * criterion and model, of kind {@code pass} (met), {@code fail} (blocks a level: an error for the next level up, a
 * warning above) or {@code notApplicable}. Each result sits at the team's answer to its practice (the input file, when
 * there is one, and the logical location {@code answers.<practice>}); its properties say what the answer rests on
 * (support, stale, asOf, doubt, the evidence), and every http or https evidence link is a related location whose
 * message is the item's note. Links are reported, never fetched.
 */
final class AssessmentSarif {

    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";

    private AssessmentSarif() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Result> results, Map<String, Object> properties) {
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
    record Result(String ruleId, String kind, String level, Text message, List<Location> locations,
                  List<Location> relatedLocations, Map<String, Object> properties) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Location(Integer id, PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations,
                    Text message) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation) {
    }

    record ArtifactLocation(String uri) {
    }

    record LogicalLocation(String name, String fullyQualifiedName, String kind) {
    }

    /** The log of one assessment; {@code inputUri} is the team input's path (null: read from standard input). */
    static Log of(String toolVersion, AssessmentResult result, String inputUri) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        List<Result> results = new ArrayList<>();
        for (ModelAssessment model : result.models()) {
            new ModelResults(model, inputUri, rules, results).add();
        }
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("team", String.valueOf(result.team()));
        properties.put("rulesetVersion", String.valueOf(result.rulesetVersion()));
        if (result.restsOn() != null) {
            properties.put("restsOn", result.restsOn().words());
        }
        Driver driver = new Driver("maturity-advisor", toolVersion, List.copyOf(rules.values()));
        return new Log(SCHEMA, "2.1.0", List.of(new Run(new Tool(driver), results, properties)));
    }

    /** The results of one model, collected into the log's rules and results. */
    private record ModelResults(ModelAssessment model, String inputUri, Map<String, Rule> rules, List<Result> results) {

        void add() {
            for (MetCriterion met : model.met()) {
                result(met.criterion(), met.text(), "pass", "none", met.practice(), met.basis(),
                        model.modelName() + " level " + met.level() + ": met. " + met.text() + " (" + met.practice()
                                + " = " + met.observed() + ", needs " + met.required() + ")",
                        properties(met.level(), met.dimension(), met.practice(), "met", met.observed(), met.required()));
            }
            for (BlockedLevel level : model.blockedLevels()) {
                for (Blocker blocker : level.blockers()) {
                    Map<String, Object> properties = properties(blocker.level(), blocker.dimension(),
                            blocker.practice(), blocker.status().id(), blocker.observed(), blocker.required());
                    put(properties, "doubt", blocker.doubt() == null ? null : blocker.doubt().id());
                    put(properties, "remediation", blocker.remediation());
                    result(blocker.criterion(), blocker.text(), "fail",
                            level.level() == model.level() + 1 ? "error" : "warning", blocker.practice(),
                            blocker.basis(), model.modelName() + " level " + level.level() + " blocked: "
                                    + blocker.text() + " " + blocker.statusWords() + " (" + blocker.practice()
                                    + " = " + (blocker.observed() == null ? "(unanswered)" : blocker.observed())
                                    + ", needs " + blocker.required() + ")", properties);
                }
            }
            for (NotApplicable na : model.notApplicable()) {
                Map<String, Object> properties = properties(na.level(), na.dimension(), na.practice(),
                        "not-applicable", null, null);
                put(properties, "reason", na.reason());
                properties.put("byContext", na.byContext());
                result(na.criterion(), na.text(), "notApplicable", "none", na.practice(), null,
                        model.modelName() + " level " + na.level() + ": not applicable. " + na.text() + " ("
                                + (na.byContext() ? "by the team's context" : "marked not applicable")
                                + (na.reason() == null ? "" : ": " + na.reason()) + ")", properties);
            }
        }

        private Map<String, Object> properties(int level, String dimension, String practice, String status,
                                               String observed, String required) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("model", model.model());
            properties.put("level", level);
            put(properties, "dimension", dimension);
            put(properties, "practice", practice);
            properties.put("status", status);
            put(properties, "observed", observed);
            put(properties, "required", required);
            return properties;
        }

        private void result(String criterion, String text, String kind, String level, String practice, Basis basis,
                            String message, Map<String, Object> properties) {
            rules.putIfAbsent(criterion, new Rule(criterion, new Text(text == null ? criterion : text)));
            basis(properties, basis);
            results.add(new Result(criterion, kind, level, new Text(message), List.of(answer(practice)),
                    related(basis), properties));
        }

        private Location answer(String practice) {
            String name = practice == null ? "answers" : "answers." + practice;
            return new Location(null, inputUri == null ? null : new PhysicalLocation(new ArtifactLocation(inputUri)),
                    List.of(new LogicalLocation(practice == null ? "answers" : practice, name, "member")), null);
        }
    }

    private static void basis(Map<String, Object> properties, Basis basis) {
        if (basis == null) {
            return;
        }
        properties.put("support", basis.support().id());
        properties.put("stale", basis.stale());
        put(properties, "asOf", basis.asOf() == null ? null : basis.asOf().toString());
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (EvidenceItem item : basis.evidence()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            put(entry, "link", item.link());
            put(entry, "note", item.note());
            put(entry, "recordedBy", item.recordedBy());
            put(entry, "recordedAt", item.recordedAt() == null ? null : item.recordedAt().toString());
            put(entry, "confirmedBy", item.confirmedBy());
            put(entry, "confirmedAt", item.confirmedAt() == null ? null : item.confirmedAt().toString());
            evidence.add(entry);
        }
        if (!evidence.isEmpty()) {
            properties.put("evidence", evidence);
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

    private static void put(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
