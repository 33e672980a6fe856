package dev.crampguide.alexa.verification;

import java.security.cert.TrustAnchor;
import java.util.Set;

/** The roots an Alexa signing certificate chain must lead to; an interface so tests can trust their own CA. */
public interface TrustAnchorSource {

    Set<TrustAnchor> trustAnchors();
}
