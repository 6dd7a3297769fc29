package org.maturityadvisor.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.Limits;
import org.maturityadvisor.catalog.LimitExceededException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON import, {@code {"teams": [{"id": ..., "name": ..., "context": {...}, "answers": {...}}, ...]}}, keeping
 * the line each team starts on so a problem is reported where the file has it.
 */
final class JsonImport {

    private static final Set<String> TEAM_FIELDS = Set.of("id", "name", "context", "answers");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonImport() {
    }

    /** @throws LimitExceededException when there are more than {@code maxRows} teams */
    static ParsedImport read(String text, int maxRows) {
        List<ImportError> fileErrors = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ParsedImport.refused(ImportError.atLine(1, "expected {\"teams\": [...]}"));
            }
            boolean teams = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                long line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (name.equals("teams") && parser.currentToken() == JsonToken.START_ARRAY) {
                    teams = true;
                    readTeams(parser, rows, maxRows);
                } else {
                    fileErrors.add(new ImportError("line " + line + ", field " + name, line, name,
                            name.equals("teams") ? "expected an array of teams" : "unknown field; expected teams"));
                    parser.skipChildren();
                }
            }
            if (!teams && fileErrors.isEmpty()) {
                fileErrors.add(ImportError.atLine(1, "expected {\"teams\": [...]}"));
            }
            if (parser.nextToken() != null) { // a second document would otherwise be dropped without a word
                long line = parser.currentTokenLocation().getLineNr();
                return ParsedImport.refused(new ImportError("line " + line, line, null, "trailing content after "
                        + "the JSON document: send one {\"teams\": [...]} object"));
            }
        } catch (JacksonException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            return ParsedImport.refused(new ImportError("line " + line, line, null, "not valid JSON: "
                    + e.getOriginalMessage()));
        }
        return new ParsedImport(fileErrors, rows);
    }

    private static void readTeams(JsonParser parser, List<ImportRow> rows, int maxRows) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            if (index >= maxRows) {
                throw new LimitExceededException(Limits.PREFIX + "import-rows", "teams", maxRows, "rows");
            }
            long line = parser.currentTokenLocation().getLineNr();
            JsonNode team = parser.readValueAsTree();
            rows.add(row(team, line, "teams[" + index++ + "]"));
        }
    }

    private static ImportRow row(JsonNode team, long line, String path) {
        ImportRow.Locator locator = (field, reason) -> new ImportError("line " + line + ", field " + path + "."
                + field, line, path + "." + field, reason);
        List<ImportError> errors = new ArrayList<>();
        ObjectNode input = JSON.createObjectNode();
        if (!team.isObject()) {
            errors.add(new ImportError("line " + line + ", field " + path, line, path,
                    "expected a team: {\"id\": ..., \"answers\": {...}}"));
            return new ImportRow(line, null, null, input, locator, errors);
        }
        team.properties().stream().map(Map.Entry::getKey).filter(name -> !TEAM_FIELDS.contains(name))
                .forEach(name -> errors.add(locator.at(name, "unknown field; expected id, name, context, answers")));
        String id = text(team.get("id"));
        String name = text(team.get("name"));
        copy(team, "context", input);
        copy(team, "answers", input);
        return new ImportRow(line, id, name, input, locator, errors);
    }

    /** A non-string id or name is kept as its JSON text, for the team id and name checks to refuse or take. */
    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.stringValue().strip() : node.toString();
    }

    private static void copy(JsonNode team, String field, ObjectNode input) {
        if (team.has(field)) {
            input.set(field, team.get(field));
        }
    }
}
