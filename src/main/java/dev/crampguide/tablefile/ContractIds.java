package dev.crampguide.tablefile;

import dev.crampguide.table.CareLevel;
import dev.crampguide.table.Requirements;
import dev.crampguide.table.Requirements.RequiredFlag;
import dev.crampguide.table.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** What the public contract (v1.2) promises of the table; the table may add more, never drop these. */
public final class ContractIds {

    private static final List<String> ONE_LEG_SIGNS = List.of("one_leg_swollen", "one_leg_red", "one_leg_warm",
            "one_leg_very_tender");

    public static final Map<Section, Set<String>> BY_SECTION = Map.of(
            Section.RED_FLAGS, Set.of("clot_with_chest_or_breathing", "possible_blood_clot", "neurological_symptoms",
                    "after_medication_change", "possible_circulation_problem", "possible_nerve_compression",
                    "persistent_or_severe", "chest_pain_with_breathlessness", "sudden_confusion", "possible_stroke",
                    "possible_cauda_equina", "possible_low_sodium_or_heat_illness", "possible_muscle_breakdown",
                    "possible_low_calcium", "chest_pain_now", "trouble_breathing", "possible_heat_stroke",
                    "possible_blocked_artery", "possible_tetanus", "cramp_not_releasing", "possible_pre_eclampsia",
                    "sudden_swelling_or_vision_change", "possible_rest_pain"),
            Section.LIKELY_TRIGGERS, Set.of("exercise_overload", "sweat_electrolyte_loss", "illness_fluid_loss",
                    "night_cramps", "medication_effect", "medical_condition", "lifestyle_pattern"),
            Section.IMMEDIATE_STEPS, Set.of("stop_and_breathe", "lengthen_calf", "lengthen_foot",
                    "lengthen_hamstring", "lengthen_thigh", "lengthen_muscle", "hold_and_repeat", "massage",
                    "warmth_if_locked", "ice_if_sore", "gentle_movement"),
            Section.PREVENTION, Set.of("progress_training_gradually", "include_rest_days",
                    "acclimatize_heat_and_terrain", "strengthen_cramping_muscle", "review_training_changes",
                    "plan_fluid_and_sodium", "drink_to_thirst", "bedtime_stretch_routine", "ankle_circles_short_walk",
                    "review_daily_patterns", "medication_review"),
            Section.CAUTIONS, Set.of("magnesium_not_default", "magnesium_discuss_if_at_risk", "quinine_not_advised",
                    "plain_water_may_not_be_enough", "avoid_overdrinking_water", "dont_force_stretch",
                    "not_a_simple_cramp"));

    /** The contract's fixed questions, in the order they must be asked first, with the facts each must offer. */
    public static final Map<String, Set<String>> QUESTIONS = questions();

    /** The contract's warning signs: each situation and the red flag it must raise, at least this urgently. */
    public static final List<RequiredFlag> FLAGS = flags();

    public static final Requirements REQUIREMENTS = new Requirements(BY_SECTION, QUESTIONS, FLAGS);

    private static Map<String, Set<String>> questions() {
        Map<String, Set<String>> questions = new LinkedHashMap<>();
        questions.put("urgent_signs", Set.of("symptoms:chest_pain", "symptoms:short_of_breath",
                "symptoms:one_leg_swollen", "symptoms:one_leg_red", "symptoms:one_leg_warm",
                "symptoms:one_leg_very_tender", "symptoms:confusion", "symptoms:face_drooping_or_slurred_speech",
                "symptoms:saddle_numbness_or_bladder_bowel_change", "symptoms:one_side_weakness_or_numbness",
                "symptoms:cold_pale_or_numb_limb", "symptoms:wound_with_stiff_jaw_or_spasms"));
        questions.put("other_signs", Set.of("symptoms:weakness", "symptoms:numbness",
                "symptoms:loss_of_coordination", "symptoms:dark_urine", "symptoms:headache_or_vomiting",
                "symptoms:tingling_around_mouth", "symptoms:vision_change_or_sudden_swelling"));
        questions.put("pattern", Set.of("symptoms:severe", "symptoms:frequent", "symptoms:prolonged",
                "symptoms:worsening", "symptoms:not_improving_with_stretching",
                "symptoms:pain_walking_eases_with_rest", "symptoms:worse_walking_better_sitting_or_bending_forward",
                "symptoms:cramp_will_not_release", "symptoms:foot_pain_at_rest"));
        questions.put("medicines", Set.of("factors:medication", "factors:recent_medication_change"));
        return Collections.unmodifiableMap(questions);
    }

