/**
 * The organisation between users and teams, as plain Java: its groups (units and their sub-units) as a tree, which
 * teams a reading may include ({@link org.maturityadvisor.organisation.TeamSet}), and the pure policies that refuse a
 * change with a reason. No Spring, web, JSON or SQL here.
 */
package org.maturityadvisor.organisation;
