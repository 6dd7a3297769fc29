package org.maturityadvisor.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 28: {@link Answers#of} builds in one pass what a chain of {@link Answers#with} builds. */
class AnswersOfTest {

    @Test
    void givesTheAnswersOfAChainOfWithsInTheirOrderALaterAnswerReplacingAnEarlierInItsPlace() {
        Answer first = new Answer("a.first", "yes", 1);
        Answer second = new Answer("a.second", "no", 0);
        Answer firstAgain = new Answer("a.first", "no", 0);
        List<Answer> given = List.of(first, second, firstAgain);

        Answers chained = Answers.none();
        for (Answer answer : given) {
            chained = chained.with(answer);
        }

        assertThat(List.copyOf(Answers.of(given).all())).containsExactlyElementsOf(chained.all())
                .containsExactly(firstAgain, second);
        assertThat(Answers.of(List.of()).all()).isEmpty();
    }
}
