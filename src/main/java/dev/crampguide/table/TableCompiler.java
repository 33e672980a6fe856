package dev.crampguide.table;

import dev.crampguide.facts.FactCatalog;
import dev.crampguide.facts.FactSet;
import dev.crampguide.facts.Threshold;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Condition.Term;
import dev.crampguide.table.GuidanceTable.CareLevelRule;
import dev.crampguide.table.GuidanceTable.Opposite;
import dev.crampguide.table.Requirements.RequiredFlag;
import dev.crampguide.table.TableDefinition.CareLevelRuleDefinition;
import dev.crampguide.table.TableDefinition.FacetDefinition;
import dev.crampguide.table.TableDefinition.RowDefinition;
import java.util.ArrayList;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Checks and compiles a {@link TableDefinition}, one named stage after another like a compiler's passes. Every
 * stage adds its problems, each located at the row or entry it concerns, and the table is refused with all of
 * them at once. Later stages read what earlier ones built, so the order of {@link #STAGES} matters.
 */
final class TableCompiler {

    /**
     * A pass over the table; {@code code} names its problems, {@code name} says what it checks. A stage that only
     * checks ({@code builds} false) leaves nothing the table is made of: a start-up whose table the build has
     * checked and proved byte for byte skips it (see {@link #compile}).
     */
    private record Stage(String code, String name, boolean builds, Consumer<TableCompiler> run) {
        static Stage builds(String code, String name, Consumer<TableCompiler> run) {
            return new Stage(code, name, true, run);
        }

        static Stage checks(String code, String name, Consumer<TableCompiler> run) {
            return new Stage(code, name, false, run);
        }
    }

    private static final List<Stage> STAGES = List.of(
            Stage.checks("header", "header: version, disclaimer, messages", TableCompiler::checkHeader),
            Stage.checks("references", "references: ids, titles, canonical links, publishers", TableCompiler::checkReferences),
            Stage.checks("labels", "labels and facets: what they name exists", TableCompiler::checkTagAndFacetDefinitions),
            Stage.checks("timeframes", "timeframes: known care levels", TableCompiler::checkTimeframeDefinitions),
            Stage.builds("gates", "section gates: syntax", TableCompiler::parseGates),
            Stage.builds("rows", "rows: ids, sections, labels, facets, condition syntax", TableCompiler::parseRows),
            Stage.builds("facts", "facts: the thresholds the table names", TableCompiler::buildCatalog),
            Stage.builds("reachability", "rows: facts, care levels, texts, citations, reachability", TableCompiler::compileRows),
            Stage.builds("comfort", "comfort: every urgent red flag decides which comfort care stays", TableCompiler::compileComfort),
            Stage.checks("give-way", "give way: only to a red flag at least as urgent, no cycle", TableCompiler::checkGiveWay),
            Stage.checks("cited", "references: each cited", TableCompiler::checkEveryReferenceCited),
            Stage.checks("contract", "contract: required ids in their sections", TableCompiler::checkContractIds),
            Stage.checks("wording", "labels and facets: rows whose wording needs them", TableCompiler::checkWordingCarriesTags),
            Stage.builds("care-level-rules", "care-level rules", TableCompiler::compileCareLevelRules),
            Stage.checks("one-timeframe", "timeframes: rows say what and why, the care level says when", TableCompiler::checkTimeframes),
            Stage.checks("warning-signs", "warning signs: every symptom raises a red flag on its own, as urgently as required",
                    TableCompiler::checkWarningSigns),
            Stage.builds("contradictions", "facets: no two rows that contradict each other in one answer", TableCompiler::checkFacets),
            Stage.builds("questions", "questions: options, the contract's screening questions first, every row's facts askable",
                    TableCompiler::compileQuestions),
            Stage.checks("advice-after", "advice after: the question asked before any advice, and the labels kept before it",
                    TableCompiler::checkAdviceAfter),
            Stage.checks("diary", "diary: thresholds set facts a question can say, in range, with a reason and sources",
                    TableCompiler::checkDiary));

    private final TableDefinition definition;
    private final Requirements required;
    private final List<TableProblem> problems = new ArrayList<>();
    /** The stage running now, whose code its problems carry. */
    private Stage stage;

    private final Set<String> referenceIds = new LinkedHashSet<>();
    private final Map<Section, List<Term>> gates = new EnumMap<>(Section.class);
    /** Rows that parsed, with their alternatives (gate terms first) for the later stages. */
    private final Map<RowDefinition, List<List<Term>>> parsed = new LinkedHashMap<>();
    private final Set<String> rowIds = new HashSet<>();
    private FactCatalog catalog;
    private final Map<String, Row> compiled = new LinkedHashMap<>();
    private final Set<String> cited = new HashSet<>();
    private final List<CareLevelRule> careLevelRules = new ArrayList<>();
    private final List<Opposite> opposites = new ArrayList<>();
    /** Per care level, a pattern that finds its timeframe words (absent: the table names none). */
    private final Map<CareLevel, Pattern> timeframes = new EnumMap<>(CareLevel.class);
    private Questions questions;

    /**
     * Whether to run the proofs (every row reachable, no pair of opposites in one answer), the stages that only
     * check and the citation checks of the stages that build. False only for a source the build has checked and
     * proved byte for byte (TableFile): every check is a function of the source, so repeating it at start-up would
     * only repeat the build's verdict, at the cost of tens of milliseconds in a fresh JVM (performance.md). Any other
     * source gets every check and proof.
     */
    private final boolean checkAll;

    private TableCompiler(TableDefinition definition, Requirements required, boolean checkAll) {
        this.definition = definition;
        this.required = required;
        this.checkAll = checkAll;
    }

    static GuidanceTable compile(TableDefinition definition, String fingerprint, Requirements required,
            boolean checkAll) {
        TableCompiler compiler = new TableCompiler(definition, required, checkAll);
        for (Stage stage : STAGES) {
            if (stage.builds() || checkAll) {
                compiler.stage = stage;
                stage.run().accept(compiler);
            }
        }
        if (!compiler.problems.isEmpty()) {
            throw new TableException(compiler.problems);
        }
        Map<Section, List<Row>> rows = compiler.inAnswerOrder();
        // the last stage: the lookup arrays an evaluation reads, so the runtime only holds and evaluates
        AnswerPlan plan = new AnswerPlan(rows, definition.references(), compiler.careLevelRules,
                definition.adviceAfter());
        return new GuidanceTable(definition.version() + "+" + fingerprint, definition, compiler.catalog, rows,
                compiler.careLevelRules, List.copyOf(compiler.opposites), compiler.questions, plan);
    }

    private void problem(String where, String message) {
        problems.add(new TableProblem(stage.code(), where, message));
    }

    private static String row(String id) {
        return "row '" + id + "'";
    }

    // ---- stages ----------------------------------------------------------------------------------------

    private void checkHeader() {
        if (blank(definition.version())) {
            problem("table", "version is missing");
        }
        if (blank(definition.disclaimer())) {
            problem("table", "disclaimer is missing");
        }
        for (String key : GuidanceTable.REQUIRED_MESSAGES) {
            if (blank(definition.messages().get(key))) {
                problem("table", "message '" + key + "' is missing");
            }
        }
    }

    private void checkReferences() {
        for (Reference reference : definition.references()) {
            String where = "reference '" + reference.id() + "'";
            if (!referenceIds.add(reference.id())) {
                problem(where, "duplicate id");
            }
            if (blank(reference.title())) {
                problem(where, "title is missing");
            }
            if (blank(reference.url()) || !reference.url().startsWith("https://")) {
                problem(where, "needs a link (an https url) a reader can follow");
                continue;
            }
            checkCanonical(where, reference);
        }
    }

    /**
     * One link per source, the publisher's own: a paper's DOI link, no query or fragment (tracking, language),
     * no doubled slashes, and a title that names the publisher whose host it is.
     */
    private void checkCanonical(String where, Reference reference) {
        URI uri;
        try {
            uri = URI.create(reference.url());
        } catch (IllegalArgumentException e) {
            problem(where, "link is not a valid address");
            return;
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || (uri.getRawPath() != null
                && uri.getRawPath().contains("//"))) {
            problem(where, "link must be canonical: no query, fragment or language suffix (" + reference.url() + ")");
        }
        if (reference.doi() != null && !reference.url().equals("https://doi.org/" + reference.doi())) {
            problem(where, "a paper's link is its DOI link, https://doi.org/" + reference.doi());
        }
        if (reference.doi() != null || definition.publishers().isEmpty() || blank(reference.title())) {
            return;
        }
        String host = uri.getHost() == null ? "" : uri.getHost();
        Optional<Map.Entry<String, List<String>>> publisher = definition.publishers().entrySet().stream()
                .filter(p -> reference.title().startsWith(p.getKey() + " — ")).findFirst();
        if (publisher.isEmpty()) {
            problem(where, "title must start with its publisher and ' — ', one of " + definition.publishers().keySet());
        } else if (publisher.get().getValue().stream().noneMatch(h -> host.equals(h) || host.endsWith("." + h))) {
            problem(where, "title names " + publisher.get().getKey() + " but the link's host is " + host);
        }
    }

    private void checkTagAndFacetDefinitions() {
        definition.tags().forEach((tag, meaning) -> {
            String where = "label '" + tag + "'";
            if (blank(meaning.means())) {
                problem(where, "says nothing about what it means");
            }
            meaning.requiredIn().stream().filter(s -> Section.byId(s).isEmpty())
                    .forEach(s -> problem(where, "unknown section '" + s + "'"));
            if (meaning.unlessTagged() != null && !definition.tags().containsKey(meaning.unlessTagged())) {
                problem(where, "unknown label '" + meaning.unlessTagged() + "'");
            }
        });
        definition.facets().forEach((facet, meaning) -> {
            String where = "facet '" + facet + "'";
            if (blank(meaning.means())) {
                problem(where, "says nothing about what it means");
            }
            if (meaning.values().size() < 2) {
                problem(where, "needs at least two values, or nothing can contradict");
            }
            meaning.values().forEach((value, means) -> {
                if (blank(means)) {
                    problem(where, "value '" + value + "' says nothing about what it means");
                }
            });
            meaning.agree().forEach(pair -> {
                if (pair.size() != 2 || !meaning.values().keySet().containsAll(pair)) {
                    problem(where, "agree names a pair of its own values, not " + pair);
                }
            });
            meaning.requiredIn().stream().filter(s -> Section.byId(s).isEmpty())
                    .forEach(s -> problem(where, "unknown section '" + s + "'"));
        });
    }

    private void checkTimeframeDefinitions() {
        definition.timeframes().forEach((level, words) -> {
            Optional<CareLevel> careLevel = Coded.parse(CareLevel.class, level);
            if (careLevel.isEmpty()) {
                problem("timeframes '" + level + "'", "unknown care level, one of " + Coded.ids(CareLevel.class));
            } else if (!words.isEmpty()) {
                timeframes.put(careLevel.get(), words(words));
            }
        });
    }

    private void parseGates() {
        definition.sectionGates().forEach((sectionId, gate) -> {
            String where = "section gate '" + sectionId + "'";
            Optional<Section> section = Section.byId(sectionId);
            if (section.isEmpty()) {
                problem(where, "unknown section");
            } else {
                gates.put(section.get(), Condition.parse(gate, definition.factGroups(), p -> problem(where, p)));
            }
        });
    }

    private void parseRows() {
        for (RowDefinition row : definition.rows()) {
            String where = row(row.id());
            if (blank(row.id())) {
                problem("row with title '" + row.title() + "'", "id is missing");
                continue;
            }
            if (!rowIds.add(row.id())) {
                problem(where, "duplicate id");
                continue;
            }
            Optional<Section> section = Section.byId(row.section());
            if (section.isEmpty()) {
                problem(where, "unknown section '" + row.section() + "'");
                continue;
            }
            if (row.when() == null || row.when().isEmpty()) {
                problem(where, "condition 'when' is missing (write \"always\" for unconditional rows)");
                continue;
            }
            checkLabels(row, section.get());
            checkRowFacets(row, section.get());
            parsed.put(row, parse(row.when(), section.get(), where));
        }
    }

    /** A row's alternatives with its section's gate terms first. */
    private List<List<Term>> parse(List<String> when, Section section, String where) {
        List<List<Term>> alternatives = new ArrayList<>();
        for (String alternative : when) {
            List<Term> terms = new ArrayList<>(gates.getOrDefault(section, List.of()));
            terms.addAll(Condition.parse(alternative, definition.factGroups(), p -> problem(where, p)));
            alternatives.add(terms);
        }
        return alternatives;
    }

    private void checkLabels(RowDefinition row, Section section) {
        String where = row(row.id());
        for (String tag : row.tags()) {
            if (!definition.tags().containsKey(tag)) {
                problem(where, "unknown label '" + tag + "'");
            }
        }
        if (section == Section.RED_FLAGS && !row.tags().isEmpty()) {
            // a label could let a rule leave the red flag out, and with it the care level it sets
            problem(where, "a red flag is never left out of an answer, so it carries no labels");
        }
        if (section != Section.RED_FLAGS
                && (row.comfort() != null || !row.givesWayTo().isEmpty())) {
            problem(where, "only a red flag decides about comfort care or gives way");
        }
    }

    private void checkRowFacets(RowDefinition row, Section section) {
        String where = row(row.id());
        if (section == Section.RED_FLAGS && !row.facets().isEmpty()) {
            problem(where, "a red flag says what is wrong, not what to do, so it declares no facets");
        }
        row.facets().forEach((facet, value) -> {
            FacetDefinition meaning = definition.facets().get(facet);
            if (meaning == null) {
                problem(where, "unknown facet '" + facet + "'");
            } else if (!meaning.values().containsKey(value)) {
                problem(where, "facet '" + facet + "' has no value '" + value + "', only " + meaning.values().keySet());
            }
        });
    }

    private void buildCatalog() {
        Set<Threshold> thresholds = new LinkedHashSet<>();
        definition.factGroups().values().forEach(names -> names.forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)));
        parsed.values().forEach(alts -> alts.forEach(terms -> terms.forEach(
                term -> term.facts().forEach(n -> Threshold.parse(n).ifPresent(thresholds::add)))));
        catalog = FactCatalog.withThresholds(thresholds);
    }

    private void compileRows() {
        parsed.forEach((row, alternatives) -> {
            String where = row(row.id());
            Section section = Section.byId(row.section()).orElseThrow();
            Condition condition = Condition.compile(alternatives, catalog, p -> problem(where, p));
            if (condition == null) {
                return;
            }
            CareLevel careLevel = careLevel(row, section, condition);
            for (String field : List.of("title", "text", "spoken")) {
                if (blank(field(row, field))) {
                    problem(where, field + " is missing");
                }
            }
            checkCitations(where, row.references());
            if (checkAll && Witnesses.witness(condition, catalog).isEmpty()) {
                problem(where, "unreachable: no situation meets '" + condition.text() + "'");
            }
            compiled.put(row.id(), new Row(row.id(), section, condition, row.rank(), careLevel, row.title(),
                    row.text(), row.spoken(), row.references() == null ? List.of() : List.copyOf(row.references()),
                    Set.copyOf(row.tags()), Map.copyOf(row.facets()), null, Set.of(),
                    Set.copyOf(row.givesWayTo())));
        });
    }

    private void checkCitations(String where, List<String> references) {
        if (!checkAll) {
            return;
        }
        if (references == null || references.isEmpty()) {
            problem(where, "cites no reference");
            return;
        }
        for (String ref : references) {
            if (!referenceIds.contains(ref)) {
                problem(where, "cites unknown reference '" + ref + "'");
            }
            cited.add(ref);
        }
    }

    private static String field(RowDefinition row, String field) {
        return switch (field) {
            case "title" -> row.title();
            case "text" -> row.text();
            default -> row.spoken();
        };
    }

    /** Red flags and safety-net rows carry a care level, nothing else does. */
    private CareLevel careLevel(RowDefinition row, Section section, Condition condition) {
        String where = row(row.id());
        if (section != Section.RED_FLAGS && section != Section.SAFETY_NET) {
            if (row.careLevel() != null) {
                problem(where, "only red flags and safety-net rows carry a care level");
            }
            return null;
        }
        CareLevel careLevel = row.careLevel() == null ? null : Coded.parse(CareLevel.class, row.careLevel()).orElse(null);
        if (careLevel == null) {
            problem(where, (section == Section.RED_FLAGS ? "a red flag" : "a safety-net row") + " needs a care level, one of " + Coded.ids(CareLevel.class)
                    + " (got " + row.careLevel() + ")");
        }
        if (section == Section.RED_FLAGS && condition.negates()) {
            // A negated fact could make an added symptom remove a red flag and lower the care level.
            problem(where, "a red flag's condition may not use '!'");
        }
        return careLevel;
    }

    /**
     * Every red flag from {@code prompt_medical_advice} up decides, with a cited reason, which comfort rows
     * (rows with a {@code comfort} label) may stay beside it; "none" is a decision too. The rows it does not keep
     * are left out of any answer that raises it.
     */
    private void compileComfort() {
        Set<String> comfortTags = new HashSet<>();
        definition.tags().forEach((tag, meaning) -> {
            if (meaning.comfort()) {
                comfortTags.add(tag);
            }
        });
        Set<String> comfortRows = new LinkedHashSet<>();
        compiled.values().stream().filter(r -> !Collections.disjoint(r.tags(), comfortTags))
                .forEach(r -> comfortRows.add(r.id()));
        for (RowDefinition row : parsed.keySet()) {
            Row flag = compiled.get(row.id());
            if (flag == null || flag.section() != Section.RED_FLAGS || flag.careLevel() == null) {
                continue;
            }
            String where = row(row.id());
            if (row.comfort() == null) {
                if (!comfortTags.isEmpty() && flag.careLevel().compareTo(CareLevel.PROMPT_MEDICAL_ADVICE) >= 0) {
                    problem(where, "must decide which comfort care stays beside it ('comfort': keep, why, references;"
                            + " an empty keep is a decision)");
                }
                continue;
            }
            if (blank(row.comfort().why())) {
                problem(where, "comfort decision must say why");
            }
            checkCitations(where + " comfort decision", row.comfort().references());
            List<String> keep = row.comfort().keep() == null ? List.of() : row.comfort().keep();
            keep.stream().filter(id -> !comfortRows.contains(id))
                    .forEach(id -> problem(where, "comfort decision keeps '" + id + "', which is not a comfort row"));
            Set<String> suppressed = new LinkedHashSet<>(comfortRows);
            keep.forEach(suppressed::remove);
            compiled.put(flag.id(), new Row(flag.id(), flag.section(), flag.condition(), flag.rank(),
                    flag.careLevel(), flag.title(), flag.text(), flag.spoken(), flag.references(), flag.tags(),
                    flag.facets(), new Row.Comfort(Set.copyOf(keep), row.comfort().why(),
                    List.copyOf(row.comfort().references() == null ? List.of() : row.comfort().references())),
                    Set.copyOf(suppressed), flag.givesWayTo()));
        }
    }

    /**
     * A red flag gives way only to one that is at least as urgent, so an answer's care level never drops; and never in
     * a cycle, where both would leave.
     */
    private void checkGiveWay() {
        for (Row flag : compiled.values()) {
            for (String target : flag.givesWayTo()) {
                Row other = compiled.get(target);
                if (other == null || other.section() != Section.RED_FLAGS) {
                    problem(row(flag.id()), "gives way to '" + target + "', which is not a red flag");
                } else if (other.careLevel() != null && flag.careLevel() != null
                        && other.careLevel().compareTo(flag.careLevel()) < 0) {
                    problem(row(flag.id()), "gives way to '" + target + "', which is less urgent");
                }
            }
        }
        for (Row flag : compiled.values()) {
            if (givesWayInCycle(flag.id(), flag.id(), new HashSet<>())) {
                problem(row(flag.id()), "gives way in a cycle, so no red flag of the cycle would stay");
            }
        }
    }

    private boolean givesWayInCycle(String start, String at, Set<String> seen) {
        Row row = compiled.get(at);
        if (row == null || !seen.add(at)) {
            return false;
        }
        for (String next : row.givesWayTo()) {
            if (next.equals(start) || givesWayInCycle(start, next, seen)) {
                return true;
            }
        }
        return false;
    }

    private void checkEveryReferenceCited() {
        // the diary stage checks these ids; citing them is what counts here
        definition.diary().forEach(t -> cited.addAll(t.references() == null ? List.of() : t.references()));
        referenceIds.stream().filter(id -> !cited.contains(id))
                .forEach(id -> problem("reference '" + id + "'", "cited by no row"));
    }

    private void checkContractIds() {
        required.ids().forEach((section, ids) -> {
            definition.rows().stream()
                    .filter(r -> ids.contains(r.id()) && !section.id().equals(r.section()) && rowIds.contains(r.id()))
                    .forEach(r -> problem(row(r.id()), "belongs in section " + section.id()));
            ids.stream().filter(id -> !(compiled.containsKey(id) && compiled.get(id).section() == section)).sorted()
                    .forEach(id -> problem(row(id), "required by the contract in " + section.id()
                            + " but missing or invalid"));
        });
    }

    /** A row whose words tell the person to do what a label or a facet covers must say so. */
    private void checkWordingCarriesTags() {
        definition.tags().forEach((tag, meaning) -> {
            if (meaning.words().isEmpty()) {
                return;
            }
            Pattern words = words(meaning.words());
            for (Row row : compiled.values()) {
                if (!meaning.requiredIn().contains(row.section().id()) || row.tags().contains(tag)
                        || (meaning.unlessTagged() != null && row.tags().contains(meaning.unlessTagged()))) {
                    continue;
                }
                found(words, row).ifPresent(word -> problem(row(row.id()), "says '" + word
                        + "…' but is not labelled '" + tag + "' (" + meaning.means() + ")"));
            }
        });
        definition.facets().forEach((facet, meaning) -> {
            if (meaning.words().isEmpty()) {
                return;
            }
            Pattern words = words(meaning.words());
            for (Row row : compiled.values()) {
                if (meaning.requiredIn().contains(row.section().id()) && !row.facets().containsKey(facet)) {
                    found(words, row).ifPresent(word -> problem(row(row.id()), "says '" + word
                            + "…' but declares nothing about facet '" + facet + "' (" + meaning.means() + ")"));
                }
            }
        });
    }

    /** Word beginnings, case-insensitive: "stretch" finds "stretching". */
    private static Pattern words(List<String> words) {
        return Pattern.compile("\\b(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static Optional<String> found(Pattern words, Row row) {
        var found = words.matcher(row.title() + " " + row.text() + " " + row.spoken());
        return found.find() ? Optional.of(found.group().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    private void compileCareLevelRules() {
        for (CareLevelRuleDefinition rule : definition.careLevelRules()) {
            String where = "care-level rule from '" + rule.from() + "'";
            Optional<CareLevel> from = rule.from() == null ? Optional.empty() : Coded.parse(CareLevel.class, rule.from());
            if (from.isEmpty()) {
                problem(where, "unknown care level, one of " + Coded.ids(CareLevel.class));
            }
            concat(rule.drop(), rule.keepOnly()).stream().filter(t -> !definition.tags().containsKey(t))
                    .forEach(t -> problem(where, "unknown label '" + t + "'"));
            from.ifPresent(level -> careLevelRules.add(
                    new CareLevelRule(level, Set.copyOf(rule.drop()), Set.copyOf(rule.keepOnly()))));
        }
    }

    /**
     * When to act is said once, by the answer's care level (its lead, title and spoken level). So rows name no
     * timeframe at all, except a safety-net row its own level's; and a message tied to a care level names none slower
     * than that level, a message of every answer none slower than an emergency.
     */
    private void checkTimeframes() {
        for (Row row : compiled.values()) {
            for (CareLevel level : timeframes.keySet()) {
                if (row.section() == Section.SAFETY_NET && level == row.careLevel()) {
                    continue;
                }
                found(timeframes.get(level), row).ifPresent(word -> problem(row(row.id()), "says '" + word
                        + "', a timeframe for " + level.id() + ": rows say what and why, the answer's care level says when"
                        + (row.section() == Section.SAFETY_NET ? " (a safety-net row only its own level's)" : "")));
            }
        }
        definition.messages().forEach((key, text) -> {
            CareLevel own = messageLevel(key);
            if (own == null) {
                return;
            }
            timeframes.forEach((level, words) -> {
                var found = words.matcher(text);
                if (level.compareTo(own) < 0 && found.find()) {
                    problem("message '" + key + "'", "says '" + found.group() + "', slower than " + own.id());
                }
            });
        });
        timeframes.forEach((level, words) -> {
            var found = words.matcher(Objects.requireNonNullElse(definition.disclaimer(), ""));
            if (level != CareLevel.EMERGENCY && found.find()) {
                problem("table", "disclaimer says '" + found.group() + "', slower than an emergency");
            }
        });
    }

    /** The care level a message is said at: its own for {@code lead.*}, {@code title.*}, any for answer-wide ones. */
    private static CareLevel messageLevel(String key) {
        for (String prefix : List.of("lead.", "title.", "voice.level.")) {
            if (key.startsWith(prefix)) {
                return Coded.parse(CareLevel.class, key.substring(prefix.length())).orElse(null);
            }
        }
        // said in answers of every level, an emergency included
        return List.of("general", "closing", "so_far").contains(key) ? CareLevel.EMERGENCY : null;
    }

    /**
     * Every symptom a person can report raises a red flag on its own, and so in every context: red flags never
     * negate and the situation holding only the symptom has no other fact, so each fact added to it keeps the
     * flag (or a red flag it gives way to, at least as urgent). The contract's warning signs also reach their level.
     */
    private void checkWarningSigns() {
        if (!catalog.factsOf(Situation.EMPTY).isEmpty()) {
            problem("facts", "the empty situation has facts, so a symptom alone is not the least context");
            return;
        }
        // a table held to the contract's warning signs (not a small test fixture) holds every symptom to this rule
        boolean everySymptom = !required.flags().isEmpty();
        for (String fact : catalog.names()) {
            if (!fact.startsWith("symptoms:") || !everySymptom) {
                continue;
            }
            if (raisedBy(List.of(fact)).isEmpty()) {
                problem("symptom '" + fact + "'", "raises no red flag on its own (every symptom is a warning sign"
                        + " in every context; context may raise the level, never remove the flag)");
            }
        }
        for (RequiredFlag wanted : required.flags()) {
            Map<String, CareLevel> raised = raisedBy(wanted.facts());
            CareLevel level = wanted.flag() != null ? raised.get(wanted.flag())
                    : raised.values().stream().max(Comparator.naturalOrder()).orElse(null);
            if (level == null || level.compareTo(wanted.atLeast()) < 0) {
                problem(wanted.flag() == null ? "red flags" : row(wanted.flag()), "the contract requires "
                        + (wanted.flag() == null ? "one" : "it") + " at " + wanted.atLeast().id() + " or higher for "
                        + String.join(" & ", wanted.facts()) + ", but the table raises "
                        + (raised.isEmpty() ? "nothing" : raised));
            }
        }
    }

    /** The red flags a situation with exactly these facts raises, after giving way, with their levels. */
    private Map<String, CareLevel> raisedBy(List<String> facts) {
        Optional<Situation> situation = catalog.witness(facts);
        if (situation.isEmpty()) {
            return Map.of();
        }
        var factSet = catalog.factsOf(situation.get());
        Map<String, CareLevel> raised = new LinkedHashMap<>();
        compiled.values().stream().filter(r -> r.section() == Section.RED_FLAGS && r.careLevel() != null)
                .filter(r -> r.condition().because(factSet) != null)
                .forEach(r -> raised.put(r.id(), r.careLevel()));
        raised.keySet().removeIf(id -> compiled.get(id).givesWayTo().stream().anyMatch(raised::containsKey));
        return raised;
    }

    /**
     * Two rows that say different things about one facet contradict each other, unless the facet lists the two
     * values as agreeing. The table keeps every such pair
     * apart: a red flag on one side leaves the other out (comfort decision or care-level rules), or no situation meets
     * both conditions (the reachability solver finds none).
     */
    private void checkFacets() {
        List<Row> rows = List.copyOf(compiled.values());
        definition.facets().forEach((facet, meaning) -> {
            for (int i = 0; i < rows.size(); i++) {
                Row a = rows.get(i);
                String value = a.facets().get(facet);
                if (value == null) {
                    continue;
                }
                for (int j = i + 1; j < rows.size(); j++) {
                    Row b = rows.get(j);
                    String other = b.facets().get(facet);
                    if (other == null || !meaning.contradicts(value, other)) {
                        continue;
                    }
                    opposites.add(new Opposite(List.of(a.id()), List.of(b.id()), facet + ": '" + value + "' ("
                            + meaning.values().get(value) + ") against '" + other + "' (" + meaning.values().get(other)
                            + ")"));
                    if (checkAll) {
                        together(a, b).ifPresent(s -> problem(row(a.id()), "and " + row(b.id()) + " contradict each"
                                + " other on " + facet + " ('" + value + "' against '" + other + "') but can appear"
                                + " together, e.g. for " + describe(s)));
                    }
                }
            }
        });
    }

    private void checkAdviceAfter() {
        var after = definition.adviceAfter();
        if (after == null) {
            return;
        }
        String where = "advice after '" + after.question() + "'";
        if (!questions.contains(after.question())) {
            problem(where, "names no question of the table");
        } else if (!questions.all().get(0).id().equals(after.question())) {
            problem(where, "must be the first question, or advice would wait on questions asked after it");
        }
        after.keepOnly().stream().filter(t -> !definition.tags().containsKey(t))
                .forEach(t -> problem(where, "unknown label '" + t + "'"));
    }

    /**
     * A diary may set a fact only as the person could by answering a question (so the answer it gets is one the
     * interview could give), and only the diary thresholds the contract's diary reads: {@link #DIARY_REQUIRED}.
     */
    private void checkDiary() {
        if (definition.diary().isEmpty()) {
            return;
        }
        Set<String> ids = new HashSet<>();
        for (TableDefinition.DiaryThresholdDefinition t : definition.diary()) {
            String where = "diary threshold '" + t.id() + "'";
            if (blank(t.id()) || !ids.add(t.id())) {
                problem(where, "needs a unique id");
            }
            boolean askable = questions != null && questions.all().stream().flatMap(q -> q.options().stream())
                    .anyMatch(o -> Objects.equals(o.fact(), t.sets()));
            if (t.sets() == null || catalog.indexOf(t.sets()).isEmpty() || !askable) {
                problem(where, "sets '" + t.sets() + "', which no question's option says");
            }
            if (t.cramps() < 1 || t.cramps() > 100) {
                problem(where, "cramps must be 1 to 100 (got " + t.cramps() + ")");
            }
            if (t.days() < 1 || t.days() > 84) {
                // 84 days: the twelve weeks a diary shows, and twice the window must fit in what it keeps in view
                problem(where, "days must be 1 to 84 (got " + t.days() + ")");
            }
            if (t.risePercent() != null && t.days() * 2 > 84) {
                problem(where, "a rise compares two windows of days: both must fit in 84 days (got " + t.days() + ")");
            }
            if (t.risePercent() != null && (t.risePercent() < 1 || t.risePercent() > 1000)) {
                problem(where, "risePercent must be 1 to 1000 (got " + t.risePercent() + ")");
            }
            if (blank(t.why())) {
                problem(where, "says nothing about why");
            }
            checkCitations(where, t.references());
        }
        DIARY_REQUIRED.stream().filter(id -> !ids.contains(id))
                .forEach(id -> problem("diary threshold '" + id + "'", "missing: the diary reads it"));
    }

    /** The thresholds a diary reads, when a table has any. */
    static final List<String> DIARY_REQUIRED = List.of("frequent", "worsening");

    /** A table that asks nothing (a test fixture) has nothing to reach; the bundled one must ask the contract's. */
    private void compileQuestions() {
        boolean asks = !definition.questions().isEmpty() || !required.questions().isEmpty();
        questions = Questions.compile(definition.questions(), definition.factGroups(), catalog,
                asks ? List.copyOf(compiled.values()) : List.of(), required.questions(), found -> {
                    int split = found.indexOf(": ");
                    problem(found.substring(0, split), found.substring(split + 2));
                });
    }

    /** A situation in which both rows would be in one answer, or empty when the table keeps them apart. */
    private Optional<Situation> together(Row a, Row b) {
        List<List<Term>> both = new ArrayList<>();
        for (List<Term> x : parsed.get(definitionOf(a))) {
            for (List<Term> y : parsed.get(definitionOf(b))) {
                List<Term> merged = new ArrayList<>(x);
                merged.addAll(y);
                both.add(merged);
            }
        }
        Condition condition = Condition.compile(both, catalog, p -> { });
        if (condition == null || !Witnesses.searchable(condition)) {
            // too many combinations to rule out: say so rather than guess
            return Optional.of(Situation.EMPTY);
        }
        return Witnesses.witness(condition, catalog, facts -> shown(a, facts) && shown(b, facts));
    }

    /**
     * Whether a row whose condition holds stays in the answer for these facts: no raised red flag's comfort decision
     * leaves it out, the care-level rules keep it, and a safety-net row acts above the answer's level. Raising more
     * red flags only takes rows out, so {@link Witnesses#witness} may try the least situations only.
     */
    private boolean shown(Row row, FactSet facts) {
        CareLevel level = CareLevel.SELF_CARE;
        for (Row flag : compiled.values()) {
            if (flag.section() != Section.RED_FLAGS || flag.condition().because(facts) == null) {
                continue;
            }
            if (flag.suppressed().contains(row.id())) {
                return false;
            }
            level = level.atLeast(flag.careLevel());
        }
        return GuidanceTable.kept(careLevelRules, row, level)
                && (row.section() != Section.SAFETY_NET || row.careLevel().compareTo(level) > 0);
    }

    private String describe(Situation situation) {
        var facts = catalog.factsOf(situation);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < catalog.size(); i++) {
            if (facts.contains(i)) {
                names.add(catalog.name(i));
            }
        }
        return names.isEmpty() ? "a situation too large to search" : String.join(" & ", names);
    }

    private RowDefinition definitionOf(Row row) {
        return parsed.keySet().stream().filter(d -> d.id().equals(row.id())).findFirst().orElseThrow();
    }

    private Map<Section, List<Row>> inAnswerOrder() {
        Comparator<Row> byRank = Comparator.comparingInt(Row::rank).thenComparing(Row::id);
        Comparator<Row> urgentFirst = Comparator.comparing(Row::careLevel, Comparator.reverseOrder()).thenComparing(byRank);
        Map<Section, List<Row>> ordered = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            List<Row> list = new ArrayList<>(compiled.values().stream().filter(r -> r.section() == section).toList());
            list.sort(section == Section.RED_FLAGS || section == Section.SAFETY_NET ? urgentFirst : byRank);
            ordered.put(section, List.copyOf(list));
        }
        return ordered;
    }

    private static List<String> concat(Collection<String> a, Collection<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
