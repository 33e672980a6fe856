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

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().hot(hot).heavySweating(heavySweating).durationMinutes(durationMinutes)
                .harderThanTrained(harderThanTrained).recentLoadIncrease(recentLoadIncrease)
                .hillsOrDownhill(hillsOrDownhill).returningAfterBreak(returningAfterBreak)
                .repetitiveMovement(repetitiveMovement).newShoes(newShoes).drinking(drinking);
    }

    /** Builds exercises for adapters and tests, as {@link Situation.Builder} does situations. */
    public static final class Builder {
        private boolean hot;
        private boolean heavySweating;
        private Integer durationMinutes;
        private boolean harderThanTrained;
        private boolean recentLoadIncrease;
        private boolean hillsOrDownhill;
        private boolean returningAfterBreak;
        private boolean repetitiveMovement;
        private boolean newShoes;
        private Drinking drinking;

        public Builder hot(boolean value) { hot = value; return this; }
        public Builder heavySweating(boolean value) { heavySweating = value; return this; }
        public Builder durationMinutes(Integer value) { durationMinutes = value; return this; }
        public Builder harderThanTrained(boolean value) { harderThanTrained = value; return this; }
        public Builder recentLoadIncrease(boolean value) { recentLoadIncrease = value; return this; }
        public Builder hillsOrDownhill(boolean value) { hillsOrDownhill = value; return this; }
        public Builder returningAfterBreak(boolean value) { returningAfterBreak = value; return this; }
        public Builder repetitiveMovement(boolean value) { repetitiveMovement = value; return this; }
        public Builder newShoes(boolean value) { newShoes = value; return this; }
        public Builder drinking(Drinking value) { drinking = value; return this; }

        public Exercise build() {
            return new Exercise(hot, heavySweating, durationMinutes, harderThanTrained, recentLoadIncrease,
                    hillsOrDownhill, returningAfterBreak, repetitiveMovement, newShoes, drinking);
        }
    }
}
