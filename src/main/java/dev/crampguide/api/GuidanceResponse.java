package dev.crampguide.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crampguide.wording.Guidance;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.table.Question;
import dev.crampguide.table.Reference;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's response body; a one-to-one view of the engine's {@link Guidance}. */
@Schema(name = "Guidance", description = "Guidance for one situation. Red flags always come first and set the care level.")
public record GuidanceResponse(
        @Schema(description = "The most urgent care level among the red flags, else self_care.",
                example = "self_care")
        String careLevel,
        @Schema(description = "The care level in a few words, for a banner. Until `screened`, a self_care answer is not called self-care.",
                example = "Get medical advice today")
        String careLevelTitle,
        @Schema(description = "True when every question that can raise the care level has been answered (`urgent_signs`, `other_signs`, `pattern`, `medicines`), or the answer is already an emergency. Until then `summary` and `speech` say the answer rests on what has been said so far.")
        boolean screened,
        @Schema(description = "One or two plain sentences, leading with the most urgent point.")
        String summary,
        @Schema(description = "Warning signs, most urgent first.")
        List<Item> redFlags,
        @Schema(description = "Conditional safety-netting, shown after the red flags: if this happens, act at the item's `careLevel`, always more urgent than the answer's own (contract v1.2).")
        List<Item> safetyNet,
        @Schema(description = "Likely triggers, most likely first.")
        List<Item> likelyTriggers,
        @Schema(description = "What to do now, in the order to do it; only when crampingNow, stillLocked or soreAfterwards.")
        List<Item> immediateSteps,
        @Schema(description = "How to prevent further cramps, most relevant first.")
        List<Item> prevention,
        @Schema(description = "What to avoid or be careful with.")
        List<Item> cautions,
        @Schema(description = "The answer for a voice assistant.")
        Spoken speech,
        @Schema(description = "Exactly the references cited by the items above, in the table's order.")
        List<Source> references,
        @Schema(description = "Always present: this is general information, not a diagnosis.")
        String disclaimer,
        @Schema(description = "Version of the guidance table that produced this answer (semantic version + content digest).",
                example = "1.0.0+e79ab81cf187")
        String tableVersion,
        @Schema(description = "The next questions whose answers could change the care level or the guidance, most important first: the screening questions (`urgent_signs`, `other_signs`, `pattern`, `medicines`) while unanswered, then what makes the advice fit. Empty when nothing more would change the answer; always empty for an emergency. Send the ids asked so far back in `answered`.")
        List<Ask> questions) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Question", description = "A question to ask next, with its choices in plain words.")
    public record Ask(
            @Schema(example = "urgent_signs") String id,
            @Schema(description = "The question as written.", example = "Do you have any of these right now?") String text,
            @Schema(description = "The question for a voice assistant.") String spoken,
            @Schema(description = "One plain sentence on why the answer matters; surfaces may show or say it on request (contract v1.2).",
                    example = "Chest pain with a cramp can be a sign of a problem that cannot wait.") String why,
            @Schema(enumeration = {"one", "many", "yesno", "number"}, description = "one: pick one option; many: pick any (none is a valid answer); yesno: a boolean field; number: a whole number from min to max.")
            String kind,
            @Schema(description = "The request field the answer goes into.", example = "symptoms") String field,
            @Schema(description = "The choices, using the request's own values; empty for a number.") List<Choice> options,
            @Schema(nullable = true, description = "Smallest answer of a number question.") Integer min,
            @Schema(nullable = true, description = "Largest answer of a number question.") Integer max,
            @Schema(description = "What the question is about. Questions listed with the same topic may be asked together, on one screen, and answered at once (the widget does); a question with no other of its kind has its own id as topic.",
                    example = "right_now") String topic) {

        static Ask of(Question q) {
            return new Ask(q.id(), q.text(), q.spoken(), q.why(), q.kind().id(), q.field(),
                    q.options().stream().map(Choice::of).toList(), q.min(), q.max(), q.topic());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "QuestionOption", description = "One choice of a question.")
    public record Choice(
            @Schema(description = "The request value: a string, or a boolean for a yes/no field.", example = "chest_pain")
            Object value,
            @Schema(description = "The choice in plain words, as shown and spoken.", example = "Chest pain or pressure")
            String label,
            @Schema(nullable = true, description = "Present when choosing this option sets a yes/no field of its own (for example `exercise.hot`) to `value`, rather than adding `value` to the question's field.")
            String field) {

        static Choice of(Question.Option o) {
            return new Choice(o.flag() ? (Object) Boolean.valueOf(o.value()) : o.value(), o.label(), o.field());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GuidanceItem", description = "One matched row of the guidance table.")
    public record Item(
            @Schema(description = "Stable id with fixed meaning (see the contract).", example = "lengthen_calf")
            String id,
            @Schema(description = "Present on red flags (the level it raises) and safety-net items (the level to act at if it happens) only.", nullable = true)
            String careLevel,
            @Schema(description = "Short heading.", example = "Lengthen the calf")
            String title,
            @Schema(description = "The guidance in plain words.")
            String text,
            @Schema(description = "A short form for speech.")
            String spoken,
            @Schema(description = "The situation facts that made this item match, e.g. `crampingNow`, `muscle:calf`, `symptoms:numbness`, `exercise.durationMinutes>=60`.",
                    example = "[\"crampingNow\", \"muscle:calf\"]")
            List<String> because,
            @Schema(description = "Ids of the references this item rests on; each is listed in `references`.",
                    example = "[\"mayo-clinic\"]")
            List<String> references) {
    }

    @Schema(name = "Speech", description = "Text and SSML of at most 90 words, most urgent point first.")
    public record Spoken(
            @Schema(description = "Plain text to be spoken.") String text,
            @Schema(description = "The same in SSML, wrapped in <speak>.") String ssml) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Reference", description = "A public source.")
    public record Source(
            @Schema(example = "mayo-clinic") String id,
            @Schema(example = "Mayo Clinic — Muscle cramp: Diagnosis and treatment") String title,
            @Schema(description = "Where to read it.") String url,
            @Schema(nullable = true, description = "The DOI of a journal article, where it has one.",
                    example = "10.1002/14651858.CD009402.pub3") String doi) {

        static Source of(Reference reference) {
            return new Source(reference.id(), reference.title(), reference.url(), reference.doi());
        }
    }

    public static GuidanceResponse of(Guidance g) {
        return new GuidanceResponse(g.careLevel().id(), g.careLevelTitle(), g.screened(), g.summary(), items(g.redFlags()),
                items(g.safetyNet()), items(g.likelyTriggers()),
                items(g.immediateSteps()), items(g.prevention()), items(g.cautions()),
                new Spoken(g.speech().text(), g.speech().ssml()),
                g.references().stream().map(Source::of).toList(), g.disclaimer(), g.tableVersion(),
                g.questions().stream().map(Ask::of).toList());
    }

    private static List<Item> items(List<GuidanceItem> items) {
        return items.stream().map(i -> new Item(i.id(), i.careLevel() == null ? null : i.careLevel().id(), i.title(),
                i.text(), i.spoken(), i.because(), i.references())).toList();
    }
}
