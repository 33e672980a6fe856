package dev.crampguide.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.crampguide.engine.Guidance;
import dev.crampguide.engine.GuidanceItem;
import dev.crampguide.table.Reference;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's response body; a one-to-one view of the engine's {@link Guidance}. */
@Schema(name = "Guidance", description = "Guidance for one situation. Red flags always come first and set the care level.")
public record GuidanceResponse(
        @Schema(description = "The most urgent care level among the red flags, else self_care.",
                example = "self_care")
        String careLevel,
        @Schema(description = "One or two plain sentences, leading with the most urgent point.")
        String summary,
        @Schema(description = "Warning signs, most urgent first.")
        List<Item> redFlags,
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
        String tableVersion) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "GuidanceItem", description = "One matched row of the guidance table.")
    public record Item(
            @Schema(description = "Stable id with fixed meaning (see the contract).", example = "lengthen_calf")
            String id,
            @Schema(description = "Present on red flags only.", nullable = true)
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
        return new GuidanceResponse(g.careLevel().id(), g.summary(), items(g.redFlags()), items(g.likelyTriggers()),
                items(g.immediateSteps()), items(g.prevention()), items(g.cautions()),
                new Spoken(g.speech().text(), g.speech().ssml()),
                g.references().stream().map(Source::of).toList(), g.disclaimer(), g.tableVersion());
    }

    private static List<Item> items(List<GuidanceItem> items) {
        return items.stream().map(i -> new Item(i.id(), i.careLevel() == null ? null : i.careLevel().id(), i.title(),
                i.text(), i.spoken(), i.because(), i.references())).toList();
    }
}
