package org.lexdraft.text;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;

/**
 * Follows anchors from one version of a text to the next, so that a comment stays on its words
 * when the draft changes. Deterministic, immutable and thread-safe.
 *
 * <p>{@link #follow} diffs the two texts by characters. An anchor whose words lie in unchanged
 * text is mapped through the diff: {@link AnchorState#EXACT} if its offsets are unchanged,
 * {@link AnchorState#MOVED} otherwise. An anchor whose words were edited is looked for in turn
 * as
 * <ol>
 *   <li>the range the diff maps it to, if that still reads as the quote;</li>
 *   <li>an exact occurrence of the quote, the one whose surroundings best match the anchor's
 *       prefix and suffix, then the nearest to where the diff maps the anchor;</li>
 *   <li>the range the diff maps it to, if it is similar enough to the quote (edited words);</li>
 *   <li>the window of the new text most similar to the quote, context counted, searched near
 *       where the diff maps the anchor;</li>
 * </ol>
 * which gives {@link AnchorState#MOVED} with the words found (or {@link AnchorState#EDITED} when
 * they are not the words quoted), or else
 * {@link AnchorState#ORPHANED}. Similarity is {@code 1 - levenshtein / longer length} over code
 * points and must be at least 0.75, with a length within 25 % of the quote's either way.
 *
 * <p>In steps 3 and 4 an edge of the anchor that lay between two tokens (words, whitespace,
 * punctuation, as the word diff cuts them) is widened to the nearest such boundary, so that a
 * char diff keeping the "e" of "use" against "employ" still gives the whole word; the range as
 * found is kept if the widened one is not similar enough. Exact occurrences are compared by
 * their context ({@link Anchor#CONTEXT_LENGTH} code points each side, in edits), windows by
 * their edits to quote and context together. The work is bounded: exact occurrences are found
 * in linear time, and a similarity search computes at most a few million edit-distance cells.
 */
public final class Reanchoring {

    /** The least similarity to the quote at which edited words are still the anchored ones. */
    static final double MIN_SIMILARITY = 0.75;

    /** How much longer or shorter than the quote (as a fraction of it) the words found may be. */
    static final double LENGTH_TOLERANCE = 0.25;

    /**
     * Edit-distance cells one fuzzy search may compute (quote length times the length of the
     * text searched); a longer text is searched only around where the diff maps the anchor.
     */
    static final long CELL_BUDGET = 8_000_000L;

    /** How many of the windows closest to the quote have their context compared. */
    static final int MAX_CANDIDATES = 256;

    private final DiffEngine engine;

    public Reanchoring(DiffEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * Follows an anchor made on text {@code from} into text {@code to} (one step). An anchor
     * whose quote does not read as {@code from} has it at its offsets is treated as if its words
     * had been edited: it is looked for by its quote.
     *
     * @throws IllegalArgumentException if the anchor's range is not within {@code from}
     */
    public Reanchored follow(Anchor anchor, String from, String to) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int fromLength = Texts.codePoints(from);
        if (anchor.end() > fromLength) {
            throw new IllegalArgumentException("anchor [" + anchor.start() + ", " + anchor.end()
                    + ") is not within a text of " + fromLength + " code points");
        }
        PositionMap map = new PositionMap(engine.diff(from, to, Granularity.CHAR));
        int start = anchor.start();
        int end = anchor.end();
        if (start == end) {
            int point = map.position(start);
            return new Reanchored(point == start ? AnchorState.EXACT : AnchorState.MOVED,
                    Anchor.fromRange(to, point, point));
        }
        if (anchor.quote().equals(slice(from, start, end))) {
            int intact = map.intactStart(start, end);
            if (intact >= 0) {
                return new Reanchored(intact == start ? AnchorState.EXACT : AnchorState.MOVED,
                        Anchor.fromRange(to, intact, intact + (end - start)));
            }
        }
        int mappedStart = map.position(start);
        int mappedEnd = Math.max(mappedStart, map.end(end));
        Anchor found = find(anchor, from, to, mappedStart, mappedEnd);
        return found == null ? Reanchored.orphaned() : new Reanchored(movedOrEdited(anchor, found), found);
    }

