/**
 * Scenarios: team profiles in {@code scenarios/*.json} with the outcome analysts expect (level, next-level blockers,
 * optionally per-dimension levels). The regression suite for table edits, run by JUnit and by
 * {@code test-scenarios}.
 */
package org.maturityadvisor.scenario;
