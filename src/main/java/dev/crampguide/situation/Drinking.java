package dev.crampguide.situation;

/** What the person drank during exercise. */
public enum Drinking implements Coded {
    NOTHING, PLAIN_WATER, LARGE_PLAIN_WATER, ELECTROLYTE_DRINK
}
