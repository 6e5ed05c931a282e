package org.lexdraft.support.property;

/**
 * Seeded, reproducible property tests over plain JUnit 5: {@code Property.forAll(gen, value -> ...)}
 * inside a {@code @Test} checks the assertions for {@value #DEFAULT_TRIES} generated inputs (see
 * {@link Runner} for the seed, the edge cases and the failure report).
 */
public final class Property {

    public static final int DEFAULT_TRIES = 1000;

    private final Runner runner;

    private Property(int tries) {
        this.runner = new Runner(Runner.scaled(tries));
    }

    /** A property with its own number of tries, for expensive checks. */
    public static Property tries(int tries) {
        return new Property(tries);
    }

    /** Skips this input (it does not count as a try): the property says nothing about it. */
    public static void assume(boolean condition) {
        if (!condition) {
            throw new Runner.Discarded();
        }
    }

    public static <A> void forAll(Gen<A> a, Check1<A> check) {
        tries(DEFAULT_TRIES).check(a, check);
    }

    public static <A, B> void forAll(Gen<A> a, Gen<B> b, Check2<A, B> check) {
        tries(DEFAULT_TRIES).check(a, b, check);
    }

    public static <A, B, C> void forAll(Gen<A> a, Gen<B> b, Gen<C> c, Check3<A, B, C> check) {
        tries(DEFAULT_TRIES).check(a, b, c, check);
    }

    public static <A, B, C, D, E> void forAll(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
                                              Check5<A, B, C, D, E> check) {
        tries(DEFAULT_TRIES).check(a, b, c, d, e, check);
    }

    @SuppressWarnings("unchecked")
    public <A> void check(Gen<A> a, Check1<A> check) {
        runner.run(caller(), s -> new Object[] {a.generate(s)}, v -> check.accept((A) v[0]));
    }

    @SuppressWarnings("unchecked")
    public <A, B> void check(Gen<A> a, Gen<B> b, Check2<A, B> check) {
        runner.run(caller(), s -> new Object[] {a.generate(s), b.generate(s)},
                v -> check.accept((A) v[0], (B) v[1]));
    }

    @SuppressWarnings("unchecked")
    public <A, B, C> void check(Gen<A> a, Gen<B> b, Gen<C> c, Check3<A, B, C> check) {
        runner.run(caller(), s -> new Object[] {a.generate(s), b.generate(s), c.generate(s)},
                v -> check.accept((A) v[0], (B) v[1], (C) v[2]));
    }

    @SuppressWarnings("unchecked")
    public <A, B, C, D, E> void check(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Gen<E> e,
                                      Check5<A, B, C, D, E> check) {
        runner.run(caller(), s -> new Object[] {a.generate(s), b.generate(s), c.generate(s), d.generate(s),
                        e.generate(s)},
                v -> check.accept((A) v[0], (B) v[1], (C) v[2], (D) v[3], (E) v[4]));
    }

    /** The test method that states the property: its name seeds the property and names it in reports. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().startsWith(Property.class.getPackageName() + "."))
                .findFirst()
                .map(frame -> simpleName(frame.getClassName()) + "." + frame.getMethodName())
                .orElse("property"));
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    @FunctionalInterface
    public interface Check1<A> {
        void accept(A a) throws Throwable;
    }

    @FunctionalInterface
    public interface Check2<A, B> {
        void accept(A a, B b) throws Throwable;
    }

    @FunctionalInterface
    public interface Check3<A, B, C> {
        void accept(A a, B b, C c) throws Throwable;
    }

    @FunctionalInterface
    public interface Check5<A, B, C, D, E> {
        void accept(A a, B b, C c, D d, E e) throws Throwable;
    }
}
