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
 * Character diff of the edited pairs against raw diff-match-patch on the same pair with the same
 * timeout. Target: {@code engineCharDiff} within 1.1x of {@code rawDmpCharDiff}.
 *
 * <p>On the English pairs (no surrogates) the engine hands the texts to diff-match-patch as they
 * are, so the gap is its own overhead (surrogate scan, building ops). The multilingual pair holds
 * emoji and a supplementary ideograph, so the engine diffs code points as tokens instead, and the
 * raw figure there is only a reference: diff-match-patch on its own may cut surrogate pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CharDiffBenchmark {

    @Param({TreatyText.DEFINITION_1KB, TreatyText.ARTICLE_13KB, TreatyText.MULTILINGUAL_13KB})
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
        Checks.exact(engine.diff(from, to, Granularity.CHAR), from, to);
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
