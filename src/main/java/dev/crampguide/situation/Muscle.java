package dev.crampguide.situation;

/** Which muscle cramped. */
public enum Muscle implements Coded {
    CALF, FOOT, HAMSTRING, THIGH, HAND, OTHER
}
