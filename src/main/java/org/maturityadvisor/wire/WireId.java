package org.maturityadvisor.wire;

/**
 * An enum value's stable id on every wire: the API's JSON, stored reports, the CLI's JSON and the scenarios
 * ({@code below-target}, {@code absent}, {@code publish}). Ids are lower-case words joined by {@code -}; add a value,
 * never rename an id. Plain Java: the JSON mapping that honours it lives in {@code org.maturityadvisor.json}.
 */
public interface WireId {

    String id();
}
