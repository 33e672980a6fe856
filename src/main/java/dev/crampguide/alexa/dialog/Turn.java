package dev.crampguide.alexa.dialog;

import dev.crampguide.alexa.envelope.AlexaResponseEnvelope;
import java.util.List;

/**
 * One answered request plus what may be logged about it: the intent name and the matched row ids, never the
 * situation itself.
 */
public record Turn(AlexaResponseEnvelope response, String intentName, List<String> matchedRowIds) {
}
