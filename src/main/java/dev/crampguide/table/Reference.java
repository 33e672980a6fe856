package dev.crampguide.table;

/** A public source a row rests on; {@code url} may be null where the article gives none. */
public record Reference(String id, String title, String url) {
}
