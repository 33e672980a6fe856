package dev.crampguide.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.ContractExample;
import dev.crampguide.api.GuidanceResponse;
import dev.crampguide.api.SituationInput;
import dev.crampguide.wording.Guidance;
import dev.crampguide.guide.Guide;
import dev.crampguide.facts.FactSet;
import dev.crampguide.table.Row;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import dev.crampguide.tablefile.TableFile;
import java.nio.charset.StandardCharsets;
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
 * One evaluation of the engine (situation → facts → rows → answer with summary and speech), and the whole JSON
 * request path around it, without HTTP.
 * Run: {@code ./mvnw -B -ntp -Pengine-bench verify -DskipTests}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class EngineBenchmark {

    private final Guide engine = new Guide(TableFile.loadBundled());
    private final ObjectMapper json = new ObjectMapper();
    private final byte[] contractExampleBytes = ContractExample.JSON.getBytes(StandardCharsets.UTF_8);

    private final Situation runnerInHeat = Situation.builder().muscle(Muscle.CALF).when(Onset.EXERCISE)
            .crampingNow(true)
            .exercise(Exercise.builder().hot(true).heavySweating(true).durationMinutes(95).harderThanTrained(true)
                    .drinking(Drinking.PLAIN_WATER).build())
            .factor(Factor.ALCOHOL).considering(Remedy.MAGNESIUM).age(67).build();

    private final Situation emergency = Situation.builder().muscle(Muscle.CALF).crampingNow(true)
            .symptom(Symptom.ONE_LEG_SWOLLEN, Symptom.SHORT_OF_BREATH).build();

    @Benchmark
    public Guidance contractExample() {
        return engine.answer(runnerInHeat);
    }

    @Benchmark
    public Guidance emergency() {
        return engine.answer(emergency);
    }

    @Benchmark
    public Guidance emptySituation() {
        return engine.answer(Situation.EMPTY);
    }

    /** The whole request path without HTTP: body bytes → tree → situation → guidance → response bytes. */
    @Benchmark
    public byte[] jsonInJsonOut() throws Exception {
        Situation situation = SituationInput.fromBody(json, contractExampleBytes);
        return json.writeValueAsBytes(GuidanceResponse.of(engine.answer(situation)));
    }

    /** The parts of {@link #contractExample}: situation to facts, then conditions of all rows. */
    @Benchmark
    public FactSet contractExampleFactsOnly() {
        return engine.table().catalog().factsOf(runnerInHeat);
    }

    @Benchmark
    public int contractExampleConditionsOnly() {
        FactSet facts = engine.table().catalog().factsOf(runnerInHeat);
        int matched = 0;
        for (Row row : engine.table().rows()) {
            if (row.condition().because(facts) != null) {
                matched++;
            }
        }
        return matched;
    }
}
