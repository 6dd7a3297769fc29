package org.maturityadvisor.scan;

import java.util.List;
import java.util.Objects;

/**
 * One row of the detector table: its id; the practice and the value a match shows; which files it reads (a path
 * glob) and what it looks for in them; what a match shows, in words for people; and the ecosystems it covers (e.g.
 * github-actions, mlflow). Every field comes from a validated cell: the glob and the pattern are data, never code.
 */
public record Detector(String id, String practice, String value, int rank, PathGlob path, ContentPattern pattern,
                       String shows, List<String> ecosystems) {

    public Detector {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practice, "practice");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pattern, "pattern");
        shows = shows == null ? "" : shows;
        ecosystems = List.copyOf(ecosystems);
    }
}
