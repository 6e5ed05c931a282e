package org.lexdraft.text.bench;

import java.util.concurrent.TimeUnit;

import org.lexdraft.text.DiffEngine;
import org.lexdraft.text.Granularity;
import org.lexdraft.text.Redline;
import org.lexdraft.text.TextDiff;
import org.lexdraft.text.UnifiedPatch;
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
 * What the service does with a diff once it has one: the HTML redline of a word diff (diff
 * computed in setup, so only rendering is timed) and the unified patch (its line diff included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RenderBenchmark {

    @Param({TreatyText.ARTICLE_13KB})
    public String input;

    private String from;
    private String to;
    private TextDiff wordDiff;

    @Setup(Level.Trial)
    public void setUp() {
        TreatyText.Pair pair = TreatyText.editedPair(input);
        from = pair.from();
        to = pair.to();
        wordDiff = new DiffEngine(TreatyText.DEADLINE).diff(from, to, Granularity.WORD);
    }

    @Benchmark
    public String redlineHtml() {
        return Redline.html(wordDiff);
    }

    @Benchmark
    public String unifiedPatch() {
        return UnifiedPatch.render("article.txt", "article.txt", from, to);
    }
}
