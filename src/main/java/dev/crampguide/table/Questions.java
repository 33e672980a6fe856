package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.Threshold;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.SituationField;
import dev.crampguide.situation.SituationFields;
import dev.crampguide.table.Question.Kind;
import dev.crampguide.table.Question.Option;
import dev.crampguide.table.TableDefinition.QuestionDefinition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * The table's questions, checked: every option is a value the request accepts, every fact a row depends on can be
 * reached by answering some question, and the contract's screening questions come first, in its order.
 */
public final class Questions {

    private final List<Question> all;
    private final Map<String, Question> byId;

    private Questions(List<Question> all) {
        this.all = List.copyOf(all);
        Map<String, Question> ids = new LinkedHashMap<>();
        all.forEach(q -> ids.put(q.id(), q));
        this.byId = ids;
    }

    /** In the order they are asked: the screening questions first. */
    public List<Question> all() {
        return all;
    }

    public boolean contains(String id) {
        return byId.containsKey(id);
    }

    public Set<String> ids() {
        return byId.keySet();
    }

    /**
     * Checks and compiles the questions.
     *
     * @param required the contract's fixed question ids, in the order they must come first, each with the facts
     *                 its options must cover
     */
    static Questions compile(List<QuestionDefinition> definitions, Map<String, List<String>> groups,
            FactCatalog catalog, List<Row> rows, Map<String, Set<String>> required, Consumer<String> problems) {
        List<Question> questions = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (QuestionDefinition d : definitions) {
            String where = "question '" + d.id() + "': ";
            Consumer<String> problem = p -> problems.accept(where + p);
            if (blank(d.id()) || !ids.add(d.id())) {
                problems.accept("question '" + d.id() + "': id is missing or not unique");
                continue;
            }
            if (blank(d.text()) || blank(d.spoken())) {
                problem.accept("text and spoken are both needed");
            }
            if (blank(d.why())) {
                problem.accept("why is needed: one plain sentence on why the answer matters");
            }
            if (d.topic() != null && !d.topic().matches("[a-z][a-z_]*")) {
                problem.accept("topic must be a lower-case id such as right_now");
            }
            Kind kind = d.kind() == null ? null : Coded.parse(Kind.class, d.kind()).orElse(null);
            if (kind == null || blank(d.field())) {
                problem.accept("kind must be one of " + Coded.ids(Kind.class) + " and field must be set");
                continue;
            }
            List<Option> options = options(d, kind, catalog, problem);
            List<List<Condition.Term>> alternatives = new ArrayList<>();
            for (String alternative : d.ask().isEmpty() ? List.of("always") : d.ask()) {
                alternatives.add(Condition.parse(alternative, groups, problem));
            }
            Condition ask = Condition.compile(alternatives, catalog, problem);
            if (ask != null) {
                questions.add(new Question(d.id(), d.text(), d.spoken(), kind, d.field(), options, d.min(), d.max(),
                        d.screening(), ask, d.why(), d.topic() == null ? d.id() : d.topic()));
            }
        }
        checkOrder(questions, required, problems);
        checkReachable(questions, rows, problems);
        return new Questions(questions);
    }

    private static List<Option> options(QuestionDefinition d, Kind kind, FactCatalog catalog, Consumer<String> problem) {
        List<Option> options = new ArrayList<>();
        if (kind == Kind.NUMBER) {
            SituationField field = SituationFields.byPath(d.field());
            if (field == null || field.kind() != SituationField.Kind.NUMBER || d.min() == null || d.max() == null
                    || d.min() < 0 || d.max() > field.max() || d.min() >= d.max()) {
                problem.accept("a number question needs a number field of the request and 0 <= min < max <= the"
                        + " field's largest value");
            }
            if (!d.options().isEmpty()) {
                problem.accept("a number question has no options");
            }
            return options;
        }
        if (d.options().isEmpty()) {
            problem.accept("needs options");
        }
        SituationField.Kind wanted = kind == Kind.ONE ? SituationField.Kind.CHOICE
                : kind == Kind.YESNO ? SituationField.Kind.FLAG : null;
        SituationField asked = SituationFields.byPath(d.field());
        if (wanted != null && (asked == null || asked.kind() != wanted)) {
            problem.accept("a '" + kind.id() + "' question needs a " + wanted.name().toLowerCase(Locale.ROOT)
                    + " field of the request");
        }
        Set<String> seen = new HashSet<>();
        for (TableDefinition.OptionDefinition o : d.options()) {
            String field = o.field() == null ? d.field() : o.field();
            String fact = o.flag() ? (o.value().equals("true") ? field : null) : field + ":" + o.value();
            boolean known = catalog.indexOf(o.flag() ? field : field + ":" + o.value()).isPresent()
                    && !(o.flag() && !(o.value().equals("true") || o.value().equals("false")));
            if (!known) {
                problem.accept("option '" + o.value() + "' is not a value the request accepts for " + field);
            }
            if (blank(o.label())) {
                problem.accept("option '" + o.value() + "' has no label");
            }
            if (!seen.add(field + "=" + o.value())) {
                problem.accept("option '" + o.value() + "' is listed twice");
            }
            boolean own = o.field() != null;
            if (kind == Kind.YESNO ? !o.flag() || own : kind == Kind.ONE ? o.flag() || own : o.flag() != own) {
                problem.accept("option '" + o.value() + "': a yes/no question takes true and false; an option of a"
                        + " 'many' question with a field of its own sets that yes/no field; any other option is a value");
            }
            options.add(new Option(o.value(), o.flag(), o.label(), o.field(), fact));
        }
        return options;
    }

    /** The contract's questions first, in its order, each covering what the contract says it asks about. */
    private static void checkOrder(List<Question> questions, Map<String, Set<String>> required, Consumer<String> problems) {
        List<String> fixed = List.copyOf(required.keySet());
        for (int i = 0; i < fixed.size(); i++) {
            String id = fixed.get(i);
            Question q = i < questions.size() ? questions.get(i) : null;
            if (q == null || !q.id().equals(id) || !q.screening()) {
                problems.accept("question '" + id + "': required by the contract as screening question " + (i + 1));
                continue;
            }
            Set<String> missing = new TreeSet<>(required.get(id));
            q.options().forEach(o -> missing.remove(o.fact()));
            if (!missing.isEmpty()) {
                problems.accept("question '" + id + "': must also offer " + missing);
            }
        }
        boolean others = false;
        for (Question q : questions) {
            others |= !q.screening();
            if (others && q.screening()) {
                problems.accept("question '" + q.id() + "': screening questions come before all others");
            }
        }
    }

    /** Every fact a row can match on must be something a person can say by answering a question. */
    private static void checkReachable(List<Question> questions, List<Row> rows, Consumer<String> problems) {
        Set<String> reachable = new HashSet<>();
        for (Question q : questions) {
            if (q.kind() == Kind.NUMBER) {
                reachable.add(q.field());
            }
            q.options().forEach(o -> reachable.add(o.fact()));
        }
        for (Row row : rows) {
            Set<String> unreachable = new TreeSet<>();
            for (Condition.Alternative alternative : row.condition().alternatives()) {
                alternative.anyOf().forEach(facts -> facts.forEach(fact -> {
                    String field = Threshold.parse(fact).map(Threshold::field).orElse(fact);
                    if (!reachable.contains(field)) {
                        unreachable.add(fact);
                    }
                }));
            }
            if (!unreachable.isEmpty()) {
                problems.accept("row '" + row.id() + "': no question lets a person say " + unreachable);
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
