package dev.crampguide.bench;

import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceEngine;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import dev.crampguide.tablefile.TableFile;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of the engine (situation → facts → rows → answer with summary and speech), without HTTP.
 * Run: {@code ./mvnw -B -ntp -Pengine-bench verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(3)
public class EngineBenchmark {

    private final GuidanceEngine engine = new GuidanceEngine(TableFile.loadBundled());

    private final Situation runnerInHeat = Situation.builder().muscle(Muscle.CALF).when(Onset.EXERCISE)
            .crampingNow(true)
            .exercise(new Exercise(true, true, 95, true, false, false, false, false, false, Drinking.PLAIN_WATER))
            .factor(Factor.ALCOHOL).considering(Remedy.MAGNESIUM).age(67).build();

    private final Situation emergency = Situation.builder().muscle(Muscle.CALF).crampingNow(true)
            .symptom(Symptom.ONE_LEG_SWOLLEN, Symptom.SHORT_OF_BREATH).build();

    @Benchmark
    public Guidance contractExample() {
        return engine.evaluate(runnerInHeat);
    }

    @Benchmark
    public Guidance emergency() {
        return engine.evaluate(emergency);
    }

    @Benchmark
    public Guidance emptySituation() {
        return engine.evaluate(Situation.EMPTY);
    }
}
