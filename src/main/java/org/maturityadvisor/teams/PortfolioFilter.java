package org.maturityadvisor.teams;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.maturityadvisor.catalog.Echo;
import org.maturityadvisor.catalog.InputError;
import org.maturityadvisor.catalog.InvalidInputException;
import org.maturityadvisor.definition.Criterion;
import org.maturityadvisor.definition.MaturityModel;
import org.maturityadvisor.organisation.GroupTree;
import org.maturityadvisor.organisation.TeamSet;
import org.maturityadvisor.store.PortfolioQuery;

/**
 * The portfolio's query parameters read into a {@link PortfolioQuery} against the active models: every parameter
 * checked, every error named by its parameter, nothing guessed. Absent parameters take the defaults: the first
 * model (or the blocker's), the widest gap first, page 1 of {@link #PAGE} teams.
 */
public final class PortfolioFilter {

    public static final String SUBJECT = "portfolio query";
    public static final int PAGE = 50;
    public static final int MAX_SIZE = 200;
    /** Offset paging with a cap: the list's pages reach this many teams deep; filters narrow the rest. */
    public static final int MAX_DEPTH = 100_000;
    static final int MAX_GAP = 20;

    private final List<MaturityModel> models;
    private final GroupTree tree;
    private final TeamSet readable;
    private final List<InputError> errors = new ArrayList<>();

    private PortfolioFilter(List<MaturityModel> models, GroupTree tree, TeamSet readable) {
        this.models = models;
        this.tree = tree;
        this.readable = readable;
    }

    /** Over every team that is not archived, with no groups to filter by. */
    public static PortfolioQuery read(Map<String, String> parameters, List<MaturityModel> models) {
        return read(parameters, models, GroupTree.empty(), TeamSet.active());
    }

    /**
     * Over the {@code readable} teams, narrowed to a group of {@code tree} and those below it by {@code group}.
     *
     * @throws InvalidInputException naming each parameter at fault
     */
    public static PortfolioQuery read(Map<String, String> parameters, List<MaturityModel> models, GroupTree tree,
                                      TeamSet readable) {
        return new PortfolioFilter(models, tree, readable).query(parameters);
    }

    /** The parameters a portfolio query takes; any other is refused by name. */
    public static final List<String> PARAMETERS = List.of("model", "level", "minGap", "since", "before", "blocker",
            "sort", "dir", "page", "size", GroupFilter.PARAMETER);

    private PortfolioQuery query(Map<String, String> p) {
        p.keySet().stream().filter(name -> !PARAMETERS.contains(name)).sorted().forEach(name -> errors.add(
                new InputError(Echo.of(name), "unknown parameter; expected " + String.join(", ", PARAMETERS))));
        Optional<Criterion> blocker = blocker(given(p, "blocker"), given(p, "model"));
        MaturityModel model = model(given(p, "model"), blocker);
        Integer level = number(p, "level", 0, model == null ? 0 : model.topLevel());
        Integer minGap = number(p, "minGap", 0, MAX_GAP);
        LocalDate since = date(p, "since");
        LocalDate before = date(p, "before");
        if (since != null && before != null && !before.isAfter(since)) {
            errors.add(new InputError("before", "must be a later day than since (" + since + "), got " + before));
        }
        PortfolioQuery.Sort sort = sort(given(p, "sort"));
        Boolean descending = descending(given(p, "dir"), sort);
        Integer size = number(p, "size", 1, MAX_SIZE);
        int pageSize = size == null ? PAGE : size;
        Integer page = number(p, "page", 1, MAX_DEPTH / pageSize);
        String group = given(p, GroupFilter.PARAMETER);
        GroupFilter.Read teams = GroupFilter.read(group, tree, readable);
        teams.refusal().ifPresent(errors::add);
        InvalidInputException.throwIfAny(SUBJECT, errors);
        return new PortfolioQuery(model.id(), level, minGap, since, before,
                blocker.map(Criterion::model).orElse(null), blocker.map(Criterion::id).orElse(null), sort,
                descending, page == null ? 1 : page, pageSize, group, teams.teams());
    }

    private static String given(Map<String, String> p, String name) {
        String value = p.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private Optional<Criterion> blocker(String id, String modelId) {
        if (id == null) {
            return Optional.empty();
        }
        List<Criterion> found = models.stream().flatMap(model -> model.criteria().stream())
                .filter(criterion -> criterion.id().equals(id)).toList();
        Optional<Criterion> inModel = found.stream().filter(c -> modelId == null || c.model().equals(modelId))
                .findFirst();
        if (inModel.isEmpty()) {
            errors.add(new InputError("blocker", found.isEmpty() ? "no criterion " + Echo.of(id) + " in the active rules"
                    : "criterion " + id + " is not one of model " + Echo.of(modelId) + "'s"));
        }
        return inModel;
    }

    private MaturityModel model(String id, Optional<Criterion> blocker) {
        String wanted = id != null ? id : blocker.map(Criterion::model).orElse(models.get(0).id());
        Optional<MaturityModel> model = models.stream().filter(m -> m.id().equals(wanted)).findFirst();
        if (model.isEmpty()) {
            errors.add(new InputError("model", "no model " + Echo.of(wanted) + "; expected one of "
                    + models.stream().map(MaturityModel::id).collect(Collectors.joining(", "))));
        }
        return model.orElse(null);
    }

    private Integer number(Map<String, String> p, String name, int min, int max) {
        String text = given(p, name);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        errors.add(new InputError(name, "expected a whole number from " + min + " to " + max + ", got "
                + Echo.of(text)));
        return null;
    }

    private LocalDate date(Map<String, String> p, String name) {
        String text = given(p, name);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(new InputError(name, "expected a day as YYYY-MM-DD, got " + Echo.of(text)));
            return null;
        }
    }

    private PortfolioQuery.Sort sort(String id) {
        if (id == null) {
            return PortfolioQuery.Sort.GAP;
        }
        return Arrays.stream(PortfolioQuery.Sort.values()).filter(sort -> sort.id().equals(id)).findFirst()
                .orElseGet(() -> {
                    errors.add(new InputError("sort", "expected one of " + Arrays.stream(PortfolioQuery.Sort.values())
                            .map(PortfolioQuery.Sort::id).collect(Collectors.joining(", ")) + ", got " + Echo.of(id)));
                    return PortfolioQuery.Sort.GAP;
                });
    }

    /** Without a direction each sort puts who most needs help first: widest gap, lowest level, oldest change. */
    private Boolean descending(String dir, PortfolioQuery.Sort sort) {
        if (dir == null) {
            return sort == PortfolioQuery.Sort.GAP;
        }
        if (!dir.equals("asc") && !dir.equals("desc")) {
            errors.add(new InputError("dir", "expected asc or desc, got " + Echo.of(dir)));
        }
        return dir.equals("desc");
    }
}
