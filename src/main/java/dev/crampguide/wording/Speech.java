package dev.crampguide.wording;

/** The answer as it is read aloud: plain text and the same words in SSML. */
public record Speech(String text, String ssml) {

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