    private static List<RequiredFlag> flags() {
        List<RequiredFlag> flags = new ArrayList<>();
        for (String leg : ONE_LEG_SIGNS) {
            flag(flags, "possible_blood_clot", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:" + leg);
            for (String chest : List.of("symptoms:chest_pain", "symptoms:short_of_breath")) {
                flag(flags, "clot_with_chest_or_breathing", CareLevel.EMERGENCY, "symptoms:" + leg, chest);
            }
        }
        for (String nerve : List.of("weakness", "numbness", "loss_of_coordination")) {
            flag(flags, "neurological_symptoms", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:" + nerve);
        }
        flag(flags, "after_medication_change", CareLevel.PROMPT_MEDICAL_ADVICE, "factors:recent_medication_change");
        flag(flags, "possible_circulation_problem", CareLevel.SEE_CLINICIAN, "symptoms:pain_walking_eases_with_rest");
        flag(flags, "possible_nerve_compression", CareLevel.SEE_CLINICIAN,
                "symptoms:worse_walking_better_sitting_or_bending_forward");
        for (String sign : List.of("severe", "frequent", "prolonged", "worsening", "not_improving_with_stretching")) {
            flag(flags, "persistent_or_severe", CareLevel.SEE_CLINICIAN, "symptoms:" + sign);
        }
        flag(flags, "chest_pain_with_breathlessness", CareLevel.EMERGENCY, "symptoms:chest_pain",
                "symptoms:short_of_breath");
        flag(flags, "sudden_confusion", CareLevel.EMERGENCY, "symptoms:confusion");
        flag(flags, "possible_stroke", CareLevel.EMERGENCY, "symptoms:face_drooping_or_slurred_speech");
        flag(flags, "possible_cauda_equina", CareLevel.EMERGENCY, "symptoms:saddle_numbness_or_bladder_bowel_change");
        for (String context : List.of("exercise.durationMinutes>=60", "exercise.hot",
                "exercise.drinking:large_plain_water")) {
            flag(flags, "possible_low_sodium_or_heat_illness", CareLevel.EMERGENCY, "symptoms:headache_or_vomiting",
                    "when:exercise", context);
        }
        flag(flags, "possible_muscle_breakdown", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:dark_urine");
        flag(flags, "possible_low_calcium", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:tingling_around_mouth");
        // v1.2: every warning sign counts in every context; contract levels are minimums
        flag(flags, null, CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:headache_or_vomiting");
        flag(flags, "chest_pain_now", CareLevel.EMERGENCY, "symptoms:chest_pain");
        flag(flags, "trouble_breathing", CareLevel.EMERGENCY, "symptoms:short_of_breath");
        for (String sign : List.of("symptoms:loss_of_coordination", "symptoms:confusion")) {
            for (String when : List.of("when:exercise", "when:after_exercise")) {
                flag(flags, "possible_heat_stroke", CareLevel.EMERGENCY, sign, when, "exercise.hot");
            }
        }
        flag(flags, "possible_stroke", CareLevel.EMERGENCY, "symptoms:one_side_weakness_or_numbness");
        flag(flags, "possible_blocked_artery", CareLevel.EMERGENCY, "symptoms:cold_pale_or_numb_limb");
        flag(flags, "possible_tetanus", CareLevel.EMERGENCY, "symptoms:wound_with_stiff_jaw_or_spasms");
        flag(flags, "cramp_not_releasing", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:cramp_will_not_release");
        flag(flags, "possible_pre_eclampsia", CareLevel.PROMPT_MEDICAL_ADVICE,
                "symptoms:vision_change_or_sudden_swelling", "factors:pregnancy");
        flag(flags, "sudden_swelling_or_vision_change", CareLevel.PROMPT_MEDICAL_ADVICE,
                "symptoms:vision_change_or_sudden_swelling");
        flag(flags, "possible_rest_pain", CareLevel.SEE_CLINICIAN, "symptoms:foot_pain_at_rest");
        for (String factor : List.of("factors:vascular_disease", "factors:diabetes")) {
            flag(flags, "possible_rest_pain", CareLevel.PROMPT_MEDICAL_ADVICE, "symptoms:foot_pain_at_rest", factor);
        }
        return List.copyOf(flags);
    }

    private static void flag(List<RequiredFlag> flags, String flag, CareLevel atLeast, String... facts) {
        flags.add(new RequiredFlag(List.of(facts), flag, atLeast));
    }

    private ContractIds() {
    }
}
