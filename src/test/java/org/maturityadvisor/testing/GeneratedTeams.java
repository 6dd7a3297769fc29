package org.maturityadvisor.testing;

import java.util.List;
import java.util.Random;

import org.maturityadvisor.catalog.Practice;
import org.maturityadvisor.catalog.PracticeCatalog;
import org.maturityadvisor.catalog.PracticeType;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Team inputs at every level of every model, from a seed: each team has a maturity (how often it gives a practice's
 * highest answer rather than any) and a carelessness (how often it leaves a practice unanswered), so that some teams
 * climb high and many stop on an unanswered practice, as real ones do; the context too is sometimes left out.
 */
public final class GeneratedTeams {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Practice> practices;
    private final Random random;

    public GeneratedTeams(PracticeCatalog catalog, long seed) {
        this.practices = catalog.practices();
        this.random = new Random(seed);
    }

    /** The next team's input, as a client sends it. */
    public ObjectNode next(String name) {
        double maturity = random.nextDouble();
        double carelessness = random.nextDouble() * 0.4;
        ObjectNode input = JSON.createObjectNode().put("team", name);
        ObjectNode context = input.putObject("context");
        if (random.nextInt(5) > 0) {
            context.put("mlUseCases", random.nextInt(9));
        }
        if (random.nextInt(5) > 0) {
            context.put("businessCritical", random.nextBoolean());
        }
        if (random.nextInt(5) > 0) {
            context.put("inProduction", random.nextBoolean());
        }
        ObjectNode answers = input.putObject("answers");
        for (Practice practice : practices) {
            if (random.nextDouble() < carelessness) {
                continue;
            }
            List<String> choices = practice.choices();
            String value = random.nextDouble() < maturity ? choices.get(choices.size() - 1)
                    : choices.get(random.nextInt(choices.size()));
            if (practice.type() == PracticeType.YES_NO) {
                answers.put(practice.id(), value.equals("yes"));
            } else {
                answers.put(practice.id(), value);
            }
        }
        return input;
    }
}
