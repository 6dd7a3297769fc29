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

/**
 * Reads the detector regression cases of a scenarios directory: every folder of {@code scans/} with its
 * {@code case.json} and {@code repo/} tree, sorted by name. Only {@code case.json} is read as JSON: the files of a
 * case's tree are scanned, never taken for scenarios. A case that cannot be read comes back saying why.
 */
public final class ScanCases {

    static final String CASE_FILE = "case.json";
    static final String TREE = "repo";

    private static final JsonMapper JSON = WireJson.with(JsonMapper.builder())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private record CaseJson(String description, Map<String, String> observes, List<String> mustNotObserve,
                            List<String> sightings, List<String> mustNotSight) {
    }

    private ScanCases() {
    }

    /** The cases under {@code scenarios/scans/}; none when the folder does not exist. */
    public static List<ScanCase> read(Path scenarios) {
        Path folder = scenarios.resolve(ScanCase.FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> cases = Files.list(folder)) {
            return cases.filter(Files::isDirectory).sorted().map(ScanCases::readOne).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scan cases in " + folder, e);
        }
    }

    static ScanCase readOne(Path folder) {
        String name = folder.getFileName().toString();
        Path file = folder.resolve(CASE_FILE);
        if (!Files.isRegularFile(file)) {
            return ScanCase.unreadable(name, "has no " + CASE_FILE);
        }
        Path repo = folder.resolve(TREE);
        if (!Files.isDirectory(repo)) {
            return ScanCase.unreadable(name, "has no " + TREE + "/ folder holding the files to scan");
        }
        try {
            CaseJson json = JSON.readValue(Files.readString(file), CaseJson.class);
            return new ScanCase(name, json.description(), repo, json.observes(), json.mustNotObserve(),
                    json.sightings(), json.mustNotSight(), null);
        } catch (IOException | JacksonException | IllegalArgumentException e) {
            return ScanCase.unreadable(name, CASE_FILE + " is unreadable: " + e.getMessage());
        }
    }
}
