package org.maturityadvisor.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.ruleset.RuleSetLoader;
import org.maturityadvisor.store.PortfolioChange;
import org.maturityadvisor.store.PortfolioQuery;

/**
 * The portfolio's query parameters against the shipped models, and the trend's running totals: what each parameter
 * means, its defaults, and a 400 that names every parameter at fault. Expectations read the models (no table content
 * is written here).
 */
class PortfolioFilterTest {

    private static List<MaturityModel> models;

    @BeforeAll
    static void rules() {
        models = RuleSetLoader.load(Path.of("rules")).models();
    }

    private static Map<String, String> params(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void withoutParametersTheWidestGapComesFirstInTheFirstModelOnPageOne() {
        PortfolioQuery query = PortfolioFilter.read(params(), models);
        assertThat(query.model()).isEqualTo(models.get(0).id());
        assertThat(query.sort()).isEqualTo(PortfolioQuery.Sort.GAP);
        assertThat(query.descending()).isTrue();
        assertThat(query.page()).isEqualTo(1);
        assertThat(query.size()).isEqualTo(PortfolioFilter.PAGE);
    }

    @Test
    void eachSortPutsWhoNeedsHelpFirstUnlessAskedOtherwise() {
        assertThat(PortfolioFilter.read(params("sort", "level"), models).descending()).isFalse();
        assertThat(PortfolioFilter.read(params("sort", "changed"), models).descending()).isFalse();
        assertThat(PortfolioFilter.read(params("sort", "level", "dir", "desc"), models).descending()).isTrue();
    }

    @Test
    void aBlockerChoosesItsOwnModelAndReadsEveryFilter() {
        MaturityModel last = models.get(models.size() - 1);
        Criterion criterion = last.criteria().get(0);
        PortfolioQuery query = PortfolioFilter.read(params("blocker", criterion.id(), "level", "0", "minGap", "2",
                "since", "2026-01-01", "before", "2026-02-01", "page", "3", "size", "10"), models);
        assertThat(query.model()).isEqualTo(last.id());
        assertThat(query.blockerModel()).isEqualTo(last.id());
        assertThat(query.blocker()).isEqualTo(criterion.id());
        assertThat(query.level()).isZero();
        assertThat(query.minGap()).isEqualTo(2);
        assertThat(query.since()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(query.before()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(query.offset()).isEqualTo(20);
    }

    @Test
    void everyParameterAtFaultIsNamedAtOnce() {
        MaturityModel first = models.get(0);
        assertThatThrownBy(() -> PortfolioFilter.read(params("model", first.id(), "level",
                Integer.toString(first.topLevel() + 1), "minGap", "x", "since", "2026-13-01", "sort", "colour",
                "dir", "up", "blocker", "no-such-criterion", "page", "0", "levle", "1"), models))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field).containsExactlyInAnyOrder("levle", "blocker", "level", "minGap",
                                "since", "sort", "dir", "page"));
        assertThatThrownBy(() -> PortfolioFilter.read(params("model", "no-such-model"), models))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> assertThat(error.reason()).contains(first.id())));
        assertThatThrownBy(() -> PortfolioFilter.read(params("since", "2026-02-01", "before", "2026-02-01"), models))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field).containsExactly("before"));
    }

    @Test
    void pagesReachNoDeeperThanTheCap() {
        int last = PortfolioFilter.MAX_DEPTH / PortfolioFilter.PAGE;
        assertThat(PortfolioFilter.read(params("page", Integer.toString(last)), models).page()).isEqualTo(last);
        assertThatThrownBy(() -> PortfolioFilter.read(params("page", Integer.toString(last + 1)), models))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("page");
    }

    @Test
    void theTrendKeepsARunningCountPerLevelFillingMonthsWithoutChange() {
        MaturityModel model = models.get(0);
        List<PortfolioChange> changes = List.of(new PortfolioChange(YearMonth.of(2026, 9), model.id(), 0, 2),
                new PortfolioChange(YearMonth.of(2026, 11), model.id(), 0, -1),
                new PortfolioChange(YearMonth.of(2026, 11), model.id(), 1, 1),
                new PortfolioChange(YearMonth.of(2026, 11), "another-model", 1, 5));
        PortfolioView.ModelTrend trend = PortfolioTrend.of(model, changes, YearMonth.of(2026, 12));
        assertThat(trend.months()).containsExactly("2026-09", "2026-10", "2026-11", "2026-12");
        assertThat(trend.levels()).hasSize(model.levels().size());
        assertThat(trend.levels().get(0).teams()).containsExactly(2, 2, 1, 1);
        assertThat(trend.levels().get(1).teams()).containsExactly(0, 0, 1, 1);
        assertThat(trend.levels().get(0).shade()).isZero();
        assertThat(trend.levels().get(model.topLevel()).shade()).isEqualTo(PortfolioView.SHADES);
    }

    @Test
    void aShadeIsTheLevelsShareOfItsOwnModelsTop() {
        assertThat(PortfolioView.shade(2, 2)).isEqualTo(PortfolioView.SHADES);
        assertThat(PortfolioView.shade(2, 5)).isEqualTo(4);
        assertThat(PortfolioView.shade(0, 4)).isZero();
        assertThat(PortfolioView.shade(1, 4)).isLessThan(PortfolioView.shade(2, 4));
    }
}
