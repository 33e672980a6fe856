package dev.crampguide.situation;

/** The exercise around the cramp; {@code durationMinutes} is null when unknown. */
public record Exercise(
        boolean hot,
        boolean heavySweating,
        Integer durationMinutes,
        boolean harderThanTrained,
        boolean recentLoadIncrease,
        boolean hillsOrDownhill,
        boolean returningAfterBreak,
        boolean repetitiveMovement,
        boolean newShoes,
        Drinking drinking) {

    public static final Exercise NONE = new Exercise(false, false, null, false, false, false, false, false, false, null);

    public static final int MAX_DURATION_MINUTES = 2880;
}
