package nl.verwijsindex.bench.population;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The municipalities that the population lives in: codes and names as BRP table 33
 * (Gemeententabel) has them, each weighted by its number of inhabitants. The weights are estimates
 * in thousands, rounded, of the size around 2024. They only set how households spread, so a
 * difference of a few percent does not matter.
 */
public final class Municipalities {

    /** A municipality of BRP table 33 and its weight. */
    public record Municipality(String code, String name, int weight) {}

    public static final List<Municipality> ALL = List.of(
            new Municipality("0363", "Amsterdam", 930),
            new Municipality("0599", "Rotterdam", 670),
            new Municipality("0518", "'s-Gravenhage", 560),
            new Municipality("0344", "Utrecht", 370),
            new Municipality("0772", "Eindhoven", 240),
            new Municipality("0014", "Groningen", 240),
            new Municipality("0855", "Tilburg", 225),
            new Municipality("0034", "Almere", 220),
            new Municipality("0758", "Breda", 185),
            new Municipality("0268", "Nijmegen", 180),
            new Municipality("0200", "Apeldoorn", 168),
            new Municipality("0202", "Arnhem", 165),
            new Municipality("0392", "Haarlem", 163),
            new Municipality("0394", "Haarlemmermeer", 160),
            new Municipality("0307", "Amersfoort", 160),
            new Municipality("0153", "Enschede", 160),
            new Municipality("0479", "Zaanstad", 158),
            new Municipality("0796", "'s-Hertogenbosch", 158),
            new Municipality("0193", "Zwolle", 132),
            new Municipality("0546", "Leiden", 127),
            new Municipality("0637", "Zoetermeer", 127),
            new Municipality("0080", "Leeuwarden", 126),
            new Municipality("0935", "Maastricht", 122),
            new Municipality("0505", "Dordrecht", 121),
            new Municipality("0228", "Ede", 120),
            new Municipality("1783", "Westland", 114),
            new Municipality("0361", "Alkmaar", 111),
            new Municipality("0114", "Emmen", 108),
            new Municipality("0503", "Delft", 105),
            new Municipality("0983", "Venlo", 102),
            new Municipality("0150", "Deventer", 102),
            new Municipality("0362", "Amstelveen", 95),
            new Municipality("0794", "Helmond", 94),
            new Municipality("0828", "Oss", 94),
            new Municipality("0439", "Purmerend", 93),
            new Municipality("0402", "Hilversum", 92),
            new Municipality("1900", "Súdwest-Fryslân", 91),
            new Municipality("1883", "Sittard-Geleen", 91),
            new Municipality("0917", "Heerlen", 87),
            new Municipality("1930", "Nissewaard", 86),
            new Municipality("0164", "Hengelo (O)", 82),
            new Municipality("0995", "Lelystad", 80),
            new Municipality("0513", "Gouda", 75),
            new Municipality("0180", "Staphorst", 18),
            new Municipality("0184", "Urk", 22));

    /** Code and name of the register of non-residents (RNI), where an emigrated person's record is kept. */
    public static final Municipality NON_RESIDENTS = new Municipality("1999", "Registratie Niet Ingezetenen (RNI)", 0);

    private static final int[] CUMULATIVE = cumulativeWeights();

    private Municipalities() {}

    /** Draws a municipality's position in {@link #ALL}, in proportion to its weight. */
    public static int draw(SplittableRandom random) {
        int ticket = random.nextInt(CUMULATIVE[CUMULATIVE.length - 1]);
        for (int i = 0; i < CUMULATIVE.length; i++) {
            if (ticket < CUMULATIVE[i]) {
                return i;
            }
        }
        throw new IllegalStateException("ticket " + ticket + " is outside the weights");
    }

    public static Municipality byCode(String code) {
        for (var municipality : ALL) {
            if (municipality.code().equals(code)) {
                return municipality;
            }
        }
        return code.equals(NON_RESIDENTS.code()) ? NON_RESIDENTS : null;
    }

    private static int[] cumulativeWeights() {
        var cumulative = new int[ALL.size()];
        int total = 0;
        for (int i = 0; i < ALL.size(); i++) {
            total += ALL.get(i).weight();
            cumulative[i] = total;
        }
        return cumulative;
    }
}
