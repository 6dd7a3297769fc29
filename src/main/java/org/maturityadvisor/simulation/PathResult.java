package org.maturityadvisor.simulation;

import java.util.List;

/**
 * The least set of practice changes that takes a team to {@code target} in one model: no step can be dropped and the
 * target still be reached. {@code targetSource} says where the target came from ("requested", or the target table's
 * rule id). {@code steps} are ordered into a roadmap: lower levels first, then by effort. {@code reachable} is false
 * when even every blocker changed does not reach the target (a band no section sum can pass), with {@code levelAfter}
 * what the changes do reach.
 */
public record PathResult(String model, String modelName, int from, int target, String targetSource,
                         boolean reachable, int levelAfter, int evaluations, String summary, List<PathStep> steps) {
}
