package org.maturityadvisor.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.maturityadvisor.json.WireJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the scenario files of a directory, sorted by name; a file that cannot be read is a failed scenario. */
public final class ScenarioFiles {

    /** The key of {@code expect} that holds the expected target advice rather than a model. */
    static final String TARGET = "target";
    /** The key of {@code expect} that holds the expected path of a what-if scenario's {@code whatIf.path}. */
    static final String PATH = "path";

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private record ScenarioJson(String name, String description, JsonNode input, Scenario.WhatIf whatIf,
                                Map<String, JsonNode> expect) {
    }

    private ScenarioFiles() {
    }

    /** Every {@code *.json} file of the directory; unreadable ones come back as a scenario with no input. */
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
                    json.whatIf(), expectations(json.expect()));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return new Scenario(name, name, "unreadable: " + e.getMessage(), null, null, Expectations.none());
        }
    }

    private static Expectations expectations(Map<String, JsonNode> expect) {
        if (expect == null) {
            return Expectations.none();
        }
        Map<String, Expectations.OfModel> models = new LinkedHashMap<>();
        Expectations.OfTarget target = null;
        Expectations.OfPath path = null;
        for (Map.Entry<String, JsonNode> entry : expect.entrySet()) {
            try {
                switch (entry.getKey()) {
                    case TARGET -> target = JSON.treeToValue(entry.getValue(), Expectations.OfTarget.class);
                    case PATH -> path = JSON.treeToValue(entry.getValue(), Expectations.OfPath.class);
                    default -> models.put(entry.getKey(),
                            JSON.treeToValue(entry.getValue(), Expectations.OfModel.class));
                }
            } catch (JacksonException e) {
                throw new IllegalArgumentException("expect." + entry.getKey() + ": " + e.getOriginalMessage(), e);
            }
        }
        return new Expectations(models, target, path);
    }
}
