package dev.crampguide.situation;

/** Something the person is considering trying (the contract's {@code considering}). */
public enum Remedy implements Coded {
    MAGNESIUM, QUININE, ELECTROLYTE_DRINK, PLAIN_WATER, STRETCHING, HEAT, ICE
}
