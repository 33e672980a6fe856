package dev.crampguide.api;

/** Entity tags for the cacheable GET answers, which depend only on the query and the table version. */
final class ETags {

    private ETags() {
    }

    static String strong(String version) {
        return "\"" + version + "\"";
    }

    /** RFC 9110 If-None-Match: {@code *} or a list of tags, compared weakly (a W/ prefix is ignored). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
