package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * When a row applies: one or more alternatives, any of which suffices. An alternative is a list of terms
 * joined by {@code &}; a term is a fact, facts joined by {@code |} (at least one must hold), {@code @group}
 * (any fact of a named group), {@code !fact} or {@code !@group} (none may hold), or {@code always}.
 * Example: {@code @oneLegSign & symptoms:chest_pain | symptoms:short_of_breath}.
 */
public final class Condition {

    /**
     * One alternative, compiled: every {@code anyOf} set must meet the facts and {@code none} must not.
     * Arrays, and fact names resolved up front, because this is the evaluation's inner loop.
     */
    record Clause(long[] terms, long[] noneWords, FactSet none, int[][] order, String[][] names, int size,
            List<List<String>> choices) {
    }

    /** A parsed term before fact names are resolved; {@code source} is how the table wrote it. */
    record Term(boolean negated, List<String> facts, String source) {

        String readable() {
            String body = source.contains("|") ? "(" + source + ")" : source;
            return negated ? "!" + body : body;
        }
    }

    private final String text;
    private final Clause[] clauses;

    private Condition(String text, Clause[] clauses) {
        this.text = text;
        this.clauses = clauses;
    }

    /** The condition as a person reads it, e.g. {@code crampingNow | soreAfterwards & muscle:calf}. */
    public String text() {
        return text;
    }

    /** Whether the condition holds: {@link #because} is not null, without naming the facts. */
    public boolean holds(FactSet facts) {
        for (Clause clause : clauses) {
            if (facts.meets(clause.terms(), clause.noneWords())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The facts that made this condition hold, in the order the condition names them, or null when it does
     * not hold. An {@code always} condition holds with no facts.
     */
    public List<String> because(FactSet facts) {
        List<String> because = null;
        for (int c = 0; c < clauses.length; c++) {
            Clause clause = clauses[c];
            if (!facts.meets(clause.terms(), clause.noneWords())) {
                continue;
            }
            List<String> named = named(clause, facts);
            if (because == null) {
                because = named;
            } else {
                // a second matching alternative: add what it names beyond the first (rare, so copying is fine)
                List<String> union = new ArrayList<>(because);
                named.stream().filter(name -> !union.contains(name)).forEach(union::add);
                because = Collections.unmodifiableList(union);
            }
        }
        return because;
    }

    /** The clause's facts that hold, in written order; a clause names each fact once (see compile). */
    private static List<String> named(Clause clause, FactSet facts) {
        int[][] order = clause.order();
        String[] found = new String[clause.size()];
        int n = 0;
        for (int t = 0; t < order.length; t++) {
            for (int f = 0; f < order[t].length; f++) {
                if (facts.contains(order[t][f])) {
                    found[n++] = clause.names()[t][f];
                }
            }
        }
        // most answers name one or two facts, which List.of holds without an array
        return switch (n) {
            case 0 -> List.of();
            case 1 -> List.of(found[0]);
            case 2 -> List.of(found[0], found[1]);
            default -> List.of(Arrays.copyOf(found, n));
        };
    }

    /** Every alternative as the fact names it needs: one name from each inner list, and none of {@code none}. */
    List<Alternative> alternatives() {
        List<Alternative> result = new ArrayList<>();
        for (Clause clause : clauses) {
            result.add(new Alternative(clause.choices(), clause.none()));
        }
        return result;
    }

    record Alternative(List<List<String>> anyOf, FactSet none) {
    }

    // ---- parsing ---------------------------------------------------------------------------------------

    /** Splits one alternative into terms, expanding groups; reports syntax problems to {@code problem}. */
    static List<Term> parse(String alternative, Map<String, List<String>> groups, Consumer<String> problem) {
        List<Term> terms = new ArrayList<>();
        for (String raw : alternative.split("&")) {
            String term = raw.trim();
            if (term.equals("always")) {
                continue;
            }
            boolean negated = term.startsWith("!");
            if (negated) {
                term = term.substring(1).trim();
            }
            if (term.startsWith("(") && term.endsWith(")")) {
                term = term.substring(1, term.length() - 1).trim();
            }
            List<String> facts = new ArrayList<>();
            for (String atom : term.split("\\|")) {
                String name = atom.trim();
                if (name.isEmpty()) {
                    problem.accept("empty term in '" + alternative + "'");
                } else if (name.startsWith("@")) {
                    List<String> members = groups.get(name.substring(1));
                    if (members == null) {
                        problem.accept("unknown fact group '" + name + "'");
                    } else {
                        facts.addAll(members);
                    }
                } else {
                    facts.add(name);
                }
            }
            if (negated && facts.isEmpty()) {
                problem.accept("'!' needs a fact in '" + alternative + "'");
            }
            if (!facts.isEmpty()) {
                terms.add(new Term(negated, List.copyOf(facts), term.replaceAll("\\s*\\|\\s*", " | ")));
            }
        }
        return terms;
    }

    /** Resolves parsed alternatives against the catalog; unknown names go to {@code problem}. */
    static Condition compile(List<List<Term>> alternatives, FactCatalog catalog, Consumer<String> problem) {
        List<Clause> clauses = new ArrayList<>();
        List<String> readable = new ArrayList<>();
        for (List<Term> terms : alternatives) {
            readable.add(terms.isEmpty() ? "always"
                    : String.join(" & ", terms.stream().map(Term::readable).toList()));
            List<FactSet> anyOf = new ArrayList<>();
            List<int[]> order = new ArrayList<>();
            List<Integer> none = new ArrayList<>();
            for (Term term : terms) {
                int[] indexes = new int[term.facts().size()];
                for (int i = 0; i < indexes.length; i++) {
                    String name = term.facts().get(i);
                    var index = catalog.indexOf(name);
                    if (index.isEmpty()) {
                        problem.accept("unknown fact '" + name + "'");
                        return null;
                    }
                    indexes[i] = index.getAsInt();
                }
                if (term.negated()) {
                    for (int index : indexes) {
                        none.add(index);
                    }
                } else {
                    anyOf.add(FactSet.of(catalog.size(), indexes));
                    order.add(indexes);
                }
            }
            // For 'because', list each fact once, where it is first named (a gate and a row may both name it).
            Set<Integer> named = new HashSet<>();
            int[][] becauseOrder = new int[order.size()][];
            String[][] names = new String[order.size()][];
            List<List<String>> choices = new ArrayList<>();
            for (int t = 0; t < order.size(); t++) {
                becauseOrder[t] = Arrays.stream(order.get(t)).filter(named::add).toArray();
                names[t] = Arrays.stream(becauseOrder[t]).mapToObj(catalog::name).toArray(String[]::new);
                choices.add(Arrays.stream(order.get(t)).mapToObj(catalog::name).toList());
            }
            FactSet noneSet = FactSet.of(catalog.size(), none.stream().mapToInt(Integer::intValue).toArray());
            clauses.add(new Clause(FactSet.flatten(anyOf), FactSet.flatten(List.of(noneSet)), noneSet,
                    becauseOrder, names, Arrays.stream(becauseOrder).mapToInt(t -> t.length).sum(),
                    List.copyOf(choices)));
        }
        String text = readable.size() == 1 ? readable.get(0)
                : "[" + String.join("] OR [", readable) + "]";
        return new Condition(text, clauses.toArray(Clause[]::new));
    }

    boolean negates() {
        for (Clause clause : clauses) {
            if (!clause.none().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
