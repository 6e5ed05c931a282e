package org.lexdraft.common;

import java.util.List;

/** One page of a collection as a service returns it; the resource adds the Link headers. */
public record PageResult<T>(List<T> items, int page, int size, long total) {

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public boolean hasPrev() {
        return page > 0;
    }
}
