/**
 * Reads a team's JSON input ({@code {"team": ..., "context": {...}, "answers": {...}}}) into a checked
 * {@link org.maturityadvisor.assessment.TeamProfile}, collecting every problem with the field at fault. Shared by
 * the HTTP API, the CLI and the scenarios, so all three accept and refuse exactly the same input.
 */
package org.maturityadvisor.input;
