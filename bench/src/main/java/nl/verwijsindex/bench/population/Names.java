package nl.verwijsindex.bench.population;

import java.util.List;

/**
 * Short lists of common given names and family names in the Netherlands. The index never shows a
 * child's name, but the register returns names, so the stub does too.
 */
public final class Names {

    public static final List<String> GIRLS = List.of(
            "Emma", "Julia", "Mila", "Tess", "Sophie", "Zoë", "Sara", "Nora", "Yara", "Eva", "Liv", "Lotte", "Anna",
            "Noor", "Fenna", "Saar", "Lieke", "Fleur", "Isa", "Evi", "Maria", "Fatima", "Aya", "Sanne");

    public static final List<String> BOYS = List.of(
            "Noah",
            "Luca",
            "Liam",
            "Sem",
            "Lucas",
            "Daan",
            "Finn",
            "Levi",
            "Milan",
            "Bram",
            "Jesse",
            "Thomas",
            "Mees",
            "Sam",
            "Adam",
            "Max",
            "Thijs",
            "Ruben",
            "Mohammed",
            "Ali",
            "Jan",
            "Pieter",
            "Kees",
            "Mark");

    /** Family names as {@code prefix|name}; the prefix (voorvoegsel) may be empty. */
    public static final List<String> FAMILY_NAMES = List.of(
            "de|Jong",
            "|Jansen",
            "de|Vries",
            "van den|Berg",
            "van|Dijk",
            "|Bakker",
            "|Janssen",
            "|Visser",
            "|Smit",
            "|Meijer",
            "de|Boer",
            "|Mulder",
            "de|Groot",
            "|Bos",
            "|Vos",
            "|Peters",
            "|Hendriks",
            "van|Leeuwen",
            "|Dekker",
            "|Brouwer",
            "de|Wit",
            "|Dijkstra",
            "|Smits",
            "de|Graaf",
            "van der|Meer",
            "van der|Linden",
            "|Kok",
            "|Jacobs",
            "de|Haan",
            "|Vermeulen",
            "van den|Heuvel",
            "van der|Veen",
            "|Yılmaz",
            "|Kaya",
            "|El Amrani",
            "|Nguyen",
            "|Öztürk",
            "|Hoekstra",
            "|Maas",
            "|Verhoeven");

    private Names() {}

    public static String prefix(int familyName) {
        var entry = FAMILY_NAMES.get(familyName);
        return entry.substring(0, entry.indexOf('|'));
    }

    public static String surname(int familyName) {
        var entry = FAMILY_NAMES.get(familyName);
        return entry.substring(entry.indexOf('|') + 1);
    }
}