    /**
     * Follows an anchor through a chain of texts, versions in order, {@code texts.get(0)} being
     * the text the anchor was made on. The state is EXACT only if every step was EXACT, and once
     * the anchor is orphaned the later texts are not searched.
     *
     * @throws IllegalArgumentException if {@code texts} is empty or the anchor not within its first
     */
    public Reanchored followAll(Anchor anchor, List<String> texts) {
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(texts, "texts");
        if (texts.isEmpty()) {
            throw new IllegalArgumentException("no text to follow the anchor through");
        }
        if (texts.size() == 1) {
            return follow(anchor, texts.get(0), texts.get(0));
        }
        Anchor current = anchor;
        boolean exact = true;
        for (int i = 1; i < texts.size(); i++) {
            Reanchored step = follow(current, texts.get(i - 1), texts.get(i));
            if (step.state() == AnchorState.ORPHANED) {
                return step;
            }
            exact &= step.state() == AnchorState.EXACT;
            current = step.anchor();
        }
        return new Reanchored(exact ? AnchorState.EXACT : movedOrEdited(anchor, current), current);
    }

    /** MOVED when the words found are the words quoted, EDITED when they were reworded. */
    private static AnchorState movedOrEdited(Anchor original, Anchor found) {
        return found.quote().equals(original.quote()) ? AnchorState.MOVED : AnchorState.EDITED;
    }

