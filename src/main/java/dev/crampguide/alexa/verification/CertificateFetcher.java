package dev.crampguide.alexa.verification;

import java.io.IOException;
import java.net.URI;

/** Downloads the PEM certificate chain named by a request; an interface so tests can serve their own chain. */
public interface CertificateFetcher {

    /** The PEM bytes at an already normalised and checked URL. */
    byte[] fetch(URI url) throws IOException;
}
