package dev.crampguide.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crampguide.ContractExample;
import dev.crampguide.api.SituationInput;
import dev.crampguide.situation.Coded;
import dev.crampguide.situation.Drinking;
import dev.crampguide.situation.Factor;
import dev.crampguide.situation.Muscle;
import dev.crampguide.situation.Onset;
import dev.crampguide.situation.Remedy;
import dev.crampguide.situation.Symptom;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Structure-aware: starts from the contract's example situation and lets the fuzzer replace, remove or add
 * fields (top level and inside {@code exercise}) with values of every JSON type, valid ids included, so most
 * inputs get past the JSON syntax and exercise validation and the engine.
 */
class PostSituationFuzzTest {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectNode EXAMPLE;
    private static final List<String> TOP = List.of("muscle", "when", "crampingNow", "stillLocked", "soreAfterwards",
            "recurring", "exercise", "factors", "symptoms", "considering", "age");
    private static final List<String> EXERCISE = List.of("hot", "heavySweating", "durationMinutes",
            "harderThanTrained", "recentLoadIncrease", "hillsOrDownhill", "returningAfterBreak",
            "repetitiveMovement", "newShoes", "drinking");
    private static final List<String> IDS = new ArrayList<>();

    static {
        try {
            EXAMPLE = (ObjectNode) Outcomes.MAPPER.readTree(ContractExample.JSON);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Class<? extends Enum<?>> type : List.of(Muscle.class, Onset.class, Drinking.class, Factor.class,
                Symptom.class, Remedy.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                IDS.add(((Coded) value).id());
            }
        }
    }

    @FuzzTest
    void mutatedSituation(FuzzedDataProvider data) {
        ObjectNode root = EXAMPLE.deepCopy();
        int mutations = data.consumeInt(0, 12);
        for (int i = 0; i < mutations && data.remainingBytes() > 0; i++) {
            boolean inExercise = data.consumeBoolean();
            ObjectNode target = root;
            List<String> names = TOP;
            if (inExercise) {
                target = root.get("exercise") instanceof ObjectNode exercise ? exercise : root.putObject("exercise");
                names = EXERCISE;
            }
            String name = data.consumeBoolean() ? data.pickValue(names) : data.consumeString(12);
            switch (data.consumeInt(0, 2)) {
                case 0 -> target.remove(name);
                default -> target.set(name, value(data, 3));
            }
        }
        byte[] body = Outcomes.serialise(root);
        Outcomes.guidanceOrProblem(() -> SituationInput.fromBody(Outcomes.MAPPER, body));
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth > 0 ? 11 : 9)) {
            case 0: return JSON.nullNode();
            case 1: return JSON.booleanNode(data.consumeBoolean());
            case 2: return JSON.numberNode(data.consumeInt());
            case 3: return JSON.numberNode(data.consumeLong());
            case 4: return JSON.numberNode(data.consumeDouble());
            case 5: return JSON.numberNode(new BigInteger(1, data.consumeBytes(24)).negate().add(BigInteger.valueOf(data.consumeInt(-1, 1))));
            case 6: return JSON.numberNode(new BigDecimal(BigInteger.valueOf(data.consumeLong()), data.consumeInt(-500, 500)));
            case 7: return JSON.textNode(data.pickValue(IDS));
            case 8: return JSON.textNode(data.consumeString(64));
            case 9: return JSON.textNode(data.pickValue(IDS).toUpperCase() + data.consumeString(2));
            case 10: {
                ArrayNode array = JSON.arrayNode();
                int n = data.consumeInt(0, 20);
                for (int i = 0; i < n; i++) {
                    array.add(value(data, depth - 1));
                }
                return array;
            }
            default: {
                ObjectNode object = JSON.objectNode();
                int n = data.consumeInt(0, 6);
                for (int i = 0; i < n; i++) {
                    object.set(data.consumeBoolean() ? data.pickValue(EXERCISE) : data.consumeString(8), value(data, depth - 1));
                }
                return object;
            }
        }
    }
}
