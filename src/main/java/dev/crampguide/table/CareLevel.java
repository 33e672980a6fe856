package dev.crampguide.table;

import dev.crampguide.situation.Coded;

/** How urgently a person should get care, least urgent first so that ordinal order is urgency order. */
public enum CareLevel implements Coded {
    SELF_CARE, SEE_CLINICIAN, PROMPT_MEDICAL_ADVICE, EMERGENCY;

    public CareLevel atLeast(CareLevel other) {
        return other != null && other.compareTo(this) > 0 ? other : this;
    }
}
