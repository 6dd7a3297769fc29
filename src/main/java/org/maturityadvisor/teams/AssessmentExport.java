package org.maturityadvisor.teams;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.maturityadvisor.runtime.ActiveRuleSet;
import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.store.BulkStore;
import org.maturityadvisor.store.ExportedAssessment;
import org.maturityadvisor.store.StoredLevel;
import org.springframework.stereotype.Service;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every stored assessment, by team and oldest first, written out as it is read (a page of assessments at a time):
 * as CSV, one row per assessment that {@code POST /api/imports} reads back, or as JSON with the full input.
 */
@Service
public class AssessmentExport {

    private final ActiveRuleSet ruleSet;
    private final BulkStore store;
    private final JsonMapper json;

    AssessmentExport(ActiveRuleSet ruleSet, BulkStore store, JsonMapper json) {
        this.ruleSet = ruleSet;
        this.store = store;
        this.json = json;
    }

    /**
     * One column per practice of the active catalog, then any answered practice not in it, each followed by its
     * {@code .evidence} and {@code .asOf} columns when some assessment gives them ({@link AnswerCells}); the context
     * fields the catalog declares beside the fixed ones; a {@code level.<model>} column per model. The columns are
     * found in a first pass, so the rows need not be held while they are.
     */
    public void csv(String teamId, OutputStream out) {
        csv(teamId, org.maturityadvisor.organisation.TeamSet.active(), out);
    }

    /** The same, only the assessments of the teams of {@code set} (never an archived team's). */
    public void csv(String teamId, org.maturityadvisor.organisation.TeamSet set, OutputStream out) {
        Advisor advisor = ruleSet.get();
        Set<String> practices = new LinkedHashSet<>();
        advisor.catalog().practices().stream().map(Practice::id).forEach(practices::add);
        Set<String> models = new LinkedHashSet<>();
        advisor.models().stream().map(MaturityModel::id).forEach(models::add);
        Set<String> otherPractices = new TreeSet<>();
        Set<String> otherModels = new TreeSet<>();
        Set<String> rich = new java.util.HashSet<>();
        store.eachExported(teamId, false, set, assessment -> {
            JsonNode answers = answers(assessment);
            answers.propertyNames().stream().filter(id -> !practices.contains(id)).forEach(otherPractices::add);
            answers.properties().forEach(answer -> {
                if (!answer.getValue().path("evidence").isEmpty()) {
                    rich.add(answer.getKey() + AnswerCells.EVIDENCE);
                }
                if (answer.getValue().hasNonNull("asOf")) {
                    rich.add(answer.getKey() + AnswerCells.AS_OF);
                }
            });
            assessment.levels().stream().map(StoredLevel::model).filter(id -> !models.contains(id))
                    .forEach(otherModels::add);
        });
        practices.addAll(otherPractices);
        models.addAll(otherModels);
        List<String> columns = new ArrayList<>();
        for (String practice : practices) {
            columns.add(practice);
            List.of(AnswerCells.EVIDENCE, AnswerCells.AS_OF).stream().map(suffix -> practice + suffix)
                    .filter(rich::contains).forEach(columns::add);
        }
        List<String> context = CsvImport.contextNames(advisor.catalog());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(header(context, columns, models));
            store.eachExported(teamId, false, set, assessment -> print(csv, row(assessment, context, columns, models)
                    .stream().map(CsvCells::neutralise).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(List<String> context, List<String> columns, Set<String> models) {
        List<String> header = new ArrayList<>(List.of(CsvImport.TEAM, CsvImport.NAME, "seq", "assessedAt", "author",
                "rulesetVersion"));
        header.addAll(context);
        header.addAll(columns);
        models.forEach(model -> header.add(CsvImport.LEVEL_PREFIX + model));
        return header;
    }

    private List<String> row(ExportedAssessment assessment, List<String> context, List<String> columns,
                             Set<String> models) {
        JsonNode input = json.readTree(assessment.input());
        List<String> row = new ArrayList<>(List.of(assessment.teamId(), input.path("team").asString(""),
                String.valueOf(assessment.seq()), assessment.assessedAt().toString(), assessment.author(),
                assessment.rulesetVersion()));
        context.forEach(field -> row.add(cell(input.path("context").get(field))));
        columns.forEach(column -> row.add(answerCell(input.path("answers"), column)));
        models.forEach(model -> row.add(assessment.levels().stream().filter(level -> level.model().equals(model))
                .findFirst().map(level -> String.valueOf(level.level())).orElse("")));
        return row;
    }

    private JsonNode answers(ExportedAssessment assessment) {
        return json.readTree(assessment.input()).path("answers");
    }

    /** The cell of a practice's value, evidence or asOf column, from the stored answer (plain or rich form). */
    private static String answerCell(JsonNode answers, String column) {
        for (String suffix : List.of(AnswerCells.EVIDENCE, AnswerCells.AS_OF)) {
            JsonNode answer = column.endsWith(suffix)
                    ? answers.get(column.substring(0, column.length() - suffix.length())) : null;
            if (answer != null && answer.isObject()) {
                return suffix.equals(AnswerCells.AS_OF) ? answer.path("asOf").asString("")
                        : AnswerCells.cell(answer.path("evidence").valueStream().map(item -> new AnswerCells.Item(
                                text(item.get("link")), text(item.get("note")))).toList());
            }
        }
        return answers.has(column) ? cell(answers.get(column)) : "";
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asString();
    }

    /**
     * Yes/no answers as yes and no, what a questionnaire shows; an unanswered practice as an empty cell; a rich
     * answer as its value, or {@code n/a: <reason>}.
     */
    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isObject()) {
            return value.path("notApplicable").asBoolean(false)
                    ? AnswerCells.notApplicableCell(text(value.get("reason"))) : cell(value.get("value"));
        }
        if (value.isBoolean()) {
            return value.booleanValue() ? "yes" : "no";
        }
        return value.isString() ? value.stringValue() : value.toString();
    }

    private static void print(CSVPrinter csv, List<String> row) {
        try {
            csv.printRecord(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code {"assessments": [{team, seq, assessedAt, author, rulesetVersion, input, levels, result?}, ...]}}. */
    public void json(String teamId, boolean includeResult, OutputStream out) {
        json(teamId, includeResult, org.maturityadvisor.organisation.TeamSet.active(), out);
    }

    /** The same, only the assessments of the teams of {@code set} (never an archived team's). */
    public void json(String teamId, boolean includeResult, org.maturityadvisor.organisation.TeamSet set,
                     OutputStream out) {
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("assessments");
            generator.writeStartArray();
            store.eachExported(teamId, includeResult, set, assessment -> write(generator, assessment));
            generator.writeEndArray();
            generator.writeEndObject();
        }
    }

    private static void write(JsonGenerator generator, ExportedAssessment assessment) {
        generator.writeStartObject();
        generator.writeStringProperty("team", assessment.teamId());
        generator.writeNumberProperty("seq", assessment.seq());
        generator.writeStringProperty("assessedAt", assessment.assessedAt().toString());
        generator.writeStringProperty("author", assessment.author());
        generator.writeStringProperty("rulesetVersion", assessment.rulesetVersion());
        generator.writeName("input");
        generator.writeRawValue(assessment.input());
        generator.writeName("levels");
        generator.writePOJO(assessment.levels());
        if (assessment.result() != null) {
            generator.writeName("result");
            generator.writeRawValue(assessment.result());
        }
        generator.writeEndObject();
    }
}
