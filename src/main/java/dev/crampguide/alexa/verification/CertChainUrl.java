package dev.crampguide.alexa.verification;

import dev.crampguide.alexa.verification.VerificationException.Reason;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The {@code SignatureCertChainUrl} header checked as the Alexa Skills Kit demands: scheme https, host
 * s3.amazonaws.com (both case-insensitive), port 443 if any, and after removing dot segments a path that starts
 * with {@code /echo.api/} (case-sensitive). The normalised form is what gets fetched and what keys the cache,
 * so the URL that was checked is exactly the URL that is used.
 */
public final class CertChainUrl {

    static final String HOST = "s3.amazonaws.com";
    static final String PATH_PREFIX = "/echo.api/";

    private CertChainUrl() {
    }

    public static URI normalise(String header) throws VerificationException {
        if (header == null || header.isBlank()) {
            throw new VerificationException(Reason.CERT_URL);
        }
        URI uri;
        try {
            uri = new URI(header.trim());
        } catch (URISyntaxException e) {
            throw new VerificationException(Reason.CERT_URL);
        }
        if (!uri.isAbsolute() || uri.isOpaque()
                || !"https".equals(uri.getScheme().toLowerCase(Locale.ROOT))
                || uri.getHost() == null || !HOST.equals(uri.getHost().toLowerCase(Locale.ROOT))
                || (uri.getPort() != -1 && uri.getPort() != 443)
                // user info, query or fragment have no place in Amazon's URL and could confuse a fetcher
                || uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new VerificationException(Reason.CERT_URL);
        }
        String rawPath = uri.getRawPath();
        // percent-escapes or backslashes could hide a "../" from normalisation yet be decoded by the server
        if (rawPath == null || rawPath.indexOf('%') >= 0 || rawPath.indexOf('\\') >= 0) {
            throw new VerificationException(Reason.CERT_URL);
        }
        String path = uri.normalize().getRawPath();
        if (!path.startsWith(PATH_PREFIX) || path.contains("/../") || path.length() == PATH_PREFIX.length()) {
            throw new VerificationException(Reason.CERT_URL);
        }
        return URI.create("https://" + HOST + path);
    }
}
