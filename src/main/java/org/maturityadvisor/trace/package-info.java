/**
 * Trace on the table: one model's table rows, as the analyst typed them, with what one result made of each row (met,
 * blocking, not applicable, stale, not blocking, deciding) and the team's answer beside it. Plain Java: the rows come
 * from the one table reader ({@code ruleset}), the marks only from what the rules produced (the result).
 */
package org.maturityadvisor.trace;
