package dev.crampguide.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Exercise;
import dev.crampguide.wording.Guidance;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Situation;
import dev.crampguide.situation.Symptom;
import dev.crampguide.table.CareLevel;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Question;
import dev.crampguide.tablefile.TableFile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the service asks next, and when an answer counts as screened. */
class QuestionsTest {

    static final GuidanceTable TABLE = TableFile.loadBundled();
    static final Guide ENGINE = new Guide(TABLE);
    static final Set<String> SCREENING = Set.of("urgent_signs", "other_signs", "pattern", "medicines");

    static List<String> asked(Guidance g) {
        return g.questions().stream().map(Question::id).toList();
    }

    @Test
    void anEmptySituationAsksTheUrgentSignsFirstThenTheOtherScreeningQuestions() {
        Guidance g = ENGINE.answer(Situation.EMPTY);
        assertThat(asked(g)).startsWith("urgent_signs", "other_signs", "pattern", "medicines");
        assertThat(g.screened()).isFalse();
        assertThat(g.summary()).isEqualTo(TABLE.message("lead.advice_held")).doesNotContain(TABLE.message("lead.self_care"));
        assertThat(g.speech().text()).contains(g.questions().get(0).spoken());
        assertThat(g.careLevelTitle()).isEqualTo(TABLE.message("title.so_far"));
    }

    @Test
    void anEmergencyAsksNothingAndCountsAsScreened() {
        Guidance g = ENGINE.answer(Situation.builder().symptom(Symptom.ONE_LEG_SWOLLEN, Symptom.CHEST_PAIN).build());
        assertThat(g.careLevel()).isEqualTo(CareLevel.EMERGENCY);
        assertThat(g.questions()).isEmpty();
        assertThat(g.screened()).isTrue();
        assertThat(g.careLevelTitle()).isEqualTo(TABLE.message("title.emergency"));
    }

    @Test
    void answeredQuestionsAreNotAskedAgainAndTheFourScreeningAnswersScreen() {
        Guidance some = ENGINE.answer(Situation.EMPTY, Set.of("urgent_signs", "pattern"));
        assertThat(asked(some)).doesNotContain("urgent_signs", "pattern").startsWith("other_signs", "medicines");
        assertThat(some.screened()).isFalse();

        Guidance all = ENGINE.answer(Situation.EMPTY, SCREENING);
        assertThat(all.screened()).isTrue();
        // the stop rule: which muscle changes nothing until the muscle is known to be cramping, so "now" comes first
        assertThat(asked(all)).doesNotContainAnyElementsOf(SCREENING).first().isEqualTo("now");
        assertThat(all.summary()).startsWith(TABLE.message("lead.self_care"));
        assertThat(all.careLevelTitle()).isEqualTo(TABLE.message("title.self_care"));
    }

    @Test
    void aWarningBelowEmergencyKeepsAskingTheScreeningQuestionsAndSaysSoFar() {
        Guidance g = ENGINE.answer(Situation.builder().symptom(Symptom.NUMBNESS).build(), Set.of("urgent_signs"));
        assertThat(g.careLevel()).isEqualTo(CareLevel.PROMPT_MEDICAL_ADVICE);
        assertThat(asked(g)).startsWith("other_signs");
        assertThat(g.summary()).startsWith(TABLE.message("lead.prompt_medical_advice") + " " + TABLE.message("so_far"));
    }

    @Test
    void aFieldAlreadyGivenIsNotAskedAndExerciseQuestionsComeOnlyForExerciseCramps() {
        Guidance calfAtNight = ENGINE.answer(Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT).build(), SCREENING);
        assertThat(asked(calfAtNight)).doesNotContain("muscle", "when", "exercise_details", "exercise_minutes", "drinking");

        Guidance running = ENGINE.answer(Situation.builder().muscle(Muscle.CALF).when(Onset.EXERCISE)
                .exercise(Exercise.builder().durationMinutes(40).build()).build(), SCREENING);
        assertThat(asked(running)).contains("exercise_details", "drinking").doesNotContain("exercise_minutes");
    }

    @Test
    void theSameSituationAndAnsweredIdsAlwaysGiveTheSameQuestions() {
        Situation s = Situation.builder().muscle(Muscle.FOOT).when(Onset.AFTER_EXERCISE).crampingNow(true).build();
        Set<String> answered = Set.of("urgent_signs", "muscle");
        assertThat(asked(ENGINE.answer(s, answered))).isEqualTo(asked(new Guide(TABLE).answer(s, answered)));
    }

    /** No advice before the urgent warning signs are asked about; relief at once after, while screening goes on. */
    @Test
    void reliefComesRightAfterTheUrgentCheckAndNotBefore() {
        Situation calfNow = Situation.builder().muscle(Muscle.CALF).crampingNow(true).build();
        Guidance before = ENGINE.answer(calfNow, Set.of());
        assertThat(before.immediateSteps()).isEmpty();
        assertThat(before.prevention()).isEmpty();
        assertThat(asked(before)).first().isEqualTo("urgent_signs");
        Guidance after = ENGINE.answer(calfNow, Set.of("urgent_signs"));
        assertThat(after.immediateSteps()).extracting(GuidanceItem::id).contains("stop_and_breathe", "lengthen_calf");
        assertThat(after.screened()).isFalse();
        assertThat(after.summary()).startsWith(TABLE.message("lead.so_far"));
        assertThat(asked(after)).first().isEqualTo("other_signs");
    }

    /** Only questions that can change the answer; when none is left, the answer is final. */
    @Test
    void onlyQuestionsWhoseAnswerCouldChangeTheAnswerAreAskedAndThenNone() {
        Situation nightCramps = Situation.builder().when(Onset.NIGHT).build();
        Guidance g = ENGINE.answer(nightCramps, SCREENING);
        assertThat(asked(g)).doesNotContain("muscle", "exercise_details", "exercise_minutes", "drinking");
        Set<String> all = new java.util.HashSet<>(SCREENING);
        TABLE.questions().all().forEach(q -> all.add(q.id()));
        assertThat(asked(ENGINE.answer(nightCramps, all))).isEmpty();
        // a question that can change nothing here is not asked: with no muscle cramping, which muscle adds nothing
        assertThat(asked(ENGINE.answer(Situation.builder().when(Onset.REST).build(), SCREENING))).doesNotContain("muscle");
    }

    /** Never ask what was said: an option of the question already given, in any words, on any surface. */
    @Test
    void aQuestionWhoseAnswerWasAlreadyGivenIsNotAsked() {
        Guidance g = ENGINE.answer(Situation.builder().muscle(Muscle.CALF).when(Onset.NIGHT)
                .factor(dev.crampguide.situation.Factor.PREGNANCY)
                .considering(dev.crampguide.situation.Remedy.MAGNESIUM).build(), SCREENING);
        assertThat(asked(g)).doesNotContain("health_background", "considering", "muscle", "when");
    }

    /** Every question says why it is asked. */
    @Test
    void everyQuestionCarriesWhy() {
        TABLE.questions().all().forEach(q -> assertThat(q.why()).as(q.id()).isNotBlank());
    }

    @Test
    void aCalfCrampingNowGetsItsStepsWhileQuestionsRemain() {
        Guidance g = ENGINE.answer(Situation.builder().muscle(Muscle.CALF).crampingNow(true).build(),
                Set.of("urgent_signs", "other_signs", "pattern", "medicines", "muscle", "now"));
        assertThat(g.screened()).isTrue();
        assertThat(g.immediateSteps()).extracting(GuidanceItem::id).contains("lengthen_calf");
        assertThat(asked(g)).isNotEmpty().doesNotContain("now", "muscle");
    }
}
