package org.maturityadvisor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;

/**
 * Teams answering the catalog at random (a seeded generator, so every run stores the same teams): each practice left
 * unanswered one time in four, else given one of its values. Closer to a real organisation than one file stored
 * N times, whose copies would compress against each other far better than real teams do.
 */
final class RandomTeams {

    private final List<Practice> practices;
    private final Random random;

    RandomTeams(PracticeCatalog catalog, long seed) {
        this.practices = catalog.practices();
        this.random = new Random(seed);
    }

    /** The next team's input as JSON text. */
    String json(String name) {
        StringBuilder answers = new StringBuilder();
        for (Answer answer : next()) {
            answers.append(answers.length() == 0 ? "" : ", ").append('"').append(answer.practice()).append("\": ")
                    .append(answer.yesNo() ? answer.value().equals("yes") : "\"" + answer.value() + "\"");
        }
        return "{\"team\": \"" + name + "\", \"context\": {\"mlUseCases\": " + (1 + random.nextInt(5))
                + ", \"businessCritical\": " + random.nextBoolean() + ", \"inProduction\": " + random.nextBoolean()
                + "}, \"answers\": {" + answers + "}}";
    }

    /** The CSV header for {@link #csvRow}: team, name, context, then every practice. */
    String csvHeader() {
        StringBuilder header = new StringBuilder("team,name,mlUseCases,businessCritical,inProduction");
        practices.forEach(practice -> header.append(',').append(practice.id()));
        return header.append('\n').toString();
    }

    String csvRow(String teamId) {
        StringBuilder row = new StringBuilder(teamId).append(",,").append(1 + random.nextInt(5)).append(',')
                .append(random.nextBoolean() ? "yes" : "no").append(',').append(random.nextBoolean() ? "yes" : "no");
        List<Answer> answers = next();
        int next = 0;
        for (Practice practice : practices) {
            row.append(',');
            if (next < answers.size() && answers.get(next).practice().equals(practice.id())) {
                row.append(answers.get(next++).value());
            }
        }
        return row.append('\n').toString();
    }

    private record Answer(String practice, String value, boolean yesNo) {
    }

    private List<Answer> next() {
        List<Answer> answers = new ArrayList<>();
        for (Practice practice : practices) {
            if (random.nextInt(4) > 0) {
                List<String> choices = practice.choices();
                answers.add(new Answer(practice.id(), choices.get(random.nextInt(choices.size())),
                        practice.type() == PracticeType.YES_NO));
            }
        }
        return answers;
    }
}
