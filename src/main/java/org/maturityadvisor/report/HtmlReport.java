package org.maturityadvisor.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;

import org.maturityadvisor.assessment.AssessmentResult;
import org.maturityadvisor.assessment.Basis;
import org.maturityadvisor.assessment.BlockedLevel;
import org.maturityadvisor.assessment.ChecklistWords;
import org.maturityadvisor.assessment.ClaimCheck;
import org.maturityadvisor.assessment.Blocker;
import org.maturityadvisor.assessment.MetCriterion;
import org.maturityadvisor.assessment.LevelBasis;
import org.maturityadvisor.assessment.ModelAssessment;
import org.maturityadvisor.assessment.NotApplicable;
import org.maturityadvisor.assessment.Points;
import org.maturityadvisor.assessment.SectionCompletion;
import org.maturityadvisor.assessment.TargetLevel;
import org.maturityadvisor.catalog.EvidenceItem;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.Sighting;

/**
 * An assessment as one self-contained, printable HTML page: inline CSS (with print rules), no script, no image, no
 * external asset, every input text escaped, and an evidence link a link only when it is http or https (with
 * {@code rel="noopener noreferrer nofollow"}: the team's link is not vouched for). Served, it carries {@link #CONTENT_SECURITY_POLICY}, which allows that
 * one style block and nothing else.
 */
