package org.lexdraft.text;

import java.util.List;
import java.util.Objects;

/** The difference between two texts as a sequence of operations that reproduces both exactly. */
public record TextDiff(Granularity granularity, List<DiffOp> ops) {

    public TextDiff {
        Objects.requireNonNull(granularity, "granularity");
        ops = List.copyOf(ops);
    }

    /** The "from" text: every EQUAL and DELETE piece in order. */
    public String source() {
        return join(DiffOp.Kind.INSERT);
    }

    /** The "to" text: every EQUAL and INSERT piece in order. */
    public String target() {
        return join(DiffOp.Kind.DELETE);
    }

    public DiffStats stats() {
        int inserted = 0;
        int deleted = 0;
        int unchanged = 0;
        for (DiffOp op : ops) {
            int length = Texts.codePoints(op.text());
            switch (op.kind()) {
                case INSERT -> inserted += length;
                case DELETE -> deleted += length;
                case EQUAL -> unchanged += length;
            }
        }
        int total = 2 * unchanged + inserted + deleted;
        double similarity = total == 0 ? 1.0 : 2.0 * unchanged / total;
        return new DiffStats(inserted, deleted, unchanged, similarity);
    }

    private String join(DiffOp.Kind skipped) {
        StringBuilder text = new StringBuilder();
        for (DiffOp op : ops) {
            if (op.kind() != skipped) {
                text.append(op.text());
            }
        }
        return text.toString();
    }
}
