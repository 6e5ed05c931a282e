package org.lexdraft.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Attribution of every code point of a text to the version (or any other origin) that wrote it,
 * carried from a parent text to a child through a word diff. A list of spans is in normal form
 * when it is sorted, contiguous, covers the whole text from 0, has no empty span and no two
 * neighbours of equal origin; every list this class returns is.
 */
public final class Blame {

    private Blame() {
    }

    /** The attribution of a first version: all of it to {@code origin} (no span for an empty text). */
    public static <T> List<AttributedSpan<T>> initial(String text, T origin) {
        Objects.requireNonNull(origin, "origin");
        int length = Texts.codePoints(text);
        return length == 0 ? List.of() : List.of(new AttributedSpan<>(0, length, origin));
    }

    /**
     * The attribution of {@code childText}: what it kept from {@code parentText} (by a word
     * diff, the common beginning and end of the two texts always counted as kept) keeps the
     * parent's attribution, and what it inserted is attributed to {@code newOrigin}.
     *
     * @param parentSpans the parent's attribution: sorted, contiguous and covering the parent text
     *                    exactly (neighbours of equal origin and empty spans are allowed)
     * @throws IllegalArgumentException if {@code parentSpans} does not cover {@code parentText} so
     */
    public static <T> List<AttributedSpan<T>> carry(DiffEngine engine, String parentText,
                                                    List<AttributedSpan<T>> parentSpans, String childText,
                                                    T newOrigin) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(newOrigin, "newOrigin");
        requireCover(parentSpans, Texts.codePoints(parentText));
        Spans<T> child = new Spans<>();
        int parentPosition = 0;
        int spanIndex = 0;
        for (DiffOp op : keepingEnds(engine, parentText, childText, Granularity.WORD)) {
            int length = Texts.codePoints(op.text());
            switch (op.kind()) {
                case INSERT -> child.append(length, newOrigin);
                case DELETE -> parentPosition += length;
                case EQUAL -> {
                    int end = parentPosition + length;
                    while (parentPosition < end) {
                        AttributedSpan<T> span = parentSpans.get(spanIndex);
                        if (span.end() <= parentPosition) {
                            spanIndex++;
                            continue;
                        }
                        int pieceEnd = Math.min(span.end(), end);
                        child.append(pieceEnd - parentPosition, span.origin());
                        parentPosition = pieceEnd;
                    }
                }
            }
        }
        return child.build();
    }

    /**
     * A diff in which the common prefix and suffix of the two texts are always kept. Blame uses word
     * granularity, so that a reworded clause is credited to whoever reworded it rather than leaving
     * stray letters that happen to recur credited to the earlier author.
     * diff-match-patch finds the same edits but may slide one over a short equal run at either
     * end ("ac" to "abac" comes out as "ab" inserted before "ac"), which would blame text that
     * never changed on the child.
     */
    static List<DiffOp> keepingEnds(DiffEngine engine, String from, String to, Granularity granularity) {
        int prefix = 0;
        int shorter = Math.min(from.length(), to.length());
        while (prefix < shorter && from.charAt(prefix) == to.charAt(prefix)) {
            prefix++;
        }
        if (prefix > 0 && Character.isHighSurrogate(from.charAt(prefix - 1))) {
            prefix--;
        }
        int suffix = 0;
        int rest = shorter - prefix;
        while (suffix < rest && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        if (suffix > 0 && Character.isLowSurrogate(from.charAt(from.length() - suffix))) {
            suffix--;
        }
        OpsBuilder ops = new OpsBuilder().equal(from.substring(0, prefix));
        TextDiff middle = engine.diff(from.substring(prefix, from.length() - suffix),
                to.substring(prefix, to.length() - suffix), granularity);
        for (DiffOp op : middle.ops()) {
            switch (op.kind()) {
                case EQUAL -> ops.equal(op.text());
                case DELETE -> ops.delete(op.text());
                case INSERT -> ops.insert(op.text());
            }
        }
        return ops.equal(from.substring(from.length() - suffix)).build();
    }

    /** {@code spans} in normal form: empty spans dropped and neighbours of equal origin merged. */
    static <T> List<AttributedSpan<T>> normalize(List<AttributedSpan<T>> spans) {
        Spans<T> normal = new Spans<>();
        int position = 0;
        for (AttributedSpan<T> span : spans) {
            if (span.start() != position) {
                throw new IllegalArgumentException("spans are not contiguous at " + position + ": " + span);
            }
            normal.append(span.end() - span.start(), span.origin());
            position = span.end();
        }
        return normal.build();
    }

    private static void requireCover(List<? extends AttributedSpan<?>> spans, int length) {
        int position = 0;
        for (AttributedSpan<?> span : spans) {
            if (span.start() != position) {
                throw new IllegalArgumentException("parent spans are not contiguous at " + position + ": " + span);
            }
            position = span.end();
        }
        if (position != length) {
            throw new IllegalArgumentException("parent spans cover " + position + " code points, the text has " + length);
        }
    }

    /** Builds spans in normal form from consecutive runs. */
    private static final class Spans<T> {

        private final List<AttributedSpan<T>> spans = new ArrayList<>();
        private int end;
        private int runStart;
        private T runOrigin;

        void append(int length, T origin) {
            if (length == 0) {
                return;
            }
            if (!origin.equals(runOrigin)) {
                flush();
                runStart = end;
                runOrigin = origin;
            }
            end += length;
        }

        List<AttributedSpan<T>> build() {
            flush();
            return List.copyOf(spans);
        }

        private void flush() {
            if (runOrigin != null && end > runStart) {
                spans.add(new AttributedSpan<>(runStart, end, runOrigin));
            }
            runOrigin = null;
        }
    }
}
