package dev.crampguide.alexa.dialog;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

/**
 * The situation so far as it travels in Alexa's session attributes: the contract's wire ids, so it reads like
 * a {@code /v1/guidance} request. Values this version does not know are dropped rather than trusted.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record SituationState(
        String muscle,
        String when,
        boolean crampingNow,
        boolean stillLocked,
        boolean soreAfterwards,
        boolean recurring,
        boolean hot,
        boolean heavySweating,
        Integer durationMinutes,
        boolean harderThanTrained,
        boolean recentLoadIncrease,
        boolean hillsOrDownhill,
        boolean returningAfterBreak,
        boolean repetitiveMovement,
        boolean newShoes,
        String drinking,
        List<String> factors,
        List<String> symptoms,
        List<String> considering,
        Integer age) {

    static SituationState of(Situation situation) {
        SituationDraft d = SituationDraft.of(situation);
        return new SituationState(id(d.muscle), id(d.when), d.crampingNow, d.stillLocked, d.soreAfterwards,
                d.recurring, d.hot, d.heavySweating, d.durationMinutes, d.harderThanTrained, d.recentLoadIncrease,
                d.hillsOrDownhill, d.returningAfterBreak, d.repetitiveMovement, d.newShoes, id(d.drinking),
                ids(d.factors), ids(d.symptoms), ids(d.considering), d.age);
    }

    Situation toSituation() {
        SituationDraft d = new SituationDraft();
        d.muscle = Coded.parse(Muscle.class, String.valueOf(muscle)).orElse(null);
        d.when = Coded.parse(Onset.class, String.valueOf(when)).orElse(null);
        d.crampingNow = crampingNow;
        d.stillLocked = stillLocked;
        d.soreAfterwards = soreAfterwards;
        d.recurring = recurring;
        d.hot = hot;
        d.heavySweating = heavySweating;
        d.durationMinutes = durationMinutes != null && durationMinutes >= 0
                && durationMinutes <= Exercise.MAX_DURATION_MINUTES ? durationMinutes : null;
        d.harderThanTrained = harderThanTrained;
        d.recentLoadIncrease = recentLoadIncrease;
        d.hillsOrDownhill = hillsOrDownhill;
        d.returningAfterBreak = returningAfterBreak;
        d.repetitiveMovement = repetitiveMovement;
        d.newShoes = newShoes;
        d.drinking = Coded.parse(Drinking.class, String.valueOf(drinking)).orElse(null);
        parseAll(factors, Factor.class, d.factors::add);
        parseAll(symptoms, Symptom.class, d.symptoms::add);
        parseAll(considering, Remedy.class, d.considering::add);
        d.age = age != null && age >= 0 && age <= Situation.MAX_AGE ? age : null;
        return d.build();
    }

    private static String id(Coded value) {
        return value == null ? null : value.id();
    }

    private static List<String> ids(Collection<? extends Coded> values) {
        List<String> ids = new ArrayList<>();
        values.forEach(v -> ids.add(v.id()));
        return ids.isEmpty() ? null : ids;
    }

    private static <E extends Enum<E> & Coded> void parseAll(List<String> ids, Class<E> type, Consumer<E> sink) {
        if (ids != null) {
            ids.forEach(id -> Coded.parse(type, String.valueOf(id)).ifPresent(sink));
        }
    }
}
