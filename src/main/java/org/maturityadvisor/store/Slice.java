package org.maturityadvisor.store;

import java.util.List;

/**
 * One page of a list read by key ("after this id", "before this number"): the items and the key to pass for the next
 * page, null on the last one. Keyset paging stays as fast on page 200 as on page 1.
 */
public record Slice<T, K>(List<T> items, K nextKey) {

    public Slice {
        items = List.copyOf(items);
    }
}
