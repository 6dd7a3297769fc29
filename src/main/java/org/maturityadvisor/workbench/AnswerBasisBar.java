package org.maturityadvisor.workbench;

import java.util.ArrayList;
import java.util.List;

import org.maturityadvisor.assessment.ResultBasis;

/**
 * What a result rests on as one stacked bar, strongest first: answers whose evidence a second person confirmed,
 * answers observed in the team's repository, answers with evidence not yet confirmed, bare claims. Widths are percent of the bar (0-100), drawn by the template
 * as SVG attributes; the same counts are the table beside it.
 *
 * @param words    the result's own sentence, e.g. "rests on 31 answers: 4 confirmed, 6 evidenced, 21 bare claims"
 * @param segments the parts, each with its count even when 0 (the table lists them); observed only when a repository
 *                 was read
 */
public record AnswerBasisBar(String words, int answered, int stale, int notApplicable, List<Segment> segments) {

    public AnswerBasisBar {
        segments = List.copyOf(segments);
    }

    /**
     * @param kind  confirmed, observed, evidenced or claimed (the CSS class that colours it)
     * @param label how the table names it
     */
    public record Segment(String kind, String label, int count, double x, double width) {

        /** "4 of 31 answers", for the table and the segment's tooltip. */
        public String share(int answered) {
            return count + " of " + Words.count(answered, "answer", "answers");
        }
    }

    static AnswerBasisBar of(ResultBasis basis) {
        int total = basis.answered();
        List<Segment> segments = new ArrayList<>();
        double x = 0;
        int[] counts = {basis.confirmed(), basis.observed(), basis.evidenced(), basis.claimed()};
        String[] kinds = {"confirmed", "observed", "evidenced", "claimed"};
        String[] labels = {"evidence confirmed by a second person", "observed in the team's repository",
            "evidence, not confirmed", "bare claims"};
        for (int i = 0; i < counts.length; i++) {
            if (i == 1 && counts[i] == 0) {
                continue; // no repository read, or nothing in it backs an answer: the table stays as it was
            }
            double width = total == 0 ? 0 : Math.round(counts[i] * 1000.0 / total) / 10.0;
            width = Math.min(width, 100 - x);
            segments.add(new Segment(kinds[i], labels[i], counts[i], x, width));
            x += width;
        }
        return new AnswerBasisBar(basis.words(), total, basis.stale(), basis.notApplicable(), segments);
    }
}
