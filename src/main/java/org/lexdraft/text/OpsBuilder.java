package org.lexdraft.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects diff pieces into canonical ops: no empty op, no two adjacent ops of one kind, and
 * between two EQUAL ops at most one DELETE followed by at most one INSERT.
 */
final class OpsBuilder {

    private final List<DiffOp> ops = new ArrayList<>();
    private final StringBuilder equal = new StringBuilder();
    private final StringBuilder deleted = new StringBuilder();
    private final StringBuilder inserted = new StringBuilder();

    OpsBuilder equal(CharSequence text) {
        if (text.length() > 0) {
            flushChange();
            equal.append(text);
        }
        return this;
    }

    OpsBuilder delete(CharSequence text) {
        if (text.length() > 0) {
            flushEqual();
            deleted.append(text);
        }
        return this;
    }

    OpsBuilder insert(CharSequence text) {
        if (text.length() > 0) {
            flushEqual();
            inserted.append(text);
        }
        return this;
    }

    List<DiffOp> build() {
        flushEqual();
        flushChange();
        return List.copyOf(ops);
    }

    private void flushEqual() {
        emit(DiffOp.Kind.EQUAL, equal);
    }

    private void flushChange() {
        emit(DiffOp.Kind.DELETE, deleted);
        emit(DiffOp.Kind.INSERT, inserted);
    }

    private void emit(DiffOp.Kind kind, StringBuilder text) {
        if (text.length() > 0) {
            ops.add(new DiffOp(kind, text.toString()));
            text.setLength(0);
        }
    }
}
