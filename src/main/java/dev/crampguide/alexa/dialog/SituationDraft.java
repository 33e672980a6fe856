package dev.crampguide.alexa.dialog;

import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Exercise;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import java.util.EnumSet;
import java.util.Set;

/** A situation being assembled over the turns of a conversation; sets only ever grow. */
final class SituationDraft {

    Muscle muscle;
    Onset when;
    boolean crampingNow;
    boolean stillLocked;
    boolean soreAfterwards;
    boolean recurring;
    boolean hot;
    boolean heavySweating;
    Integer durationMinutes;
    boolean harderThanTrained;
    boolean recentLoadIncrease;
    boolean hillsOrDownhill;
    boolean returningAfterBreak;
    boolean repetitiveMovement;
    boolean newShoes;
    Drinking drinking;
    final Set<Factor> factors = EnumSet.noneOf(Factor.class);
    final Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
    final Set<Remedy> considering = EnumSet.noneOf(Remedy.class);
    Integer age;

    static SituationDraft of(Situation s) {
        SituationDraft d = new SituationDraft();
        d.muscle = s.muscle();
        d.when = s.when();
        d.crampingNow = s.crampingNow();
        d.stillLocked = s.stillLocked();
        d.soreAfterwards = s.soreAfterwards();
        d.recurring = s.recurring();
        Exercise e = s.exercise();
        d.hot = e.hot();
        d.heavySweating = e.heavySweating();
        d.durationMinutes = e.durationMinutes();
        d.harderThanTrained = e.harderThanTrained();
        d.recentLoadIncrease = e.recentLoadIncrease();
        d.hillsOrDownhill = e.hillsOrDownhill();
        d.returningAfterBreak = e.returningAfterBreak();
        d.repetitiveMovement = e.repetitiveMovement();
        d.newShoes = e.newShoes();
        d.drinking = e.drinking();
        d.factors.addAll(s.factors());
        d.symptoms.addAll(s.symptoms());
        d.considering.addAll(s.considering());
        d.age = s.age();
        return d;
    }

    Situation build() {
        Exercise exercise = new Exercise(hot, heavySweating, durationMinutes, harderThanTrained, recentLoadIncrease,
                hillsOrDownhill, returningAfterBreak, repetitiveMovement, newShoes, drinking);
        return new Situation(muscle, when, crampingNow, stillLocked, soreAfterwards, recurring,
                exercise.equals(Exercise.NONE) ? null : exercise, factors, symptoms, considering, age);
    }
}
