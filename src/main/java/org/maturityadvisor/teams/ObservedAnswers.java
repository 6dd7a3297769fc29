package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.maturityadvisor.assessment.TeamProfile;
import org.maturityadvisor.catalog.Observation;
import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.scan.ClaimedVsObserved;
import org.maturityadvisor.scan.ScanReport;

/**
 * The one place a team's claimed answers meet its repository's latest scan before they are assessed: every stored
 * assessment (questionnaire, API, import, confirmation, a pushed scan) is assessed on {@link #merged}, and stored with
 * its claimed answers only, so that the next merge starts again from what the team claimed, never from an answer a
 * scan supplied. Pure: no clock, no store.
 */
public final class ObservedAnswers {

    private ObservedAnswers() {
    }

    /**
     * The claimed answers compared with the scan (none: the claims as they are). The scan is read through the
     * catalog it is assessed under: an observation of a practice or value the catalog no longer has is left out (a
     * scan made under an earlier rule set), and each value's rank is the catalog's.
     */
    public static TeamProfile merged(TeamProfile claimed, Optional<ScanReport> scan, PracticeCatalog catalog,
                                     LocalDate day) {
        if (scan.isEmpty()) {
            return claimed;
        }
        return new TeamProfile(claimed.team(), claimed.context(), ClaimedVsObserved.merge(claimed.answers(),
                underCatalog(scan.get(), catalog), catalog, day));
    }

    static ScanReport underCatalog(ScanReport scan, PracticeCatalog catalog) {
        List<Observation> observations = new ArrayList<>();
        for (Observation observation : scan.observations()) {
            Optional<Practice> practice = catalog.find(observation.practice());
            Optional<Integer> rank = practice.flatMap(p -> p.rankOf(observation.value()));
            if (rank.isPresent()) {
                observations.add(new Observation(observation.practice(), observation.value(), rank.get(),
                        observation.sightings()));
            }
        }
        List<String> notFound = scan.notFound().stream().filter(p -> catalog.find(p).isPresent()).toList();
        return new ScanReport(scan.tree(), scan.rulesetVersion(), observations, notFound, scan.filesSeen(),
                scan.filesRead(), scan.skipped());
    }
}
