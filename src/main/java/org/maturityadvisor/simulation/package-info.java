/**
 * What-if: a team's answers with practice changes applied, assessed by the same rules, and compared; the least set of
 * changes that reaches a level; the single changes that raise the levels most. Every answer here comes from assessing
 * the changed team with the rules, never from a copy of the criteria in Java.
 */
package org.maturityadvisor.simulation;
