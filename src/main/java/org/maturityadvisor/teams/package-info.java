/**
 * Teams over time: registering teams, assessing and storing them, their history, what changed between two
 * assessments, re-explaining a stored one under its own rule-set version, the portfolio, bulk import and export.
 */
package org.maturityadvisor.teams;
