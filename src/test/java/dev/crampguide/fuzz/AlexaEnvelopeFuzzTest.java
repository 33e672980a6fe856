package dev.crampguide.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.crampguide.alexa.dialog.SkillDialog;
import dev.crampguide.alexa.dialog.Turn;
import dev.crampguide.alexa.envelope.AlexaRequestEnvelope;
import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import dev.crampguide.alexa.verification.AlexaRequestVerifier;
import dev.crampguide.alexa.verification.VerificationException;
import java.time.Clock;
import java.util.Set;

/**
 * Arbitrary bytes as an Alexa request body after the signature checks (which need no fuzzing: they only look at
 * bytes and headers): the envelope parse, the session attributes, the slots and the dialog step. Property: a
 * response envelope that serialises, or the verifier's clean refusal.
 */
class AlexaEnvelopeFuzzTest {

    // signature checks off and no allow-list: the verifier only parses, as it does after a valid signature
    private static final AlexaRequestVerifier PARSER =
            new AlexaRequestVerifier(false, null, Set.of(), Clock.systemUTC(), Outcomes.MAPPER);
    private static final SkillDialog DIALOG = new SkillDialog(Outcomes.ENGINE, Outcomes.MAPPER);

    @FuzzTest
    void envelope(byte[] body) {
        if (body.length == 0) {
            return; // AlexaResource refuses empty bodies before verifying
        }
        AlexaRequestEnvelope envelope;
        try {
            envelope = PARSER.verify(null, null, body);
        } catch (VerificationException e) {
            return; // refused: AlexaResource answers its one bare 400
        }
        Turn turn = DIALOG.handle(envelope);
        AlexaResponseEnvelope response = turn.response();
        if (response == null || response.response() == null || !AlexaResponseEnvelope.VERSION.equals(response.version())) {
            throw new AssertionError("no response envelope");
        }
        Outcomes.serialise(response);
    }
}
