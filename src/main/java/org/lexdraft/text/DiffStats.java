package org.lexdraft.text;

/**
 * Size of a diff in Unicode code points. {@code similarity} is
 * {@code 2 * unchanged / (length of source + length of target)}, and 1.0 when both are empty.
 */
public record DiffStats(int inserted, int deleted, int unchanged, double similarity) {
}
