package org.maturityadvisor.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.maturityadvisor.json.WireJson;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reads the scenario files of a directory, sorted by name; a file that cannot be read is a failed scenario. */
public final class ScenarioFiles {

    /** The key of {@code expect} that holds the expected target advice rather than a model. */
    static final String TARGET = "target";
    /** The key of {@code expect} that holds the expected path of a what-if scenario's {@code whatIf.path}. */
    static final String PATH = "path";
    /** The key of {@code expect} that holds what the whole result rests on (the team's answers counted). */
    static final String RESTS_ON = "restsOn";
    /** An {@code asOf} written relative to the scenario's day: {@code "-400d"} is 400 days before it. */
    private static final Pattern DAYS_BEFORE = Pattern.compile("-(\\d{1,5})d");

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private record ScenarioJson(String name, String description, String assessedOn, JsonNode input,
                                Scenario.WhatIf whatIf, Map<String, JsonNode> expect) {
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
            LocalDate day = day(json.assessedOn());
            return new Scenario(name, json.name() == null ? name : json.name(), json.description(), day,
                    dated(json.input(), day == null ? Scenario.DEFAULT_DAY : day), json.whatIf(),
                    expectations(json.expect()));
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return new Scenario(name, name, "unreadable: " + e.getMessage(), null, null, null, Expectations.none());
        }
    }

    private static LocalDate day(String assessedOn) {
        if (assessedOn == null) {
            return null;
        }
        try {
            return LocalDate.parse(assessedOn);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("assessedOn: expected a day as yyyy-MM-dd, got \"" + assessedOn + "\"");
        }
    }

    /**
     * The input with every answer's relative {@code asOf} ({@code "-400d"}) written as the day it names, counted back
     * from the scenario's day; anything else stays as written, for the input reader to accept or refuse by its field.
     */
    private static JsonNode dated(JsonNode input, LocalDate day) {
        if (input == null || !(input.get("answers") instanceof ObjectNode answers)) {
            return input;
        }
        JsonNode copy = input.deepCopy();
        ObjectNode copied = (ObjectNode) copy.get("answers");
        answers.properties().forEach(entry -> {
            if (entry.getValue() instanceof ObjectNode answer && answer.get("asOf") != null
                    && answer.get("asOf").isString()) {
                Matcher before = DAYS_BEFORE.matcher(answer.get("asOf").stringValue());
                if (before.matches()) {
                    ((ObjectNode) copied.get(entry.getKey())).put("asOf",
                            day.minusDays(Long.parseLong(before.group(1))).toString());
                }
            }
        });
        return copy;
    }

    private static Expectations expectations(Map<String, JsonNode> expect) {
        if (expect == null) {
            return Expectations.none();
        }
        Map<String, Expectations.OfModel> models = new LinkedHashMap<>();
        Expectations.OfTarget target = null;
        Expectations.OfPath path = null;
        Expectations.OfResultBasis restsOn = null;
        for (Map.Entry<String, JsonNode> entry : expect.entrySet()) {
            try {
                switch (entry.getKey()) {
                    case TARGET -> target = JSON.treeToValue(entry.getValue(), Expectations.OfTarget.class);
                    case PATH -> path = JSON.treeToValue(entry.getValue(), Expectations.OfPath.class);
                    case RESTS_ON -> restsOn = JSON.treeToValue(entry.getValue(), Expectations.OfResultBasis.class);
                    default -> models.put(entry.getKey(),
                            JSON.treeToValue(entry.getValue(), Expectations.OfModel.class));
                }
            } catch (JacksonException e) {
                throw new IllegalArgumentException("expect." + entry.getKey() + ": " + e.getOriginalMessage(), e);
            }
        }
        return new Expectations(models, target, path, restsOn);
    }
}
