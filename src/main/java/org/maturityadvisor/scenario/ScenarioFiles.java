package org.maturityadvisor.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.maturityadvisor.json.WireJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads the scenario files of a directory, sorted by name; a file that cannot be read is a failed scenario. */
public final class ScenarioFiles {

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record ScenarioJson(String name, String description, tools.jackson.databind.JsonNode input,
                                tools.jackson.databind.JsonNode whatIf, Map<String, Expectation> expect) {
    }

    private ScenarioFiles() {
    }

    /** Every {@code *.json} file of the directory; unreadable ones come back as a scenario with no expectation. */
    public static List<Scenario> read(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(ScenarioFiles::readOne).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + directory, e);
        }
    }

    static Scenario readOne(Path file) {
        String name = file.getFileName().toString();
        try {
            ScenarioJson json = JSON.readValue(Files.readString(file), ScenarioJson.class);
            return new Scenario(name, json.name() == null ? name : json.name(), json.description(), json.input(),
                    json.whatIf(), json.expect() == null ? Map.of() : json.expect());
        } catch (IOException | JacksonException e) {
            return new Scenario(name, name, "unreadable: " + e.getMessage(), null, null, Map.of());
        }
    }
}
