package org.maturityadvisor.ruleset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.maturityadvisor.definition.Finding;
import org.maturityadvisor.definition.FindingKind;
import org.maturityadvisor.definition.Severity;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Validation findings as a SARIF 2.1.0 log, for code scanning and pipelines: one rule per {@link FindingKind} (its
 * id is the rule id), one result per finding, each located at least at its artifact, the table's path
 * {@code rules/<file>}; with its row and column (1-based, A is column 1) as the region and the sheet and cell as a
 * logical location when it has them. A finding about no file (a whole upload, a model without a row) is placed at
 * the rules directory {@code rules/} and named by a logical location. The shapes are the subset of the schema used.
 */
public final class SarifReport {

    public static final String MEDIA_TYPE = "application/sarif+json";
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
            + "sarif-schema-2.1.0.json";
    static final String RULES_DIR = "rules/";
    /** A rule id for a finding stored before findings had a kind (a draft report of an earlier release). */
    static final String UNCLASSIFIED = "unclassified";
    /** A file of a rules directory or draft; anything else a finding names (upload, model x, a DRL package) is not. */
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\]+\\.(drl|xlsx|xls|xlsm|csv|ods|md|zip|txt|json|yaml"
            + "|yml)", Pattern.CASE_INSENSITIVE);

    private SarifReport() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(Tool tool, List<Result> results, Map<String, Object> properties) {
    }

    public record Tool(Driver driver) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Driver(String name, String version, String informationUri, List<Rule> rules) {
    }

    public record Rule(String id, String name, Text shortDescription, Configuration defaultConfiguration) {
    }

    public record Configuration(String level) {
    }

    public record Text(String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(String ruleId, Integer ruleIndex, String level, Text message, List<Location> locations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Location(PhysicalLocation physicalLocation, List<LogicalLocation> logicalLocations) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    public record ArtifactLocation(String uri) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Region(Integer startLine, Integer startColumn) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LogicalLocation(String name, String fullyQualifiedName, String kind) {
    }

    /** The log of one validation: the tool's version, the rule set's version and whether it is valid. */
    public static Log of(String toolVersion, String rulesetVersion, boolean valid, List<Finding> findings) {
        List<Rule> rules = new ArrayList<>(List.of(FindingKind.values()).stream().map(SarifReport::rule).toList());
        if (findings.stream().anyMatch(f -> f.kind() == null)) {
            rules.add(new Rule(UNCLASSIFIED, "Unclassified", new Text("A finding recorded before findings had a "
                    + "kind"), new Configuration("error")));
        }
        Driver driver = new Driver("maturity-advisor", toolVersion, null, rules);
        List<Result> results = findings.stream().map(SarifReport::result).toList();
        Map<String, Object> properties = Map.of("rulesetVersion", String.valueOf(rulesetVersion), "valid", valid);
        return new Log(SCHEMA, "2.1.0", List.of(new Run(new Tool(driver), results, properties)));
    }

    private static Rule rule(FindingKind kind) {
        String level = kind == FindingKind.UNREACHABLE_BAND ? "warning" : "error";
        return new Rule(kind.id(), camel(kind.id()), new Text(kind.description()), new Configuration(level));
    }

    private static Result result(Finding finding) {
        FindingKind kind = finding.kind();
        return new Result(kind == null ? UNCLASSIFIED : kind.id(), kind == null ? null : kind.ordinal(),
                finding.severity() == Severity.WARNING ? "warning" : "error", new Text(finding.message()),
                List.of(location(finding)));
    }

    static Location location(Finding finding) {
        boolean isFile = FILE_NAME.matcher(finding.file()).matches();
        String uri = isFile ? RULES_DIR + encode(finding.file()) : RULES_DIR;
        Region region = isFile && finding.row() != null
                ? new Region(finding.row(), finding.column() == null ? null : columnNumber(finding.column())) : null;
        List<LogicalLocation> logical = new ArrayList<>();
        if (!isFile && !finding.file().equals(RULES_DIR)) {
            logical.add(new LogicalLocation(finding.file(), finding.file(), "resource"));
        }
        logical(finding).ifPresent(logical::add);
        return new Location(new PhysicalLocation(new ArtifactLocation(uri), region),
                logical.isEmpty() ? null : List.copyOf(logical));
    }

    /** The cell ({@code 'Microsoft MLOps'!C12}), the row ({@code 'Microsoft MLOps'!12:12}) or the sheet. */
    private static Optional<LogicalLocation> logical(Finding finding) {
        String sheet = finding.sheet() == null ? null : "'" + finding.sheet().replace("'", "''") + "'";
        String prefix = sheet == null ? "" : sheet + "!";
        if (finding.cell() != null) {
            return Optional.of(new LogicalLocation(finding.cell(), prefix + finding.cell(), "cell"));
        }
        if (finding.row() != null && sheet != null) {
            String rows = finding.row() + ":" + finding.row();
            return Optional.of(new LogicalLocation(rows, prefix + rows, "row"));
        }
        return sheet == null ? Optional.empty()
                : Optional.of(new LogicalLocation(finding.sheet(), sheet, "sheet"));
    }

    /** A for 1, Z for 26, AA for 27. */
    static int columnNumber(String letters) {
        int number = 0;
        for (char letter : letters.toCharArray()) {
            number = number * 26 + (letter - 'A' + 1);
        }
        return number;
    }

    private static String camel(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }

    /** A file name as a URI path segment: unreserved characters kept, every other byte percent-encoded. */
    private static String encode(String name) {
        StringBuilder uri = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (Character.isLetterOrDigit(c) && c < 128 || "-._~".indexOf(c) >= 0) {
                uri.append(c);
            } else {
                uri.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return uri.toString();
    }
}
