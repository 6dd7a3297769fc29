/**
 * Classification and its explanation. The rules insert the facts in this package ({@link CriterionResult},
 * {@link Classification}); {@link Explainer} builds the explained chain only from those facts. Plain Java: no Spring, web or KIE types (an ArchUnit test keeps it so).
 */
package org.maturityadvisor.assessment;
