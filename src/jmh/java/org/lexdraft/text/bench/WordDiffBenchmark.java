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
 * Word diff of an edited definition (~1 KB) and an edited long article (~13 KB).
 * Target: {@code engineWordDiff} at {@code input=article-13KB} has a median (p0.50) of at most 5 ms.
 * {@code rawDmpCharDiff} is plain diff-match-patch character diff of the same pair with the same
 * timeout: a reference point, not the same work (no tokenizing, no semantic cleanup).
 *
 * <p>SampleTime, so that JMH reports percentiles and the median is read off {@code p0.50}.
 * The multilingual pair can be added with {@code -p input=multilingual-13KB}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class WordDiffBenchmark {

    @Param({TreatyText.DEFINITION_1KB, TreatyText.ARTICLE_13KB})
    public String input;

    private String from;
    private String to;
    private DiffEngine engine;

    @Setup(Level.Trial)
    public void setUp() {
        TreatyText.Pair pair = TreatyText.editedPair(input);
        from = pair.from();
        to = pair.to();
        engine = new DiffEngine(TreatyText.DEADLINE);
        Checks.exact(engine.diff(from, to, Granularity.WORD), from, to);
    }

    @Benchmark
    public TextDiff engineWordDiff() {
        return engine.diff(from, to, Granularity.WORD);
    }

    @Benchmark
    public LinkedList<Diff> rawDmpCharDiff() {
        DiffMatchPatch dmp = new DiffMatchPatch();
        dmp.diffTimeout = TreatyText.DMP_TIMEOUT_SECONDS;
        return dmp.diffMain(from, to, false);
    }
}
