package org.maturityadvisor.teams;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maturityadvisor.config.MaturityLimits;
import org.maturityadvisor.catalog.LimitExceededException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a JSON import, {@code {"teams": [{"id": ..., "name": ..., "group": ..., "context": {...}, "answers": {...}},
 * ...]}} ({@code group}: the id of the group a new team is placed in), keeping
 * the line each team starts on so a problem is reported where the file has it.
 */
final class JsonImport {

    private static final Set<String> TEAM_FIELDS = Set.of("id", "name", "group", "context", "answers");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private JsonImport() {
    }

    /** Every row at once (tests): see {@link #open}. */
    static ParsedImport read(String text, int maxRows) {
        return open(text, maxRows).readAll();
    }

    /**
     * The document read up to its first team, then a team at a time as asked for; the fields after the array and
     * anything after the document are read once the last team has been.
     *
     * @throws LimitExceededException (from {@link ImportRows#next}) past {@code maxRows} teams
     */
    static ImportRows open(String text, int maxRows) {
        try {
            JsonParser parser = JSON.createParser(text);
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return ImportRows.refused(ImportError.atLine(1, "expected {\"teams\": [...]}"));
            }
            Rows rows = new Rows(parser, maxRows);
            rows.toTeams();
            return rows;
        } catch (JacksonException e) {
            return ImportRows.refused(notJson(e));
        } catch (InvalidImportException e) {
            return ImportRows.refused(e.errors().get(0));
        }
    }

    private static ImportError notJson(JacksonException e) {
        long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        return new ImportError("line " + line, line, null, "not valid JSON: " + e.getOriginalMessage());
    }

    private static final class Rows implements ImportRows {
        private final JsonParser parser;
        private final int maxRows;
        private final List<ImportError> fileErrors = new ArrayList<>();
        private boolean teams;
        private boolean inTeams;
        private int index;

        Rows(JsonParser parser, int maxRows) {
            this.parser = parser;
            this.maxRows = maxRows;
        }

        @Override
        public List<ImportError> fileErrors() {
            return fileErrors;
        }

        @Override
        public ImportRow next() {
            try {
                if (!inTeams) {
                    return null;
                }
                if (parser.nextToken() == JsonToken.END_ARRAY) {
                    inTeams = false;
                    toTeams(); // the fields after the array, then the end of the document
                    return null;
                }
                if (index >= maxRows) {
                    throw new LimitExceededException(MaturityLimits.PREFIX + "import-rows", "teams", maxRows, "rows");
                }
                long line = parser.currentTokenLocation().getLineNr();
                JsonNode team = parser.readValueAsTree();
                return row(team, line, "teams[" + index++ + "]");
            } catch (JacksonException e) {
                throw new InvalidImportException(List.of(notJson(e)), 0);
            }
        }

        /** Reads fields up to the teams array (then stops inside it) or to the end of the document. */
        void toTeams() {
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                long line = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                if (name.equals("teams") && parser.currentToken() == JsonToken.START_ARRAY) {
                    teams = true;
                    inTeams = true;
                    return;
                }
                fileErrors.add(new ImportError("line " + line + ", field " + name, line, name,
                        name.equals("teams") ? "expected an array of teams" : "unknown field; expected teams"));
                parser.skipChildren();
            }
            if (!teams && fileErrors.isEmpty()) {
                fileErrors.add(ImportError.atLine(1, "expected {\"teams\": [...]}"));
            }
            if (parser.nextToken() != null) { // a second document would otherwise be dropped without a word
                long line = parser.currentTokenLocation().getLineNr();
                throw new InvalidImportException(List.of(new ImportError("line " + line, line, null, "trailing"
                        + " content after the JSON document: send one {\"teams\": [...]} object")), 0);
            }
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
                .forEach(name -> errors.add(locator.at(name, "unknown field; expected id, name, group, context,"
                        + " answers")));
        String id = text(team.get("id"));
        String name = text(team.get("name"));
        copy(team, "context", input);
        copy(team, "answers", input);
        return new ImportRow(line, id, name, text(team.get("group")), input, locator, errors);
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
