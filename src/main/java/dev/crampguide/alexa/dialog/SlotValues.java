package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.envelope.Slot;
import dev.crampguide.alexa.envelope.Slot.Resolution;
import dev.crampguide.alexa.envelope.Slot.Resolutions;
import dev.crampguide.alexa.envelope.Slot.SlotValue;
import dev.crampguide.alexa.envelope.Slot.ValueWrapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads what a slot resolved to. The interaction model gives every slot value the contract's wire id as its
 * entity-resolution id ("back of my thigh" resolves to {@code hamstring}), so the skill never matches words
 * itself; a value without a match is tried as a wire id, and otherwise ignored.
 */
final class SlotValues {

    private static final String MATCH = "ER_SUCCESS_MATCH";

    private SlotValues() {
    }

    /** The resolved ids of a slot, single-valued or with multiple values, in the order spoken. */
    static List<String> ids(Slot slot) {
        List<String> ids = new ArrayList<>();
        if (slot == null) {
            return ids;
        }
        SlotValue slotValue = slot.slotValue();
        if (slotValue != null && "List".equals(slotValue.type()) && slotValue.values() != null) {
            for (SlotValue value : slotValue.values()) {
                if (value != null) { // JSON null in the list: the request is signed, not necessarily sane
                    add(ids, value.value(), value.resolutions());
                }
            }
        } else if (slotValue != null && slotValue.value() != null) {
            add(ids, slotValue.value(), slotValue.resolutions());
        } else {
            add(ids, slot.value(), slot.resolutions());
        }
        return ids;
    }

    /** The words heard for a slot, one entry per value, in the order spoken. */
    static List<String> heard(Slot slot) {
        List<String> heard = new ArrayList<>();
        if (slot == null) {
            return heard;
        }
        SlotValue slotValue = slot.slotValue();
        if (slotValue != null && "List".equals(slotValue.type()) && slotValue.values() != null) {
            for (SlotValue value : slotValue.values()) {
                if (value != null && value.value() != null && !value.value().isBlank()) {
                    heard.add(value.value().trim());
                }
            }
        } else if (raw(slot) != null) {
            heard.add(raw(slot));
        }
        return heard;
    }

    /** The raw value of a built-in slot such as AMAZON.DURATION or AMAZON.NUMBER, or null. */
    static String raw(Slot slot) {
        if (slot == null) {
            return null;
        }
        if (slot.value() != null && !slot.value().isBlank()) {
            return slot.value().trim();
        }
        SlotValue slotValue = slot.slotValue();
        return slotValue != null && slotValue.value() != null && !slotValue.value().isBlank()
                ? slotValue.value().trim() : null;
    }

    private static void add(List<String> ids, String heard, Resolutions resolutions) {
        String resolved = resolvedId(resolutions);
        if (resolved != null) {
            ids.add(resolved);
        } else if (heard != null && !heard.isBlank()) {
            ids.add(heard.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
        }
    }

    private static String resolvedId(Resolutions resolutions) {
        if (resolutions == null || resolutions.resolutionsPerAuthority() == null) {
            return null;
        }
        for (Resolution resolution : resolutions.resolutionsPerAuthority()) {
            if (resolution != null && resolution.status() != null && MATCH.equals(resolution.status().code())
                    && resolution.values() != null) {
                for (ValueWrapper wrapper : resolution.values()) {
                    if (wrapper != null && wrapper.value() != null && wrapper.value().id() != null) {
                        return wrapper.value().id();
                    }
                }
            }
        }
        return null;
    }
}
