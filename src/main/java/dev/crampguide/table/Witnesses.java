package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Condition.Alternative;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The table compiler's search for situations: one that meets a condition (reachability, an example for a row) or
 * one that would put two contradicting rows in one answer. Runs at build time (and in tests), never per request.
 */
public final class Witnesses {

    /** How many combinations of "any of" choices the search tries per alternative. */
    private static final int MAX_WITNESS_TRIES = 4096;

    private Witnesses() {
    }

    /** A situation in which the row applies, or empty if none exists (which the compiler forbids). */
    public static Optional<Situation> exampleFor(GuidanceTable table, Row row) {
        return witness(row.condition(), table.catalog());
    }

    /** True when {@link #witness} tries every combination of the condition's choices. */
    static boolean searchable(Condition condition) {
        for (Alternative alternative : condition.alternatives()) {
            long combinations = 1;
            for (List<String> choice : alternative.anyOf()) {
                combinations *= choice.size();
                if (combinations > MAX_WITNESS_TRIES) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Tries each combination of one fact per "any of" term until a situation meets the condition. */
    static Optional<Situation> witness(Condition condition, FactCatalog catalog) {
        return witness(condition, catalog, facts -> true);
    }

    /**
     * As {@link #witness(Condition, FactCatalog)}, for a situation that {@code accept} also takes. Each try holds
     * one fact per "any of" term and nothing else, the least that meets the condition; for a property that more
     * facts can only take away (as raising more red flags only leaves more rows out), trying these is a proof.
     */
    static Optional<Situation> witness(Condition condition, FactCatalog catalog, Predicate<FactSet> accept) {
        for (Alternative alternative : condition.alternatives()) {
            List<List<String>> choices = alternative.anyOf();
            int[] pick = new int[choices.size()];
            for (int tries = 0; tries < MAX_WITNESS_TRIES; tries++) {
                List<String> chosen = new ArrayList<>();
                for (int i = 0; i < pick.length; i++) {
                    chosen.add(choices.get(i).get(pick[i]));
                }
                Optional<Situation> situation = catalog.witness(chosen);
                if (situation.isPresent()) {
                    FactSet facts = catalog.factsOf(situation.get());
                    if (condition.because(facts) != null && accept.test(facts)) {
                        return situation;
                    }
                }
                if (!advance(pick, choices)) {
                    break;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean advance(int[] pick, List<List<String>> choices) {
        for (int i = pick.length - 1; i >= 0; i--) {
            if (++pick[i] < choices.get(i).size()) {
                return true;
            }
            pick[i] = 0;
        }
        return false;
    }

}
