package dev.crampguide.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crampguide.ContractExample;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import org.junit.jupiter.api.Test;

/**
 * The voice skill keeps the situation between turns as a request body: everything the person said must come
 * back unchanged, and a body altered on the way must lose only what is no longer valid.
 */
class SituationWriterTest {

    static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theContractExampleSurvivesTheRoundTrip() throws Exception {
        Situation example = SituationReader.read(MAPPER.readTree(ContractExample.JSON));
        assertEquals(example, SituationReader.read(SituationWriter.write(example)));
    }

    @Test
    void everyFieldAndZeroValuesSurviveTheRoundTrip() {
        Situation full = Situation.builder().muscle(Muscle.HAMSTRING).when(Onset.AFTER_EXERCISE).crampingNow(true)
                .stillLocked(true).soreAfterwards(true).recurring(true)
                .exercise(Exercise.builder().hot(true).heavySweating(true).durationMinutes(0).harderThanTrained(true)
                        .recentLoadIncrease(true).hillsOrDownhill(true).returningAfterBreak(true)
                        .repetitiveMovement(true).newShoes(true).drinking(Drinking.ELECTROLYTE_DRINK).build())
                .factor(Factor.values()).symptom(Symptom.values()).considering(Remedy.values()).age(0).build();
        assertEquals(full, SituationReader.read(SituationWriter.write(full)));
        assertEquals(Situation.EMPTY, SituationReader.read(SituationWriter.write(Situation.EMPTY)));
        assertEquals("{}", SituationWriter.write(Situation.EMPTY).toString());
    }

    @Test
    void anAlteredBodyKeepsItsValidFields() throws Exception {
        Situation read = SituationReader.readValidFields(MAPPER.readTree(
                "{\"muscle\":\"elbow\",\"symptoms\":[\"one_leg_swollen\",\"x\",7],\"age\":500,"
                        + "\"exercise\":{\"hot\":\"yes\",\"durationMinutes\":40}}"));
        assertEquals(Situation.builder().symptom(Symptom.ONE_LEG_SWOLLEN)
                .exercise(Exercise.builder().durationMinutes(40).build()).build(), read);
        assertEquals(Situation.EMPTY, SituationReader.readValidFields(MAPPER.readTree("\"not an object\"")));
    }
}
