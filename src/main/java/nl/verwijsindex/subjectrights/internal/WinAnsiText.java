package nl.verwijsindex.subjectrights.internal;

import java.text.Normalizer;
import java.util.Map;

/**
 * The closest WinAnsi form of a letter that a PDF font without it cannot write: the letter without
 * its accents ({@code ễ} becomes {@code e}), or a fixed replacement for the few letters
 * that are not a base letter with accents, such as {@code Ł}.
 */
final class WinAnsiText {

    /** Letters with a stroke or ligature, which Unicode does not decompose into a base letter. */
    private static final Map<String, String> REPLACEMENTS = Map.of(
            "Ł", "L",
            "ł", "l",
            "Ø", "O",
            "ø", "o",
            "Đ", "D",
            "đ", "d",
            "ẞ", "SS");

    private WinAnsiText() {}

    /**
     * Returns the character without its combining marks (canonical decomposition, NFD), or its
     * replacement. {@code ß} stays, because WinAnsi has it. Returns an empty string when nothing is
     * left, for example for a lone combining mark.
     */
    static String closest(String character) {
        var replacement = REPLACEMENTS.get(character);
        if (replacement != null) {
            return replacement;
        }
        return Normalizer.normalize(character, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
