package org.maturityadvisor.teams;

import java.util.List;

import org.maturityadvisor.input.StrictText;

import tools.jackson.databind.node.ObjectNode;

/**
 * One team's row of an import, as read: its team id, name and group (null when not given), its {@code context} and
 * {@code answers} as team input, and the problems already found reading it.
 *
 * @param group   the id of the group a new team is placed in (issue 27); an existing team must already sit in it
 * @param locator names the row's line and cell for a field of the team input ({@code answers.release.method})
 */
record ImportRow(long line, String teamId, String name, String group, ObjectNode input, Locator locator,
                 List<ImportError> errors) {

    ImportRow {
        errors = List.copyOf(errors);
        name = StrictText.normalized(name); // kept as NFC; its characters are checked with its length
    }

    ImportRow(long line, String teamId, String name, ObjectNode input, Locator locator, List<ImportError> errors) {
        this(line, teamId, name, null, input, locator, errors);
    }

    /** Where a field of the team input ({@code id}, {@code name}, {@code answers.<practice>}...) sits in the file. */
    interface Locator {
        ImportError at(String field, String reason);
    }

    ImportError error(String field, String reason) {
        return locator.at(field, reason);
    }
}