public final class HtmlReport {

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:2em;color:#222;max-width:60em}
            table{border-collapse:collapse;margin:.5em 0 1em;width:100%}
            th,td{border:1px solid #bbb;padding:.25em .5em;text-align:left;vertical-align:top;font-size:.9em}
            th{background:#eee}code{font-size:.9em}.absent{color:#a00}.unknown{color:#a60}
            td ul{margin:.25em 0 0;padding-left:1.2em}
            h2{border-bottom:2px solid #444;margin-top:1.5em}
            @media print{body{margin:0;max-width:none}h2{break-before:page}h2:first-of-type{break-before:auto}
            table{break-inside:auto}tr{break-inside:avoid}}
            """;

    /**
     * The Content-Security-Policy to serve this page with: nothing but its own style block, allowed by its hash, so
     * the service's policy for its other pages ({@code style-src 'self'}) stays as it is and this page gets less.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; "
            + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private HtmlReport() {
    }

    /** A CSP hash source of the exact text of a style element. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String render(AssessmentResult result) {
        return render(result, null);
    }

    /** With the catalog: claimed vs observed names each practice by its question. */
    public static String render(AssessmentResult result, PracticeCatalog catalog) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<title>Maturity assessment: ").append(esc(result.team())).append("</title><style>")
                .append(STYLE).append("</style></head><body>\n");
        html.append("<h1>Maturity assessment: ").append(esc(result.team())).append("</h1>\n<p>Rule set <code>")
                .append(esc(result.rulesetVersion())).append("</code></p>\n");
        if (result.restsOn() != null) {
            html.append("<p>The result ").append(esc(result.restsOn().words())).append(".</p>\n");
        }
        html.append("<table><tr><th>model</th><th>level</th><th>name</th><th>score</th><th>lines up with</th></tr>\n");
        for (ModelAssessment model : result.models()) {
            if (model.checklist()) {
                html.append("<tr><td>").append(esc(model.modelName())).append("</td><td>")
                        .append(esc(ChecklistWords.verdict(model))).append("</td><td>")
                        .append(esc(ChecklistWords.extras(model))).append("</td><td></td><td>")
                        .append(model.linesUpWith() == null ? "" : esc(model.linesUpWith().toString()))
                        .append("</td></tr>\n");
                continue;
            }
            html.append("<tr><td>").append(esc(model.modelName())).append("</td><td>").append(model.level())
                    .append(" of ").append(model.topLevel()).append("</td><td>").append(esc(model.levelName()))
                    .append("</td><td>").append(model.score() == null ? "" : Points.format(model.score()))
                    .append("</td><td>").append(model.linesUpWith() == null ? "" : esc(model.linesUpWith().toString()))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        if (result.target() != null) {
            target(html, result.target());
        }
        claimedVsObserved(html, result.observed(), catalog);
        result.models().forEach(model -> model(html, model));
        return html.append("</body></html>\n").toString();
    }

    /** Per practice a detector looked for: the claim, the observation, how they compare, the sightings behind it. */
    private static void claimedVsObserved(StringBuilder html, List<ClaimCheck> checks, PracticeCatalog catalog) {
        if (checks.isEmpty()) {
            return;
        }
        html.append("<h2>Claimed vs observed</h2>\n<p>").append(esc(Observed.summary(checks))).append(".</p>\n")
                .append("<table><tr><th>practice</th><th>claimed</th><th>observed</th><th>agreement</th>")
                .append("<th>seen at</th></tr>\n");
        for (ClaimCheck check : checks) {
            html.append("<tr><td>").append(esc(Observed.practice(catalog, check.practice()))).append("</td><td>")
                    .append(esc(Observed.claimed(check))).append("</td><td>").append(esc(Observed.observed(check)))
                    .append("</td><td").append(check.agreement().disagrees() ? " class=\"absent\">" : ">")
                    .append(esc(check.agreement().words())).append("</td><td>");
            if (!check.sightings().isEmpty()) {
                html.append("<ul>");
                for (Sighting sighting : check.sightings()) {
                    html.append("<li>").append(esc(sighting.location()))
                            .append(sighting.text().isEmpty() ? "" : " <code>" + esc(sighting.text()) + "</code>")
                            .append("</li>");
                }
                html.append("</ul>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void target(StringBuilder html, TargetLevel target) {
        html.append("<h2>Target: level ").append(target.target()).append(", ").append(esc(target.targetName()))
                .append("</h2>\n<p>").append(esc(target.modelName())).append(": now level ").append(target.current())
                .append(" (").append(esc(target.status().words())).append("). ").append(esc(target.reason()))
                .append(" (rule <code>").append(esc(target.rule())).append("</code>)</p>\n<p>")
                .append(esc(target.summary())).append("</p>\n");
        for (BlockedLevel level : target.roadmap()) {
            html.append("<h3>Roadmap, level ").append(level.level()).append(", ").append(esc(level.name()))
                    .append("</h3>\n");
            blockers(html, level);
        }
    }

    private static void model(StringBuilder html, ModelAssessment model) {
        if (model.checklist()) {
            checklist(html, model);
            return;
        }
        html.append("<h2>").append(esc(model.modelName())).append(": level ").append(model.level()).append(", ")
                .append(esc(model.levelName())).append("</h2>\n<p>").append(esc(model.summary())).append("</p>\n");
        restsOn(html, model.restsOn());
        if (!model.met().isEmpty()) {
            html.append("<table><tr><th>met</th><th>level</th><th>practice</th><th>observed</th><th>required</th>")
                    .append("<th>rests on</th></tr>\n");
            for (MetCriterion met : model.met()) {
                html.append("<tr><td><code>").append(esc(met.criterion())).append("</code></td><td>")
                        .append(met.level()).append("</td><td><code>").append(esc(met.practice()))
                        .append("</code></td><td>").append(esc(met.observed())).append("</td><td>")
                        .append(esc(met.required())).append("</td><td>").append(basis(met.basis()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        notApplicable(html, model.notApplicable());
        for (BlockedLevel level : model.blockedLevels()) {
            html.append("<h3>Why not level ").append(level.level()).append(", ").append(esc(level.name()))
                    .append("</h3>\n");
            if (level.blockers().isEmpty()) {
                html.append("<p>").append(level.shortfalls().isEmpty()
                        ? "Its own criteria are met; it waits for the levels below."
                        : "Its sections' tests are listed under the bands below.").append("</p>\n");
            } else {
                blockers(html, level);
            }
        }
    }

    /** A checklist: its verdict and extras, every section's completion, then each section's unmet statements. */
    private static void checklist(StringBuilder html, ModelAssessment model) {
        html.append("<h2>").append(esc(model.modelName())).append(": ").append(esc(ChecklistWords.verdict(model)))
                .append("</h2>\n");
        if (ChecklistWords.extras(model) != null) {
            html.append("<p>Beside the verdict, ").append(esc(ChecklistWords.extras(model))).append(".</p>\n");
        }
        html.append("<p>").append(esc(model.summary())).append("</p>\n");
        restsOn(html, model.restsOn());
        html.append("<table><tr><th>section</th><th>role</th><th>met</th><th>applicable</th><th>complete</th></tr>\n");
        for (SectionCompletion section : ChecklistWords.requiredFirst(model)) {
            html.append("<tr><td>").append(esc(section.section())).append("</td><td>")
                    .append(ChecklistWords.role(section)).append("</td><td>").append(section.met()).append("</td><td>")
                    .append(section.applicable()).append("</td><td>").append(section.complete() ? "yes" : "no")
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
        for (SectionCompletion section : ChecklistWords.requiredFirst(model)) {
            if (section.unmet().isEmpty()) {
                continue;
            }
            html.append("<h3>").append(esc(section.section())).append(" (").append(ChecklistWords.role(section))
                    .append("): ").append(esc(ChecklistWords.section(section))).append("</h3>\n")
                    .append("<table><tr><th>unmet statement</th><th>status</th><th>practice</th><th>observed</th>")
                    .append("<th>required</th><th>rests on</th><th>effort</th><th>remediation</th></tr>\n");
            for (Blocker blocker : section.unmet()) {
                html.append("<tr><td><code>").append(esc(blocker.criterion())).append("</code><br>")
                        .append(esc(blocker.text())).append("</td><td class=\"").append(blocker.status().label())
                        .append("\">").append(esc(blocker.statusWords())).append("</td><td><code>")
                        .append(esc(blocker.practice())).append("</code></td><td>")
                        .append(blocker.observed() == null ? "(unanswered)" : esc(blocker.observed()))
                        .append("</td><td>").append(esc(blocker.required())).append("</td><td>")
                        .append(basis(blocker.basis())).append("</td><td>").append(blocker.effort().words())
                        .append("</td><td>").append(blocker.remediation() == null || blocker.remediation().isBlank()
                                ? "not given" : esc(blocker.remediation())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        if (!model.met().isEmpty()) {
            html.append("<table><tr><th>met statement</th><th>section</th><th>practice</th><th>observed</th>")
                    .append("<th>required</th><th>rests on</th></tr>\n");
            for (MetCriterion met : model.met()) {
                html.append("<tr><td><code>").append(esc(met.criterion())).append("</code><br>")
                        .append(esc(met.text())).append("</td><td>").append(esc(met.dimension()))
                        .append("</td><td><code>").append(esc(met.practice())).append("</code></td><td>")
                        .append(esc(met.observed())).append("</td><td>").append(esc(met.required()))
                        .append("</td><td>").append(basis(met.basis())).append("</td></tr>\n");
            }
            html.append("</table>\n");
        }
        notApplicable(html, model.notApplicable());
    }

    private static void blockers(StringBuilder html, BlockedLevel level) {
        html.append("<table><tr><th>blocking criterion</th><th>status</th><th>practice</th><th>observed</th>")
                .append("<th>required</th><th>rests on</th><th>effort</th><th>remediation</th></tr>\n");
        for (Blocker blocker : level.blockers()) {
            html.append("<tr><td><code>").append(esc(blocker.criterion())).append("</code><br>")
                    .append(esc(blocker.text())).append("</td><td class=\"").append(blocker.status().label())
                    .append("\">").append(esc(blocker.statusWords())).append("</td><td><code>")
                    .append(esc(blocker.practice())).append("</code></td><td>")
                    .append(blocker.observed() == null ? "(unanswered)" : esc(blocker.observed())).append("</td><td>")
                    .append(esc(blocker.required())).append("</td><td>").append(basis(blocker.basis()))
                    .append("</td><td>").append(blocker.effort().words())
                    .append("</td><td>").append(esc(blocker.remediation())).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void restsOn(StringBuilder html, List<LevelBasis> levels) {
        if (!levels.isEmpty()) {
            html.append("<p>What it rests on:</p>\n<ul>");
            levels.forEach(level -> html.append("<li>").append(esc(level.words())).append("</li>"));
            html.append("</ul>\n");
        }
    }

    private static void notApplicable(StringBuilder html, List<NotApplicable> criteria) {
        if (criteria.isEmpty()) {
            return;
        }
        html.append("<h3>Not applicable: ").append(criteria.size())
                .append(criteria.size() == 1 ? " criterion" : " criteria").append(" left out</h3>\n")
                .append("<table><tr><th>criterion</th><th>level</th><th>practice</th><th>why</th></tr>\n");
        for (NotApplicable na : criteria) {
            html.append("<tr><td><code>").append(esc(na.criterion())).append("</code><br>").append(esc(na.text()))
                    .append("</td><td>").append(na.level()).append("</td><td><code>").append(esc(na.practice()))
                    .append("</code></td><td>").append(esc(Evidence.why(na))).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** A basis in one cell: its words, then a list of its evidence (link, note, who recorded and confirmed). */
    static String basis(Basis basis) {
        if (basis == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(esc(Evidence.summary(basis)));
        if (!basis.evidence().isEmpty()) {
            html.append("<ul>");
            basis.evidence().forEach(item -> html.append("<li>").append(item(item)).append("</li>"));
            html.append("</ul>");
        }
        return html.toString();
    }

    private static String item(EvidenceItem item) {
        StringBuilder html = new StringBuilder();
        if (item.link() != null) {
            html.append(Evidence.linkable(item.link())
                    ? "<a href=\"" + esc(item.link()) + "\" rel=\"noopener noreferrer nofollow\">" + esc(item.link())
                            + "</a>"
                    : esc(item.link()));
        }
        if (item.note() != null) {
            html.append(html.isEmpty() ? "" : " ").append(esc(item.note()));
        }
        String people = Evidence.people(item);
        return people.isEmpty() ? html.toString() : html.append(" (").append(esc(people)).append(')').toString();
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
