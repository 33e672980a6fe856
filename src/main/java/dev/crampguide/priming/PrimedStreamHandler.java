package dev.crampguide.priming;

import io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ArcContainer;

/**
 * The Lambda handler for the managed Java runtime and the container image: Quarkus's own handler, which starts
 * the application during init (quarkus.snapstart.full-warmup, on by default with the Lambda extension), and then
 * one priming request through the started application, so that the first real invocation finds a warm path.
 * Deploy as {@code dev.crampguide.priming.PrimedStreamHandler::handleRequest}.
 */
public class PrimedStreamHandler extends QuarkusStreamHandler {

    public PrimedStreamHandler() {
        super();
        ArcContainer container = Arc.container();
        if (container != null && container.isRunning()) {
            container.instance(Priming.class).get().prime();
        }
    }
}
