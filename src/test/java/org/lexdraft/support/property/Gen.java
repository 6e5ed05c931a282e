package org.lexdraft.support.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A generator of values from a {@link Source}, with the usual combinators (map, flatMap, lists,
 * weighted choice), small enough to read in one sitting.
 */
@FunctionalInterface
public interface Gen<T> {

    T generate(Source source);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return source -> mapper.apply(generate(source));
    }

    default <R> Gen<R> flatMap(Function<? super T, ? extends Gen<? extends R>> mapper) {
        return source -> mapper.apply(generate(source)).generate(source);
    }

    /** Lists of {@code min} to {@code max} elements (the ends favoured, as everywhere). */
    default Gen<List<T>> list(int min, int max) {
        return source -> {
            int size = source.between(min, max);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(generate(source));
            }
            return Collections.unmodifiableList(list);
        };
    }

    default Gen<List<T>> list(int max) {
        return list(0, max);
    }

    default Gen<List<T>> listOfSize(int size) {
        return list(size, size);
    }

    /**
     * Lists of distinct elements; the size is drawn as for {@link #list(int, int)} and filled by
     * drawing until it is reached (at most 100 draws per element, else the list is shorter, but never
     * below {@code min}: then it fails loudly).
     */
    default Gen<List<T>> uniqueList(int min, int max) {
        return source -> {
            int size = source.between(min, max);
            Set<T> seen = new LinkedHashSet<>();
            for (int draws = 0; seen.size() < size && draws < 100 * (size + 1); draws++) {
                seen.add(generate(source));
            }
            if (seen.size() < min) {
                throw new IllegalStateException("cannot draw " + min + " distinct values");
            }
            return List.copyOf(seen);
        };
    }

    static <T> Gen<T> constant(T value) {
        return source -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        return of(List.of(values));
    }

    static <T> Gen<T> of(List<T> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        List<T> copy = List.copyOf(values);
        return source -> copy.get(source.between(0, copy.size() - 1));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> copy = List.of(gens);
        return source -> copy.get(source.between(0, copy.size() - 1)).generate(source);
    }

    /** A generator with its weight, for {@link #frequency}. */
    record Weighted<T>(int weight, Gen<? extends T> gen) {
        public Weighted {
            if (weight <= 0) {
                throw new IllegalArgumentException("weight " + weight);
            }
        }
    }

    static <T> Weighted<T> weight(int weight, Gen<? extends T> gen) {
        return new Weighted<>(weight, gen);
    }

    /** Chooses one of the generators with probability proportional to its weight. */
    @SafeVarargs
    static <T> Gen<T> frequency(Weighted<? extends T>... choices) {
        List<Weighted<? extends T>> copy = List.of(choices);
        int total = copy.stream().mapToInt(Weighted::weight).sum();
        return source -> {
            int pick = source.between(0, total - 1);
            for (Weighted<? extends T> choice : copy) {
                pick -= choice.weight();
                if (pick < 0) {
                    return choice.gen().generate(source);
                }
            }
            throw new AssertionError("unreachable");
        };
    }

    static Gen<Integer> integers(int min, int max) {
        return source -> source.between(min, max);
    }

    /** Any int, negative ones included. */
    static Gen<Integer> integers() {
        return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    /** Any long, negative ones included. */
    static Gen<Long> longs() {
        return source -> source.between(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    static Gen<Boolean> booleans() {
        return Source::nextBoolean;
    }

    /** One code point of {@code [first, last]}, as a string (a surrogate pair above U+FFFF). */
    static Gen<String> codePoint(int first, int last) {
        return source -> Character.toString(source.between(first, last));
    }

    /** One of the code points of {@code alphabet}, as a string. */
    static Gen<String> charOf(String alphabet) {
        int[] codePoints = alphabet.codePoints().toArray();
        if (codePoints.length == 0) {
            throw new IllegalArgumentException("empty alphabet");
        }
        return source -> Character.toString(codePoints[source.between(0, codePoints.length - 1)]);
    }

    /** The chars {@code first} to {@code last} as one string, for {@link #charOf}. */
    static String range(char first, char last) {
        StringBuilder sb = new StringBuilder();
        for (char c = first; c <= last; c++) {
            sb.append(c);
        }
        return sb.toString();
    }

    /** Strings of {@code min} to {@code max} pieces drawn from {@code piece}. */
    static Gen<String> string(Gen<String> piece, int min, int max) {
        return piece.list(min, max).map(parts -> String.join("", parts));
    }

    static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> combiner) {
        return source -> combiner.apply(a.generate(source), b.generate(source));
    }

    static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<A, B, C, R> combiner) {
        return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source));
    }

    static <A, B, C, D, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<A, B, C, D, R> combiner) {
        return source -> combiner.apply(a.generate(source), b.generate(source), c.generate(source),
                d.generate(source));
    }

    @FunctionalInterface
    interface Function3<A, B, C, R> {
        R apply(A a, B b, C c);
    }

    @FunctionalInterface
    interface Function4<A, B, C, D, R> {
        R apply(A a, B b, C c, D d);
    }
}
