package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.maturityadvisor.assessment.Advisor;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.simulation.PracticeChange;
import org.springframework.util.MultiValueMap;

/**
 * The what-if fields ({@code w.<practice>}) of a form or a page URL, read against the team's answers: only the fields
 * that differ from the team's answer are changes; an empty value sets a practice back to unanswered. The htmx
 * fragment, the page opened by link and a kept plan all read them here, so they cannot disagree.
 */
final class WhatIfChanges {

    static final String PREFIX = "w.";

    private WhatIfChanges() {
    }

    /**
     * @throws InvalidInputException naming each {@code w.<practice>} whose value is not one of the practice's
     */
    static List<PracticeChange> read(MultiValueMap<String, String> form, FormState base, Advisor advisor) {
        FormState changed = FormState.from(form, PREFIX);
        List<PracticeChange> changes = new ArrayList<>();
        List<InputError> errors = new ArrayList<>();
        for (Practice practice : advisor.catalog().practices()) {
            String was = base.answer(practice.id());
            String now = form.containsKey(PREFIX + practice.id()) ? changed.answer(practice.id()) : was;
            if (Objects.equals(was, now)) {
                continue;
            }
            try {
                changes.add(new PracticeChange(practice.id(), now.isEmpty() ? null : practice.answer(now)));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError(PREFIX + practice.id(), e.getMessage()));
            }
        }
        form.keySet().stream().filter(name -> name.startsWith(PREFIX))
                .filter(name -> advisor.catalog().find(name.substring(PREFIX.length())).isEmpty())
                .forEach(name -> errors.add(new InputError(name, "no such practice in the active rules")));
        InvalidInputException.throwIfAny("what-if", errors);
        return changes;
    }
}
