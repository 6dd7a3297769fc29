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
     * One column per practice of the active catalog, then any answered practice not in it; a {@code level.<model>}
     * column per model. The columns are found in a first pass, so the rows need not be held while they are.
     */
    public void csv(String teamId, OutputStream out) {
        Advisor advisor = ruleSet.get();
        Set<String> practices = new LinkedHashSet<>();
        advisor.catalog().practices().stream().map(Practice::id).forEach(practices::add);
        Set<String> models = new LinkedHashSet<>();
        advisor.models().stream().map(MaturityModel::id).forEach(models::add);
        Set<String> otherPractices = new TreeSet<>();
        Set<String> otherModels = new TreeSet<>();
        store.eachExported(teamId, false, assessment -> {
            answers(assessment).propertyNames().stream().filter(id -> !practices.contains(id))
                    .forEach(otherPractices::add);
            assessment.levels().stream().map(StoredLevel::model).filter(id -> !models.contains(id))
                    .forEach(otherModels::add);
        });
        practices.addAll(otherPractices);
        models.addAll(otherModels);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT)) {
            csv.printRecord(header(practices, models));
            store.eachExported(teamId, false, assessment -> print(csv, row(assessment, practices, models).stream()
                    .map(CsvCells::neutralise).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> header(Set<String> practices, Set<String> models) {
        List<String> header = new ArrayList<>(List.of(CsvImport.TEAM, CsvImport.NAME, "seq", "assessedAt", "author",
                "rulesetVersion"));
        header.addAll(CsvImport.CONTEXT);
        header.addAll(practices);
        models.forEach(model -> header.add(CsvImport.LEVEL_PREFIX + model));
        return header;
    }

    private List<String> row(ExportedAssessment assessment, Set<String> practices, Set<String> models) {
        JsonNode input = json.readTree(assessment.input());
        List<String> row = new ArrayList<>(List.of(assessment.teamId(), input.path("team").asString(""),
                String.valueOf(assessment.seq()), assessment.assessedAt().toString(), assessment.author(),
                assessment.rulesetVersion()));
        CsvImport.CONTEXT.forEach(field -> row.add(cell(input.path("context").get(field))));
        practices.forEach(practice -> row.add(cell(input.path("answers").get(practice))));
        models.forEach(model -> row.add(assessment.levels().stream().filter(level -> level.model().equals(model))
                .findFirst().map(level -> String.valueOf(level.level())).orElse("")));
        return row;
    }

    private JsonNode answers(ExportedAssessment assessment) {
        return json.readTree(assessment.input()).path("answers");
    }

    /** Yes/no answers as yes and no, what a questionnaire shows; an unanswered practice as an empty cell. */
    private static String cell(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
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
        try (JsonGenerator generator = json.createGenerator(out)) {
            generator.writeStartObject();
            generator.writeName("assessments");
            generator.writeStartArray();
            store.eachExported(teamId, includeResult, assessment -> write(generator, assessment));
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
