package dev.crampguide.priming;

import com.amazonaws.services.lambda.runtime.Context;
import dev.crampguide.config.CrampGuideConfig;
import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;

/**
 * The Lambda handler for the managed Java runtime and the container image: Quarkus's own handler, which starts
 * the application during init (quarkus.snapstart.full-warmup, on by default with the Lambda extension), and then
 * one priming request through the started application, so that the first real invocation finds a warm path.
 * Every invocation goes through {@link LostAnswerGuard}, which sends an event again if the adapter lost it.
 * Deploy as {@code dev.crampguide.priming.PrimedStreamHandler::handleRequest}.
 */
public class PrimedStreamHandler extends QuarkusStreamHandler {

    private final LostAnswerGuard guard;

    public PrimedStreamHandler() {
        super();
        ArcContainer container = Arc.container();
        Duration wait = LostAnswerGuard.DEFAULT_WAIT;
        if (container != null && container.isRunning()) {
            wait = container.instance(CrampGuideConfig.class).get().lostAnswer().resendAfter();
            container.instance(Priming.class).get().prime();
        }
        guard = new LostAnswerGuard(wait);
    }

    @Override
    public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
        guard.answer(in.readAllBytes(), out,
                (event, answer) -> super.handleRequest(new ByteArrayInputStream(event), answer, context));
    }
}
