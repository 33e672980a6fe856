package dev.crampguide.alexa.dialog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.alexa.AlexaRequests;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.envelope.Intent;
import dev.crampguide.guide.Guide;
import dev.crampguide.situation.Situation;
import dev.crampguide.table.Question;
import dev.crampguide.table.Question.Option;
import dev.crampguide.table.GuidanceTable;
import dev.crampguide.table.Requirements;
import dev.crampguide.table.Reference;
import dev.crampguide.table.TableDefinition;
import dev.crampguide.table.TableDefinition.RowDefinition;
import dev.crampguide.tablefile.TableFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The conversation mechanics on a small table made for the purpose, so that each rule is visible: warning
 * signs first, the emergency call first and the session ended, one question per missing slot, facts kept over
 * the session, the spoken length, and what the card holds. The real table's conversations are the golden tests.
 */
class SkillDialogTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String LONG = " and then some more words to make this sentence long enough to crowd the speech";

    static final GuidanceTable REAL = TableFile.loadBundled();

    final Guide engine = new Guide(table(false));
    final SkillDialog dialog = new SkillDialog(engine, MAPPER);

    static GuidanceTable table(boolean wordy) {
        String pad = wordy ? LONG : "";
        List<RowDefinition> rows = new ArrayList<>(List.of(
                row("clot_emergency", "redFlags", "@oneLegSign & symptoms:chest_pain | symptoms:short_of_breath",
                        "emergency", "Clot & breathing", "A leg clot may have travelled <to the lungs>.",
                        "This could be a clot that reached the lungs."),
                row("clot", "redFlags", "@oneLegSign", "prompt_medical_advice", "Possible clot",
                        "One swollen red leg needs a prompt check.", "A swollen or red leg needs a prompt check."),
                row("stretch_calf", "immediateSteps", "crampingNow & muscle:calf", null, "Stretch the calf",
                        "Straighten the knee, pull the toes up.", "Straighten your knee and pull your toes up" + pad + "."),
                row("stretch_any", "immediateSteps", "crampingNow & !muscle:calf", null, "Stretch the muscle",
                        "Gently lengthen the muscle.", "Gently lengthen the muscle" + pad + "."),
                row("night", "likelyTriggers", "when:night", null, "Night cramps", "Night cramps are common.",
                        "Night cramps are common" + pad + "."),
                row("bedtime", "prevention", "when:night", null, "Bedtime stretch", "Stretch before bed.",
                        "Stretch your calves before bed" + pad + "."),
                row("no_magnesium", "cautions", "considering:magnesium", null, "Magnesium",
                        "Magnesium rarely helps ordinary night cramps.", "Magnesium rarely helps ordinary night cramps.")));
        if (wordy) {
            for (int i = 0; i < 6; i++) {
                rows.add(row("extra_" + i, "prevention", "when:night", null, "Extra " + i, "Extra text " + i + LONG.repeat(40),
                        "Extra advice number " + i + pad + "."));
            }
        }
        Map<String, String> messages = new HashMap<>(Map.of(
                "lead.self_care", "You can usually handle this yourself.",
                "lead.see_clinician", "Book a visit with a clinician.",
                "lead.prompt_medical_advice", "Get medical advice today.",
                "lead.emergency", "This needs urgent care.",
                "general", "Most cramps pass with a gentle stretch.",
                "closing", "This is general information, not a diagnosis."));
        // the skill's own sentences as the real table words them
        for (String key : Prompts.keys()) {
            messages.put(key, REAL.message(key));
        }
        // banner titles and the words used until screening is done, as the real table words them
        for (String key : GuidanceTable.REQUIRED_MESSAGES) {
            messages.putIfAbsent(key, REAL.message(key));
        }
        TableDefinition definition = new TableDefinition("test", "Not medical advice.",
                List.of(new Reference("mayo-clinic", "Mayo Clinic: Muscle cramp", "https://example.org/mayo")),
                Map.of("oneLegSign", List.of("symptoms:one_leg_swollen", "symptoms:one_leg_red")), Map.of(), messages,
                rows);
        return GuidanceTable.compile(definition, "fixture", Requirements.NONE);
    }

    static RowDefinition row(String id, String section, String when, String careLevel, String title, String text,
            String spoken) {
        return new RowDefinition(id, section, List.of(when), 1, careLevel, title, text, spoken, List.of("mayo-clinic"));
    }

    JsonNode turn(AlexaRequests request) {
        try {
            AlexaRequestEnvelope envelope = MAPPER.readValue(request.bytes(), AlexaRequestEnvelope.class);
            // through JSON, as Alexa would carry it
            return MAPPER.readTree(MAPPER.writeValueAsBytes(dialog.handle(envelope).response()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String speech(JsonNode response) {
        return response.at("/response/outputSpeech/ssml").asText().replaceAll("<[^>]+>", " ")
                .replace("&apos;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
                .replaceAll("\\s+", " ").trim();
    }

    @Test
    void emergencyStartsWithTheCallAndEndsTheSession() {
        JsonNode r = turn(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "swollen", "one_leg_swollen", "short of breath", "short_of_breath"));
        assertTrue(speech(r).startsWith("Call 911 now. This could be a clot"),
                speech(r));
        assertTrue(r.at("/response/shouldEndSession").asBoolean());
        assertFalse(r.at("/response").has("reprompt"));
        assertFalse(r.has("sessionAttributes"));
        assertTrue(r.at("/response/outputSpeech/ssml").asText()
                .startsWith("<speak><emphasis level=\"strong\">Call <say-as interpret-as=\"digits\">911</say-as> now.</emphasis>"));
    }

    @Test
    void symptomsAddedOverTheSessionOnlyRaiseTheCareLevel() {
        JsonNode first = turn(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom", "red", "one_leg_red"));
        assertTrue(speech(first).startsWith("Get medical advice today. A swollen or red leg"), speech(first));
        assertFalse(first.at("/response/shouldEndSession").asBoolean());

        JsonNode second = turn(AlexaRequests.intent("RemedyQuestionIntent").multiSlot("remedy", "magnesium", "magnesium")
                .continuing(first.get("sessionAttributes")));
        assertTrue(speech(second).startsWith("Get medical advice today. A swollen or red leg"),
                "the warning sign is still said first: " + speech(second));

        JsonNode third = turn(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom", "breathless", "short_of_breath")
                .continuing(second.get("sessionAttributes")));
        assertTrue(speech(third).startsWith("Call 911 now."), speech(third));
        assertTrue(third.at("/response/shouldEndSession").asBoolean());
    }

    @Test
    void aMissingSlotIsAskedOnceThenTheSituationIsEvaluatedWithoutIt() {
        JsonNode ask = turn(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle"));
        assertEquals("Dialog.ElicitSlot", ask.at("/response/directives/0/type").asText());
        assertEquals(REAL.message(Prompts.ASK_MUSCLE), speech(ask));
        assertEquals("CrampNowIntent", ask.at("/sessionAttributes/pending/intent").asText());

        JsonNode unclear = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "elbow pit", null)
                .continuing(ask.get("sessionAttributes")));
        assertFalse(unclear.at("/response").has("directives"));
        assertTrue(speech(unclear).contains("Gently lengthen the muscle."), speech(unclear));
    }

    @Test
    void aFallbackAfterTheQuestionAnswersWithWhatIsKnown() {
        JsonNode ask = turn(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle"));
        JsonNode answer = turn(AlexaRequests.intent("AMAZON.FallbackIntent").continuing(ask.get("sessionAttributes")));
        assertTrue(speech(answer).contains("Gently lengthen the muscle."), speech(answer));
        assertTrue(answer.at("/response/card/content").asText().contains("Stretch the muscle"));
    }

    @Test
    void nothingIsAskedWhileAWarningSignIsKnown() {
        JsonNode flag = turn(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom", "swollen", "one_leg_swollen"));
        JsonNode answer = turn(AlexaRequests.intent("CrampNowIntent").emptySlot("muscle")
                .continuing(flag.get("sessionAttributes")));
        assertFalse(answer.at("/response").has("directives"));
        assertTrue(speech(answer).startsWith("Get medical advice today. A swollen or red leg"), speech(answer));
    }

    @Test
    void theRemedyAskedAboutIsAnsweredBeforeOtherAdvice() {
        JsonNode r = turn(AlexaRequests.intent("NightCrampIntent").slot("remedy", "magnesium", "magnesium"));
        String said = speech(r);
        assertTrue(said.indexOf("Magnesium rarely helps") < said.indexOf("Night cramps are common"), said);
        assertTrue(said.endsWith(REAL.message(Prompts.ANYTHING_ELSE)), said);
        assertTrue(said.contains("This is general information, not a diagnosis."), said);
    }

    @Test
    void speechStaysShortWhileTheCardKeepsEverything() {
        SkillDialog wordy = new SkillDialog(new Guide(table(true)), MAPPER);
        AlexaRequests request = AlexaRequests.intent("NightCrampIntent").slot("remedy", "magnesium", "magnesium");
        JsonNode r;
        try {
            r = MAPPER.readTree(MAPPER.writeValueAsBytes(wordy.handle(
                    MAPPER.readValue(request.bytes(), AlexaRequestEnvelope.class)).response()));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        String said = speech(r);
        assertTrue(said.split(" ").length <= SkillDialog.MAX_SPOKEN_WORDS, said.split(" ").length + ": " + said);
        assertTrue(said.contains("Magnesium rarely helps"), said);
        String card = r.at("/response/card/content").asText();
        assertTrue(card.length() + r.at("/response/card/title").asText().length() < 8000, "Alexa's card limit");
        assertTrue(card.contains("Extra 5"), "every matched item is on the card");
        assertTrue(card.contains("Mayo Clinic: Muscle cramp (https://example.org/mayo)"), card);
        assertTrue(card.endsWith("Not medical advice."), card);
    }

    @Test
    void textIsEscapedForSsml() {
        JsonNode r = turn(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "swollen", "one_leg_swollen", "chest pain", "chest_pain"));
        String card = r.at("/response/card/content").asText();
        assertTrue(card.contains("Clot & breathing: A leg clot may have travelled <to the lungs>."), card);
        assertFalse(r.at("/response/outputSpeech/ssml").asText().contains("<to the lungs>"));
    }

    @Test
    void unreadableSessionAttributesStartAfresh() {
        ObjectNode junk = MAPPER.createObjectNode();
        junk.put("situation", "not an object");
        junk.putArray("asked").add(7);
        JsonNode r = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf").continuing(junk));
        assertTrue(speech(r).contains("Straighten your knee"), speech(r));
    }

    @Test
    void wordsAnswerATableQuestionByValueInAnySlotOrByLabel() {
        Question otherSigns = REAL.questions().all().stream().filter(q -> q.id().equals("other_signs")).findFirst()
                .orElseThrow();
        // Alexa filed "vomiting" under the factor slot; the question is about symptoms
        Intent vomiting = intent("BackgroundIntent", "factor", "vomiting", "illness_fluid_loss");
        assertEquals(List.of("headache_or_vomiting"), QuestionAnswer.chosen(otherSigns, vomiting,
                ModelSynonyms.forLocale("en-US")).stream().map(Option::value).toList());

        Question now = REAL.questions().all().stream().filter(q -> q.id().equals("now")).findFirst().orElseThrow();
        Intent label = intent("CrampNowIntent", "crampState", "The cramp has eased, but the muscle is sore", null);
        List<Option> chosen = QuestionAnswer.chosen(now, label, ModelSynonyms.forLocale("en-US"));
        assertEquals(1, chosen.size());
        Situation sore = QuestionAnswer.apply(Situation.EMPTY, now, chosen);
        assertTrue(sore.soreAfterwards(), "a flag option sets its own field");
        assertFalse(sore.crampingNow());
    }

    private static Intent intent(String name, String slot, String heard, String id) {
        try {
            AlexaRequestEnvelope envelope = MAPPER.readValue(AlexaRequests.intent(name).slot(slot, heard, id).bytes(),
                    AlexaRequestEnvelope.class);
            return envelope.request().intent();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aWholeLegAsksWhichPartRatherThanGuessing() {
        JsonNode ask = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "my leg", SlotMeaning.LEG));
        assertEquals("Dialog.ElicitSlot", ask.at("/response/directives/0/type").asText());
        assertEquals("muscle", ask.at("/response/directives/0/slotToElicit").asText());
        assertEquals(REAL.message(Prompts.ASK_LEG_PART), speech(ask));

        JsonNode calf = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf")
                .continuing(ask.get("sessionAttributes")));
        assertTrue(speech(calf).contains("Straighten your knee"), speech(calf));

        // asked once: "my leg" again gets the answer for any muscle
        JsonNode again = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "my leg", SlotMeaning.LEG)
                .continuing(ask.get("sessionAttributes")));
        assertFalse(again.at("/response").has("directives"));
        assertTrue(speech(again).contains("Gently lengthen the muscle."), speech(again));
    }

    @Test
    void aSymptomNotUnderstoodBesideOneThatWasIsSaidAndTheWarningSignsAreReadOut() {
        JsonNode r = turn(AlexaRequests.intent("WarningSignIntent")
                .multiSlot("symptom", "swollen", "one_leg_swollen", "my knee went funny", null));
        String said = speech(r);
        assertTrue(said.startsWith(REAL.message(Prompts.OTHER_SYMPTOM_NOT_CAUGHT) + " "
                + REAL.message(Prompts.WARNING_SIGNS).replace("{number}", "911")), said);
        assertTrue(said.endsWith(REAL.message(Prompts.ASK_SYMPTOM)), said);
        assertEquals("one_leg_swollen", r.at("/sessionAttributes/situation/symptoms/0").asText(), "kept");

        JsonNode no = turn(AlexaRequests.intent("AMAZON.NoIntent").continuing(r.get("sessionAttributes")));
        assertTrue(speech(no).startsWith("Get medical advice today. A swollen or red leg"), speech(no));
    }

    @Test
    void isItSeriousIsAnsweredFromTheCareLevel() {
        JsonNode flag = turn(AlexaRequests.intent("WarningSignIntent").multiSlot("symptom", "red", "one_leg_red"));
        JsonNode serious = turn(AlexaRequests.intent(SkillDialog.HOW_SERIOUS_INTENT)
                .continuing(flag.get("sessionAttributes")));
        String said = speech(serious);
        assertTrue(said.startsWith(REAL.message(Prompts.HOW_SERIOUS).replace("{level}",
                REAL.message("voice.level.prompt_medical_advice"))), said);
        assertFalse(serious.at("/response/shouldEndSession").asBoolean());
        // what was known is kept
        assertEquals(flag.at("/sessionAttributes/situation"), serious.at("/sessionAttributes/situation"));
    }

    @Test
    void eachPieceOfAdviceIsSpokenOncePerSessionAndRepeatSaysItAgain() {
        JsonNode first = turn(AlexaRequests.intent("NightCrampIntent").slot("remedy", "magnesium", "magnesium"));
        assertTrue(speech(first).contains("Magnesium rarely helps"), speech(first));
        assertTrue(speech(first).contains("This is general information, not a diagnosis."), speech(first));

        JsonNode second = turn(AlexaRequests.intent("CrampNowIntent").slot("muscle", "calf", "calf")
                .continuing(first.get("sessionAttributes")));
        String said = speech(second);
        assertTrue(said.contains("Straighten your knee and pull your toes up."), "what is new: " + said);
        assertFalse(said.contains("Magnesium rarely helps"), "said before: " + said);
        assertFalse(said.contains("Night cramps are common"), "said before: " + said);
        assertFalse(said.contains("This is general information, not a diagnosis."), "said before: " + said);

        JsonNode repeat = turn(AlexaRequests.intent("AMAZON.RepeatIntent").continuing(second.get("sessionAttributes")));
        assertEquals(said, speech(repeat));
    }

    @Test
    void sessionEndedAndUnknownRequestsGetAnEmptyResponse() {
        JsonNode ended = turn(AlexaRequests.sessionEnded("ERROR"));
        assertEquals(0, ended.get("response").size());
        assertNull(ended.get("sessionAttributes"));
    }
}
