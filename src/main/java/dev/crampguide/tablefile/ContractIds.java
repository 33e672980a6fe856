package dev.crampguide.tablefile;

import dev.crampguide.table.Section;
import java.util.Map;
import java.util.Set;

/** Row ids the public contract (v1.1) promises; the table may add more, never drop these. */
public final class ContractIds {

    public static final Map<Section, Set<String>> BY_SECTION = Map.of(
            Section.RED_FLAGS, Set.of("clot_with_chest_or_breathing", "possible_blood_clot", "neurological_symptoms",
                    "after_medication_change", "possible_circulation_problem", "possible_nerve_compression",
                    "persistent_or_severe", "chest_pain_with_breathlessness", "sudden_confusion", "possible_stroke",
                    "possible_cauda_equina", "possible_low_sodium_or_heat_illness", "possible_muscle_breakdown",
                    "possible_low_calcium"),
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

    private ContractIds() {
    }
}