    /**
     * Maps a code-point position from {@code from} to {@code to} through a char diff. A position
     * follows the code point at it: text inserted right at it ends up before it, and a position
     * inside (or at the start of) deleted text maps to the deletion point, before any text that
     * replaced it. The end of {@code from} maps to the end of {@code to}.
     *
     * @throws IllegalArgumentException if the position is not within {@code from} (0 to its length)
     */
    public int mapPosition(String from, String to, int position) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        int length = Texts.codePoints(from);
        if (position < 0 || position > length) {
            throw new IllegalArgumentException("position " + position + " is not within a text of "
                    + length + " code points");
        }
        return new PositionMap(engine.diff(from, to, Granularity.CHAR)).position(position);
    }

    /** Steps 1 to 4 of the class comment; null when the anchor is orphaned. */
    private Anchor find(Anchor anchor, String from, String to, int mappedStart, int mappedEnd) {
        int[] text = AnchorMatching.codePoints(to);
        int[] quote = AnchorMatching.codePoints(anchor.quote());
        if (AnchorMatching.regionEquals(text, mappedStart, mappedEnd, quote)) {
            return Anchor.fromRange(to, mappedStart, mappedEnd);
        }
        AnchorMatching.Context context = new AnchorMatching.Context(anchor.prefix(), anchor.suffix());
        int exact = bestOccurrence(text, quote, context, mappedStart);
        if (exact >= 0) {
            return Anchor.fromRange(to, exact, exact + quote.length);
        }
        int[] source = AnchorMatching.codePoints(from);
        Edges edges = new Edges(AnchorMatching.isBoundary(source, anchor.start()),
                AnchorMatching.isBoundary(source, anchor.end()));
        AnchorMatching.Window mapped = similarWindow(quote, text, edges, mappedStart, mappedEnd);
        if (mapped != null) {
            return Anchor.fromRange(to, mapped.start(), mapped.end());
        }
        AnchorMatching.Window closest = closestWindow(text, quote, context, mappedStart);
        if (closest == null) {
            return null;
        }
        AnchorMatching.Window snapped = similarWindow(quote, text, edges, closest.start(), closest.end());
        AnchorMatching.Window window = snapped == null ? closest : snapped;
        return Anchor.fromRange(to, window.start(), window.end());
    }

    /** Whether the anchor began and ended between tokens, as its words should go on doing. */
    private record Edges(boolean start, boolean end) {
    }

    /**
     * {@code text[start, end)} widened to whole tokens at the edges where the anchor had them, if
     * similar enough to the quote, else the window itself if it is; null if neither is.
     */
    private AnchorMatching.Window similarWindow(int[] quote, int[] text, Edges edges, int start, int end) {
        int snappedStart = edges.start() ? AnchorMatching.boundaryAtOrBefore(text, start) : start;
        int snappedEnd = edges.end() ? AnchorMatching.boundaryAtOrAfter(text, end) : end;
        if (isSimilar(quote, text, snappedStart, snappedEnd)) {
            return new AnchorMatching.Window(snappedStart, snappedEnd, 0);
        }
        if ((snappedStart != start || snappedEnd != end) && isSimilar(quote, text, start, end)) {
            return new AnchorMatching.Window(start, end, 0);
        }
        return null;
    }

    private boolean isSimilar(int[] quote, int[] text, int start, int end) {
        int length = end - start;
        return length >= minLength(quote.length) && length <= maxLength(quote.length)
                && similarity(quote, text, start, end) >= MIN_SIMILARITY;
    }

    private static int minLength(int quoteLength) {
        return (int) Math.ceil(quoteLength * (1 - LENGTH_TOLERANCE));
    }

    private static int maxLength(int quoteLength) {
        return (int) Math.floor(quoteLength * (1 + LENGTH_TOLERANCE));
    }

    /**
     * The start of the exact occurrence with the best context, then the nearest to {@code near},
     * then the first; -1 if none. Occurrences are visited outward from {@code near}, so the
     * search stops at the first one whose context matches perfectly.
     */
    private static int bestOccurrence(int[] text, int[] quote, AnchorMatching.Context context, int near) {
        int[] occurrences = AnchorMatching.occurrences(text, quote);
        int right = Arrays.binarySearch(occurrences, near);
        right = right >= 0 ? right : -right - 1;
        int left = right - 1;
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        while (bestDistance > 0 && (left >= 0 || right < occurrences.length)) {
            // Equally near on both sides: the earlier occurrence first.
            boolean takeLeft = right >= occurrences.length
                    || left >= 0 && near - occurrences[left] <= occurrences[right] - near;
            int occurrence = takeLeft ? occurrences[left--] : occurrences[right++];
            int distance = context.distance(text, occurrence, occurrence + quote.length);
            if (distance < bestDistance) {
                best = occurrence;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * Levenshtein similarity of the quote to {@code text[start, end)}; past the cell budget, a
     * lower bound of it from the edits of a char diff (each changed run costing its longer side).
     */
    private double similarity(int[] quote, int[] text, int start, int end) {
        int length = end - start;
        if ((long) quote.length * length <= CELL_BUDGET) {
            return AnchorMatching.similarity(AnchorMatching.levenshtein(quote, text, start, end), quote.length, length);
        }
        int edits = 0;
        int deleted = 0;
        int inserted = 0;
        String window = AnchorMatching.text(text, start, end);
        for (DiffOp op : engine.diff(AnchorMatching.text(quote, 0, quote.length), window, Granularity.CHAR).ops()) {
            int size = Texts.codePoints(op.text());
            switch (op.kind()) {
                case EQUAL -> {
                    edits += Math.max(deleted, inserted);
                    deleted = 0;
                    inserted = 0;
                }
                case DELETE -> deleted += size;
                case INSERT -> inserted += size;
            }
        }
        edits += Math.max(deleted, inserted);
        return AnchorMatching.similarity(edits, quote.length, length);
    }

    /**
     * The window most like the quote with its context: least edits to quote, prefix and suffix
     * together, then the longest (edited words at the quote's edge belong to it), then the
     * nearest to {@code near}. Only the text around {@code near} that the cell budget allows is
     * searched, and only the {@link #MAX_CANDIDATES} windows closest to the quote are compared.
     */
    private static AnchorMatching.Window closestWindow(int[] text, int[] quote, AnchorMatching.Context context,
                                                      int near) {
        int minLength = minLength(quote.length);
        int maxLength = maxLength(quote.length);
        if (quote.length == 0 || minLength > text.length) {
            return null;
        }
        long span = Math.max(1, CELL_BUDGET / quote.length);
        int from = 0;
        int to = text.length;
        if (text.length > span) {
            if (span < maxLength) {
                return null;
            }
            int margin = (int) ((span - quote.length) / 2);
            from = Math.max(0, near - margin);
            to = (int) Math.min(text.length, from + span);
            from = (int) Math.max(0, to - span);
        }
        Comparator<AnchorMatching.Window> closest = Comparator
                .comparingInt(AnchorMatching.Window::distance)
                .thenComparingInt(window -> Math.abs(window.start() - near))
                .thenComparing(Comparator.comparingInt(AnchorMatching.Window::length).reversed())
                .thenComparingInt(AnchorMatching.Window::start);
        PriorityQueue<AnchorMatching.Window> candidates = new PriorityQueue<>(closest.reversed());
        AnchorMatching.closestWindows(text, from, to, quote, minLength, maxLength, MIN_SIMILARITY, window -> {
            candidates.add(window);
            if (candidates.size() > MAX_CANDIDATES) {
                candidates.poll();
            }
        });
        AnchorMatching.Window best = null;
        int bestCost = Integer.MAX_VALUE;
        for (AnchorMatching.Window window : candidates) {
            int cost = window.distance() + context.distance(text, window.start(), window.end());
            if (best == null || cost < bestCost || cost == bestCost && better(window, best, near)) {
                best = window;
                bestCost = cost;
            }
        }
        return best;
    }

    private static boolean better(AnchorMatching.Window window, AnchorMatching.Window than, int near) {
        if (window.length() != than.length()) {
            return window.length() > than.length();
        }
        int nearness = Math.abs(window.start() - near);
        int thanNearness = Math.abs(than.start() - near);
        if (nearness != thanNearness) {
            return nearness < thanNearness;
        }
        return window.start() < than.start();
    }

    /** {@code text[start, end)} in code points. */
    private static String slice(String text, int start, int end) {
        int startChar = text.offsetByCodePoints(0, start);
        return text.substring(startChar, text.offsetByCodePoints(startChar, end - start));
    }

    /** Positions of a "from" text mapped through the ops of a diff, in code points. */
    private static final class PositionMap {

        private final DiffOp.Kind[] kinds;
        private final int[] lengths;

        PositionMap(TextDiff diff) {
            List<DiffOp> ops = diff.ops();
            kinds = new DiffOp.Kind[ops.size()];
            lengths = new int[ops.size()];
            for (int k = 0; k < kinds.length; k++) {
                kinds[k] = ops.get(k).kind();
                lengths[k] = Texts.codePoints(ops.get(k).text());
            }
        }

        /** Where the code point at {@code p} went, or the deletion point if it was deleted. */
        int position(int p) {
            int f = 0;
            int t = 0;
            for (int k = 0; k < kinds.length; k++) {
                int length = lengths[k];
                switch (kinds[k]) {
                    case EQUAL -> {
                        if (p < f + length) {
                            return t + p - f;
                        }
                        f += length;
                        t += length;
                    }
                    case DELETE -> {
                        if (p < f + length) {
                            return t;
                        }
                        f += length;
                    }
                    case INSERT -> t += length;
                }
            }
            return t;
        }

        /**
         * Where a range ending at {@code e > 0} ends: after its last code point if that was
         * kept, else after the text that replaced the deleted run holding it.
         */
        int end(int e) {
            int last = e - 1;
            int f = 0;
            int t = 0;
            for (int k = 0; k < kinds.length; k++) {
                int length = lengths[k];
                switch (kinds[k]) {
                    case EQUAL -> {
                        if (last < f + length) {
                            return t + last - f + 1;
                        }
                        f += length;
                        t += length;
                    }
                    case DELETE -> {
                        if (last < f + length) {
                            boolean replaced = k + 1 < kinds.length && kinds[k + 1] == DiffOp.Kind.INSERT;
                            return t + (replaced ? lengths[k + 1] : 0);
                        }
                        f += length;
                    }
                    case INSERT -> t += length;
                }
            }
            return t;
        }

        /** Where {@code [s, e)} starts if it lies within one unchanged run, else -1. */
        int intactStart(int s, int e) {
            int f = 0;
            int t = 0;
            for (int k = 0; k < kinds.length; k++) {
                int length = lengths[k];
                switch (kinds[k]) {
                    case EQUAL -> {
                        if (s < f + length) {
                            return e <= f + length ? t + s - f : -1;
                        }
                        f += length;
                        t += length;
                    }
                    case DELETE -> {
                        if (s < f + length) {
                            return -1;
                        }
                        f += length;
                    }
                    case INSERT -> t += length;
                }
            }
            return -1;
        }
    }
}
