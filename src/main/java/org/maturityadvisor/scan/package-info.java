/**
 * Reading a team's repository: detectors (a table the analysts own) matched against a file tree (a directory, a zip or
 * a tar.gz, read as bytes, never executed, imported or extracted) give observations, each with the sightings behind
 * it; {@link org.maturityadvisor.scan.ClaimedVsObserved} merges them with the team's answers. Plain Java and RE2J: no
 * framework, web or JSON type.
 */
package org.maturityadvisor.scan;
