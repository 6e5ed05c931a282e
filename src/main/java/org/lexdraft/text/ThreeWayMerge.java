package org.lexdraft.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Merges two texts edited from a common base, exactly: each side's word diff against the base is
 * turned into edits (a base range replaced by a text), and every edit that no edit of the other
 * side touches is applied at its own base position. Nothing is matched fuzzily, so no change can
 * land anywhere but where its author made it (diff-match-patch's {@code patchApply} is never used).
 *
 * <p>A client edit and a head edit conflict when their base ranges overlap, when both insert at the
 * same point, or when one inserts strictly inside the range the other replaces. Replacements that
 * merely touch do not conflict, nor does an insertion at the edge of the other side's replacement
 * (it goes before a replacement starting there and after one ending there). Edits linked by
 * conflicts form one conflicting region; if both sides nevertheless turned that region into the
 * same text (in particular, when they made the identical edit), it is taken once and is no conflict.
 *
 * <p>Symmetric: swapping client and head gives the same merged text, or the same conflicts with
 * client and head swapped. Thread-safe if the engine is.
 */
public final class ThreeWayMerge {

    private static final Comparator<Edit> BASE_ORDER = Comparator.comparingInt(Edit::start).thenComparingInt(Edit::end);

    private final DiffEngine engine;

    public ThreeWayMerge(DiffEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    public MergeResult merge(String base, String client, String head) {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(head, "head");
        return merge(base, edits(engine.diff(base, client, Granularity.WORD), true),
                edits(engine.diff(base, head, Granularity.WORD), false));
    }

    /**
     * Merges explicit edits of {@code base}: each side's edits sorted and separated by unchanged
     * text, as a canonical diff gives them, client edits marked as such.
     */
    static MergeResult merge(String base, List<Edit> clientEdits, List<Edit> headEdits) {
        List<Edit> all = new ArrayList<>(clientEdits.size() + headEdits.size());
        all.addAll(clientEdits);
        all.addAll(headEdits);
        all.sort(BASE_ORDER);
        int[] group = groups(all);

        List<Edit> applied = new ArrayList<>();
        List<MergeConflict> conflicts = new ArrayList<>();
        int first = 0;
        while (first < all.size()) {
            int last = first;
            while (last + 1 < all.size() && group[last + 1] == group[first]) {
                last++;
            }
            List<Edit> members = all.subList(first, last + 1);
            if (members.size() == 1) {
                applied.add(members.get(0));
            } else {
                resolve(base, members, applied, conflicts);
            }
            first = last + 1;
        }
        if (!conflicts.isEmpty()) {
            return new MergeResult(null, conflicts);
        }
        return new MergeResult(apply(base, applied, 0, base.length()), List.of());
    }

    /**
     * Numbers the connected groups of conflicting edits, which are runs of consecutive edits in
     * base order. An edit can only conflict with the latest edit of the other side in the run:
     * one side's edits are sorted and separated by unchanged text, so the earlier ones end before
     * the latest starts, hence before this edit starts.
     */
    private static int[] groups(List<Edit> sorted) {
        int[] group = new int[sorted.size()];
        int current = -1;
        Edit lastClient = null;
        Edit lastHead = null;
        for (int i = 0; i < sorted.size(); i++) {
            Edit edit = sorted.get(i);
            Edit other = edit.client() ? lastHead : lastClient;
            if (other == null || !conflict(edit, other)) {
                current++;
                lastClient = null;
                lastHead = null;
            }
            group[i] = current;
            if (edit.client()) {
                lastClient = edit;
            } else {
                lastHead = edit;
            }
        }
        return group;
    }

    static boolean conflict(Edit a, Edit b) {
        if (a.client() == b.client() || a.equals(b.asSide(a.client()))) {
            // One side's edits never touch one another; identical edits are taken once.
            return false;
        }
        boolean overlap = a.start() < b.end() && b.start() < a.end();
        boolean sameInsertionPoint = a.isInsertion() && b.isInsertion() && a.start() == b.start();
        return overlap || sameInsertionPoint;
    }

    /** A group of several edits: taken as one when both sides made the same of it, else a conflict. */
    private static void resolve(String base, List<Edit> members, List<Edit> applied, List<MergeConflict> conflicts) {
        int start = members.stream().mapToInt(Edit::start).min().orElseThrow();
        int end = members.stream().mapToInt(Edit::end).max().orElseThrow();
        String client = apply(base, members.stream().filter(Edit::client).toList(), start, end);
        String head = apply(base, members.stream().filter(edit -> !edit.client()).toList(), start, end);
        if (client.equals(head)) {
            applied.add(new Edit(start, end, client, true));
        } else {
            int codePointStart = base.codePointCount(0, start);
            int codePointEnd = codePointStart + base.codePointCount(start, end);
            conflicts.add(new MergeConflict(codePointStart, codePointEnd, base.substring(start, end), client, head));
        }
    }

    /**
     * The base text of [from, to) with the given edits (sorted, inside that range, not conflicting)
     * applied, an identical edit of both sides once.
     */
    private static String apply(String base, List<Edit> edits, int from, int to) {
        StringBuilder text = new StringBuilder();
        int position = from;
        Edit previous = null;
        for (Edit edit : edits) {
            if (previous != null && previous.equals(edit.asSide(previous.client()))) {
                continue;
            }
            text.append(base, position, edit.start()).append(edit.text());
            position = edit.end();
            previous = edit;
        }
        return text.append(base, position, to).toString();
    }

    /**
     * The edits a diff makes to its source, in source order: each maximal change between two equal
     * pieces becomes one edit. Offsets are chars of the source; the diff never cuts a surrogate
     * pair, so neither do they.
     */
    static List<Edit> edits(TextDiff diff, boolean client) {
        List<Edit> edits = new ArrayList<>();
        int position = 0;
        int changeStart = -1;
        StringBuilder inserted = new StringBuilder();
        for (DiffOp op : diff.ops()) {
            if (op.kind() == DiffOp.Kind.EQUAL) {
                if (changeStart >= 0) {
                    edits.add(new Edit(changeStart, position, inserted.toString(), client));
                    changeStart = -1;
                    inserted.setLength(0);
                }
                position += op.text().length();
                continue;
            }
            if (changeStart < 0) {
                changeStart = position;
            }
            if (op.kind() == DiffOp.Kind.DELETE) {
                position += op.text().length();
            } else {
                inserted.append(op.text());
            }
        }
        if (changeStart >= 0) {
            edits.add(new Edit(changeStart, position, inserted.toString(), client));
        }
        return edits;
    }

    /** The base chars [start, end) replaced by {@code text}, by the client or by the head. */
    record Edit(int start, int end, String text, boolean client) {

        boolean isInsertion() {
            return start == end;
        }

        Edit asSide(boolean client) {
            return new Edit(start, end, text, client);
        }
    }
}
