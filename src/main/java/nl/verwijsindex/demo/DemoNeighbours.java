package nl.verwijsindex.demo;

import java.util.List;
import java.util.Locale;
import nl.verwijsindex.demo.DemoRegion.Organisation;
import nl.verwijsindex.demo.DemoRegion.Person;
import nl.verwijsindex.organisations.OrganisationKind;

/**
 * The region of the demo municipality and the other municipalities in it, by their codes of BRP
 * table 33, each with organisations of mixed kinds. Names are invented, and email domains are in the
 * reserved {@code .example} domain. Their people get no login, because the demo shows the region
 * through the demo municipality.
 */
final class DemoNeighbours {

    /** The youth-care region of 's-Gravenhage. */
    static final String REGION_NAME = "Haaglanden";

    static final List<Neighbour> MUNICIPALITIES = List.of(
            new Neighbour(
                    "0503",
                    "Delft",
                    List.of(
                            organisation(
                                    "Montessorischool Delft-Zuid",
                                    OrganisationKind.EDUCATION,
                                    12,
                                    true,
                                    "montessori-delft.example",
                                    person("Anouk Smits", "anouk.smits"),
                                    person("Rik de Boer", "rik.deboer")),
                            organisation(
                                    "Jeugdteam Delft",
                                    OrganisationKind.YOUTH_CARE,
                                    18,
                                    false,
                                    "jeugdteam-delft.example",
                                    person("Maud Visser", "maud.visser"),
                                    person("Thijs Mulder", "thijs.mulder")),
                            organisation(
                                    "GGD Delft",
                                    OrganisationKind.YOUTH_HEALTH_CARE,
                                    12,
                                    false,
                                    "ggd-delft.example",
                                    person("Esra Kaya", "esra.kaya"),
                                    person("Jeroen Peeters", "jeroen.peeters")))),
            new Neighbour(
                    "0603",
                    "Rijswijk",
                    List.of(
                            organisation(
                                    "Scholengemeenschap Rijswijk",
                                    OrganisationKind.EDUCATION,
                                    12,
                                    true,
                                    "sg-rijswijk.example",
                                    person("Laura Hoekstra", "laura.hoekstra"),
                                    person("Bram Kuipers", "bram.kuipers")),
                            organisation(
                                    "Wijkteam Rijswijk",
                                    OrganisationKind.SOCIAL_WORK,
                                    12,
                                    false,
                                    "wijkteam-rijswijk.example",
                                    person("Naima Amrani", "naima.amrani"),
                                    person("Gijs Brouwer", "gijs.brouwer")),
                            organisation(
                                    "Jeugdbescherming West Rijswijk",
                                    OrganisationKind.YOUTH_PROTECTION,
                                    24,
                                    false,
                                    "jbw-rijswijk.example",
                                    person("Iris van Leeuwen", "iris.vanleeuwen"),
                                    person("Stijn Bos", "stijn.bos")))),
            new Neighbour(
                    "0637",
                    "Zoetermeer",
                    List.of(
                            organisation(
                                    "Politie Basisteam Zoetermeer",
                                    OrganisationKind.POLICE_JUSTICE,
                                    6,
                                    true,
                                    "politie-zoetermeer.example",
                                    person("Sven Dekker", "sven.dekker"),
                                    person("Lisa Prins", "lisa.prins")),
                            organisation(
                                    "Veilig Thuis Haaglanden",
                                    OrganisationKind.SAFE_AT_HOME,
                                    12,
                                    false,
                                    "veiligthuis.example",
                                    person("Femke Schouten", "femke.schouten"),
                                    person("Omar Haddou", "omar.haddou")),
                            organisation(
                                    "Jeugdhulp Zoetermeer",
                                    OrganisationKind.YOUTH_CARE,
                                    18,
                                    false,
                                    "jeugdhulp-zoetermeer.example",
                                    person("Kim Verhoeven", "kim.verhoeven"),
                                    person("Lars van Wijk", "lars.vanwijk")))));

    private DemoNeighbours() {}

    /** A municipality of the demo region besides the demo municipality. */
    record Neighbour(String code, String name, List<Organisation> organisations) {}

    private static Organisation organisation(
            String name,
            OrganisationKind kind,
            int defaultSignalMonths,
            boolean signalOnly,
            String emailDomain,
            Person... professionals) {
        return new Organisation(name, kind, defaultSignalMonths, signalOnly, emailDomain, List.of(professionals));
    }

    private static Person person(String name, String mailbox) {
        return new Person(name, mailbox, null, Locale.forLanguageTag("nl"));
    }
}
