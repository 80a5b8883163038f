package nl.verwijsindex.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The languages of the web pages. Dutch is the default, because the index serves Dutch professionals. */
final class Languages {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final Locale ENGLISH = Locale.ENGLISH;
    static final List<Locale> SUPPORTED = List.of(DUTCH, ENGLISH);

    private Languages() {}

    /** Returns the supported language with the code {@code nl} or {@code en}, ignoring case. */
    static Optional<Locale> of(String code) {
        return SUPPORTED.stream()
                .filter(locale -> locale.getLanguage().equalsIgnoreCase(code))
                .findFirst();
    }
}
