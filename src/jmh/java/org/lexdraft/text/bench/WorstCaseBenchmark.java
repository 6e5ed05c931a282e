package org.lexdraft.text.bench;

import java.util.LinkedList;
import java.util.concurrent.TimeUnit;

import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch;
import org.bitbucket.cowwoc.diffmatchpatch.DiffMatchPatch.Diff;
import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.Granularity;
import org.lexdraft.text.TextDiff;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The worst case at the length limit: two unrelated texts of 100,000 code points each, so that
 * the diff search runs until the 500 ms deadline and the deadline is what bounds the call.
 * Slow by design, hence SingleShotTime (one call per iteration) and few iterations.
 * Target: every call finishes within the deadline, give or take the linear work around the search
 * (tokenizing, expanding the result); the raw diff-match-patch call shows the search's own share.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class WorstCaseBenchmark {

    @Param({TreatyText.LEGAL, TreatyText.MULTILINGUAL})
    public String text;

    private String from;
    private String to;
    private DiffEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        TreatyText.Pair pair = TreatyText.unrelatedPairAtLimit(text);
        from = pair.from();
        to = pair.to();
        engine = new DiffEngine(TreatyText.DEADLINE);
    }

    @Benchmark
    public TextDiff engineWordDiff() {
        return engine.diff(from, to, Granularity.WORD);
    }

    @Benchmark
    public TextDiff engineCharDiff() {
        return engine.diff(from, to, Granularity.CHAR);
    }

    @Benchmark
    public LinkedList<Diff> rawDmpCharDiff() {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = TreatyText.DMP_TIMEOUT_SECONDS;
        return dmp.diffMain(from, to, false);
    }
}
