package org.lexdraft.text;

import java.util.Objects;
import java.util.Optional;

/**
 * A span of a text that a comment is attached to, in the manner of the W3C Web Annotation
 * selectors: a position ({@code start}, {@code end}: Unicode code points, end exclusive) and a
 * quote with the context around it ({@code prefix} before, {@code suffix} after), by which the
 * span can be found again when the text changes.
 *
 * <p>{@code quote} must have exactly {@code end - start} code points. A {@code null} prefix or
 * suffix is read as empty. {@code start == end} is a point, with an empty quote.
 */
public record Anchor(int start, int end, String quote, String prefix, String suffix) {

    /** How many code points of context {@link #fromRange} keeps on each side of the quote. */
    public static final int CONTEXT_LENGTH = 32;

    public Anchor {
        Objects.requireNonNull(quote, "quote");
        prefix = prefix == null ? "" : prefix;
        suffix = suffix == null ? "" : suffix;
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("invalid range [" + start + ", " + end + ")");
        }
        int quoted = Texts.codePoints(quote);
        if (quoted != end - start) {
            throw new IllegalArgumentException("the quote has " + quoted + " code points but the range ["
                    + start + ", " + end + ") has " + (end - start));
        }
    }

    /**
     * The anchor of {@code text[start, end)} with up to {@link #CONTEXT_LENGTH} code points of
     * context on each side.
     *
     * @throws IllegalArgumentException if {@code start > end} or the range is not within the text
     */
    public static Anchor fromRange(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        int length = Texts.codePoints(text);
        if (start < 0 || start > end || end > length) {
            throw new IllegalArgumentException("range [" + start + ", " + end + ") is not within a text of "
                    + length + " code points");
        }
        int startChar = text.offsetByCodePoints(0, start);
        int endChar = text.offsetByCodePoints(startChar, end - start);
        int prefixChar = text.offsetByCodePoints(startChar, -Math.min(CONTEXT_LENGTH, start));
        int suffixChar = text.offsetByCodePoints(endChar, Math.min(CONTEXT_LENGTH, length - end));
        return new Anchor(start, end, text.substring(startChar, endChar),
                text.substring(prefixChar, startChar), text.substring(endChar, suffixChar));
    }

    /**
     * Finds {@code quote} in {@code text}. Among several occurrences it picks the one whose
     * surroundings are closest (in edits) to {@code prefix} and {@code suffix}, the first one on
     * a tie; only the {@link #CONTEXT_LENGTH} code points of each next to the quote count. The
     * anchor returned carries the context found in {@code text}.
     *
     * @param prefix text expected just before the quote; {@code null} or empty for none
     * @param suffix text expected just after the quote; {@code null} or empty for none
     * @return empty if the quote does not occur in the text
     */
    public static Optional<Anchor> fromQuote(String text, String quote, String prefix, String suffix) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(quote, "quote");
        int[] t = AnchorMatching.codePoints(text);
        int[] q = AnchorMatching.codePoints(quote);
        int[] occurrences = AnchorMatching.occurrences(t, q);
        if (occurrences.length == 0) {
            return Optional.empty();
        }
        AnchorMatching.Context context = new AnchorMatching.Context(prefix, suffix);
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int occurrence : occurrences) {
            int distance = context.distance(t, occurrence, occurrence + q.length);
            if (distance < bestDistance) {
                best = occurrence;
                bestDistance = distance;
                if (distance == 0) {
                    break;
                }
            }
        }
        return Optional.of(fromRange(text, best, best + q.length));
    }
}
