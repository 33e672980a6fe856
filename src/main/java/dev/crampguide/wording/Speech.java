package dev.crampguide.wording;

import java.util.List;

/**
 * The answer as it is read aloud: plain text and the same words in SSML, and what it said by name (the matched rows'
 * ids and the keys of the table's own sentences, see {@link Voice#alreadySaid()}) so a conversation can leave them out
 * next time. Only {@code text} and {@code ssml} are the contract's.
 */
public record Speech(String text, String ssml, List<String> said) {

    public Speech {
        said = List.copyOf(said);
    }

    /** Words as a listener hears them: runs of non-space; null or blank is none. */
    public static int words(String text) {
        if (text == null) {
            return 0;
        }
        String trimmed = text.trim();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }

    /** Makes plain text safe inside SSML, which is XML. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&apos;");
    }
}
