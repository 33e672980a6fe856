package dev.crampguide.table;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a table must hold besides being sound: the public contract's ids, questions and warning signs.
 *
 * @param ids       row ids a section must contain, keyed by section
 * @param questions question ids that must come first, in this order, each with the facts its options must cover
 * @param flags     situations that must raise a given red flag at least this urgently
 */
public record Requirements(Map<Section, Set<String>> ids, Map<String, Set<String>> questions, List<RequiredFlag> flags) {

    /** Nothing required (small test tables). */
    public static final Requirements NONE = new Requirements(Map.of(), Map.of(), List.of());

    /**
     * A situation holding exactly {@code facts} raises red flag {@code flag} at {@code atLeast} or higher ({@code flag}
     * null: some red flag).
     */
    public record RequiredFlag(List<String> facts, String flag, CareLevel atLeast) {
    }
}
