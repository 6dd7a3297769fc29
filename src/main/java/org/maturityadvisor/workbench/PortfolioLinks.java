package org.maturityadvisor.workbench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.maturityadvisor.store.PortfolioQuery;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The portfolio's own URLs, built from the query it shows so that every link keeps the other filters: a column's
 * sort (a second click turns it round), a page, a blocker's team list. Every one a GET, so each view can be shared.
 */
public final class PortfolioLinks {

    private final Map<String, String> current;
    private final PortfolioQuery query;

    PortfolioLinks(Map<String, String> parameters, PortfolioQuery query) {
        this.current = new LinkedHashMap<>(parameters);
        this.query = query;
    }

    /** Sorted by {@code sort} (in {@code model}'s level for the level sort), page 1. */
    public String sort(String sort, String model) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("page");
        boolean same = query != null && query.sort().id().equals(sort)
                && (model == null || model.equals(query.model()));
        if (model != null) {
            next.put("model", model);
        }
        next.put("sort", sort);
        if (same) {
            next.put("dir", query.descending() ? "asc" : "desc");
        } else {
            next.remove("dir");
        }
        return url(next, "teams");
    }

    public boolean sortedBy(String sort, String model) {
        return query != null && query.sort().id().equals(sort) && (model == null || model.equals(query.model()));
    }

    public String page(int page) {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.put("page", Integer.toString(page));
        return url(next, "teams");
    }

    /**
     * The teams {@code criterion} of {@code model} holds back: the list filtered by it, the other filters dropped but
     * the group (the chart counted that group's teams).
     */
    public String blocker(String model, String criterion) {
        Map<String, String> next = new LinkedHashMap<>();
        String group = current.get("group");
        if (group != null) {
            next.put("group", group);
        }
        next.put("model", model);
        next.put("blocker", criterion);
        return url(next, "teams");
    }

    /** The same view without the blocker filter. */
    public String withoutBlocker() {
        Map<String, String> next = new LinkedHashMap<>(current);
        next.remove("blocker");
        next.remove("page");
        return url(next, "teams");
    }

    private static String url(Map<String, String> parameters, String fragment) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/portfolio");
        parameters.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        return uri.fragment(fragment).encode().build().toUriString();
    }
}
