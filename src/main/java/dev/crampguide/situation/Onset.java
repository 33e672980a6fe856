package dev.crampguide.situation;

/** What was happening when the cramp started (the contract's {@code when}). */
public enum Onset implements Coded {
    EXERCISE, AFTER_EXERCISE, NIGHT, REST, WALKING
}
