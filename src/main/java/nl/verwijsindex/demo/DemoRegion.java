package nl.verwijsindex.demo;

import java.util.List;
import java.util.Locale;
import nl.verwijsindex.organisations.OrganisationKind;

/** Contents of the demo region. Names are invented, and email domains are in the reserved {@code .example} domain. */
final class DemoRegion {

    static final String MUNICIPALITY_CODE = "0518";
    static final String MUNICIPALITY_NAME = "'s-Gravenhage";
    /** The municipal officer of the demo municipality. */
    static final Person MUNICIPAL_OFFICER =
            new Person("Wendy de Ruiter", "wendy.deruiter", null, Locale.forLanguageTag("nl"));

    /**
     * The second municipal officer, because every outcome of a rights request needs the approval of
     * an officer other than the one who proposed it.
     */
    static final Person SECOND_MUNICIPAL_OFFICER =
            new Person("Sem Vermeulen", "sem.vermeulen", null, Locale.forLanguageTag("nl"));

    static final String MUNICIPALITY_EMAIL_DOMAIN = "denhaag.example";

    /**
     * The mailbox of the municipal coordinator, who is told about matches across municipal borders
     * and about moves. A shared team address, not a person's.
     */
    static final String MUNICIPAL_COORDINATOR_MAILBOX = "regievoering";

    /** The municipality's order of organisation kinds that proposes a coordinator for each new match. */
    static final List<OrganisationKind> COORDINATOR_PRIORITY = List.of(
            OrganisationKind.YOUTH_CARE,
            OrganisationKind.YOUTH_PROTECTION,
            OrganisationKind.SAFE_AT_HOME,
            OrganisationKind.YOUTH_HEALTH_CARE,
            OrganisationKind.SOCIAL_WORK);
    /** The functional administrator of the index, who manages every municipality. */
    static final Person FUNCTIONAL_ADMINISTRATOR =
            new Person("Bas Koster", "bas.koster", null, Locale.forLanguageTag("nl"));

    static final String FUNCTIONAL_ADMINISTRATOR_EMAIL_DOMAIN = "verwijsindex.example";

    static final List<Organisation> ORGANISATIONS = List.of(
            new Organisation(
                    "Basisschool De Vlinder",
                    OrganisationKind.EDUCATION,
                    12,
                    true,
                    "vlinder.example",
                    List.of(
                            new Person(
                                    "Sanne Verbeek", "sanne.verbeek", "+31 70 000 1101", Locale.forLanguageTag("nl")),
                            new Person(
                                    "Joost Hendriks", "joost.hendriks", "+31 70 000 1102", Locale.forLanguageTag("nl")),
                            new Person(
                                    "Amira El Idrissi",
                                    "amira.elidrissi",
                                    "+31 70 000 1103",
                                    Locale.forLanguageTag("nl")))),
            new Organisation(
                    "JGZ Den Haag",
                    OrganisationKind.YOUTH_HEALTH_CARE,
                    12,
                    false,
                    "jgz.example",
                    List.of(
                            new Person("Lotte Kramer", "lotte.kramer", "+31 70 000 2201", Locale.forLanguageTag("nl")),
                            new Person(
                                    "Pieter Dijkstra",
                                    "pieter.dijkstra",
                                    "+31 70 000 2202",
                                    Locale.forLanguageTag("nl")),
                            new Person("Noor Bakker", "noor.bakker", null, Locale.forLanguageTag("nl")))),
            new Organisation(
                    "Jeugdhulp Haaglanden",
                    OrganisationKind.YOUTH_CARE,
                    18,
                    false,
                    "jeugdhulp.example",
                    List.of(
                            new Person("Emma de Graaf", "emma.degraaf", "+31 70 000 3301", Locale.forLanguageTag("nl")),
                            new Person("Daniel Okafor", "daniel.okafor", "+31 70 000 3302", Locale.ENGLISH),
                            new Person(
                                    "Fleur van Dam", "fleur.vandam", "+31 70 000 3303", Locale.forLanguageTag("nl")))),
            new Organisation(
                    "Politie Eenheid Den Haag",
                    OrganisationKind.POLICE_JUSTICE,
                    6,
                    true,
                    "politie.example",
                    List.of(
                            new Person("Ruben Meijer", "ruben.meijer", "+31 70 000 4401", Locale.forLanguageTag("nl")),
                            new Person("Yasmin Aydın", "yasmin.aydin", "+31 70 000 4402", Locale.forLanguageTag("nl")),
                            new Person("Koen Willems", "koen.willems", null, Locale.forLanguageTag("nl")))),
            new Organisation(
                    "Maatschappelijk Werk Den Haag",
                    OrganisationKind.SOCIAL_WORK,
                    12,
                    false,
                    "mwdh.example",
                    List.of(
                            new Person("Ingrid Vos", "ingrid.vos", "+31 70 000 5501", Locale.forLanguageTag("nl")),
                            new Person(
                                    "Mohamed Bouali", "mohamed.bouali", "+31 70 000 5502", Locale.forLanguageTag("nl")),
                            new Person("Tess Jansen", "tess.jansen", "+31 70 000 5503", Locale.forLanguageTag("nl")))));

    private DemoRegion() {}

    record Organisation(
            String name,
            OrganisationKind kind,
            int defaultSignalMonths,
            boolean signalOnly,
            String emailDomain,
            List<Person> professionals) {}

    record Person(
            String name,
            String mailbox,
            @org.jspecify.annotations.Nullable String phone,
            Locale language) {}
}
