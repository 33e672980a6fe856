package dev.crampguide.table;

import java.util.Optional;

/** The parts of an answer, in the order a response lists them. */
public enum Section {
    RED_FLAGS("redFlags"),
    /** Conditional advice: if this happens, act at the row's care level (shown only above the answer's level). */
    SAFETY_NET("safetyNet"),
    LIKELY_TRIGGERS("likelyTriggers"),
    IMMEDIATE_STEPS("immediateSteps"),
    PREVENTION("prevention"),
    CAUTIONS("cautions");

    private final String id;

    Section(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Section> byId(String id) {
        for (Section section : values()) {
            if (section.id.equals(id)) {
                return Optional.of(section);
            }
        }
        return Optional.empty();
    }
}
