package id.kriya.shared;

import org.springframework.data.domain.PageRequest;

/**
 * A page number as a visitor may type it into a URL, made safe: below zero is the first page, and past
 * {@link #LAST} (far beyond any real list) is the last allowed, so an offset can never overflow the database query.
 */
public record PageNumber(int value) {

    public static final int LAST = 9_999;

    public PageNumber {
        value = Math.min(Math.max(value, 0), LAST);
    }

    public static PageRequest of(int requested, int size) {
        return PageRequest.of(new PageNumber(requested).value(), size);
    }
}
