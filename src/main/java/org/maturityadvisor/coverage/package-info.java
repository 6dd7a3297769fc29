/**
 * Scenario coverage: which rows of a rule set's tables the scenarios exercise, read off the results the engine gave
 * them. Per criterion, test and checklist statement whether some scenario meets it and whether some scenario is
 * blocked by it; per level or band whether it is reached and blocked; per checklist section whether it is complete
 * and incomplete; per target-table row whether it decides a target. Plain Java: nothing here runs a table's cell.
 */
package org.maturityadvisor.coverage;
