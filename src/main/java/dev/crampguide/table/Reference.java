package dev.crampguide.table;

/** A public source a row rests on: where to read it ({@code url}) and, for journal articles, its {@code doi}. */
public record Reference(String id, String title, String url, String doi) {

    public Reference(String id, String title, String url) {
        this(id, title, url, null);
    }
}
