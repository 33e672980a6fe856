package dev.crampguide.situation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A situation value with a fixed wire id: the lower-case form of the constant's name, as the contract spells it. */
public interface Coded {

    String name();

    default String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String id) {
        for (E value : type.getEnumConstants()) {
            if (value.id().equals(id)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E> & Coded> List<String> ids(Class<E> type) {
        List<String> ids = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            ids.add(value.id());
        }
        return List.copyOf(ids);
    }
}
