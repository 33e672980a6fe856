package dev.crampguide.engine;

/** The answer as it is read aloud: plain text and the same words in SSML. */
public record Speech(String text, String ssml) {
}
