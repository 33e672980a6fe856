package dev.crampguide.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request body as OpenAPI documents it. Requests are read by {@link SituationReader} (which reports every
 * bad field at once), so this type exists for the documentation only; {@link OpenApiEnums} fills in the
 * allowed values from the domain enums.
 */
@Schema(name = "Situation", description = "What happened around the cramp. Every field is optional; {} returns general advice. Unknown fields are ignored.")
record SituationDocument(
        @Schema(example = "calf")
        String muscle,
        @Schema(description = "What was happening when the cramp started.", example = "exercise")
        String when,
        @Schema(description = "The cramp is happening now.") Boolean crampingNow,
        @Schema(description = "The muscle stays locked and will not release.") Boolean stillLocked,
        @Schema(description = "The cramp is over but the muscle is sore.") Boolean soreAfterwards,
        @Schema(description = "Cramps keep coming back.") Boolean recurring,
        ExerciseDocument exercise,
        @Schema(description = "Background circumstances.")
        List<String> factors,
        @Schema(description = "Other symptoms; several are warning signs.")
        List<String> symptoms,
        @Schema(description = "Remedies the person is thinking of trying.")
        List<String> considering,
        @Schema(description = "Age in whole years.", minimum = "0", maximum = "130", example = "67") Integer age,
        @Schema(description = "Ids of the questions (from `questions` of an earlier answer) already asked; one asked with nothing chosen means \"none of these\". An unknown id is a 400 naming `answered[i]`.",
                example = "[\"urgent_signs\", \"other_signs\"]")
        List<String> answered) {

    @Schema(name = "Exercise", description = "The exercise around the cramp.")
    record ExerciseDocument(
            @Schema(description = "Hot conditions.") Boolean hot,
            @Schema(description = "Sweating heavily.") Boolean heavySweating,
            @Schema(description = "How long the session lasted, in minutes.", minimum = "0", maximum = "2880", example = "95")
            Integer durationMinutes,
            @Schema(description = "Harder or longer than trained for.") Boolean harderThanTrained,
            @Schema(description = "Training recently increased.") Boolean recentLoadIncrease,
            @Schema(description = "Hills or downhill running.") Boolean hillsOrDownhill,
            @Schema(description = "Returning after time off.") Boolean returningAfterBreak,
            @Schema(description = "One movement repeated for a long time.") Boolean repetitiveMovement,
            @Schema(description = "New shoes.") Boolean newShoes,
            @Schema(description = "What was drunk during the session.")
            String drinking) {
    }
}
