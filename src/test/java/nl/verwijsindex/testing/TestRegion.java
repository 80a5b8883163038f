package nl.verwijsindex.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The organisations, professionals and API clients every integration test works with, written
 * straight into the tables once, with fixed ids and tokens. {@link #reset()} empties the index
 * (signals, matches, their coordination, messages, invitations, the region's coordinator priority
 * lists) between tests and leaves the region as it is. It also ends all
 * sessions, deletes failed logins and makes every login account usable again, so that a test may
 * log in with the same TOTP code as the test before it.
 */
public final class TestRegion {

    public static final UUID MUNICIPALITY = id("m0");

    public static final Organisation SCHOOL =
            new Organisation(id("o1"), "Basisschool De Regenboog", "education", "token-school");
    public static final Organisation YOUTH_HEALTH =
            new Organisation(id("o2"), "JGZ Haaglanden", "youth-health-care", "token-jgz");
    public static final Organisation YOUTH_CARE =
            new Organisation(id("o3"), "Jeugdhulp Zuid", "youth-care", "token-youth-care");
    public static final Organisation POLICE =
            new Organisation(id("o4"), "Politie Eenheid Den Haag", "police-justice", "token-police");
    /** An organisation whose connection to the municipality is suspended. */
    public static final Organisation SUSPENDED =
            new Organisation(id("o5"), "Opgeschorte Stichting", "other", "token-suspended");

    public static final Person TEACHER =
            new Person(id("p11"), SCHOOL, "Anna de Vries", "anna.devries@school.test", "070 111 1111", "nl");
    public static final Person HEADTEACHER =
            new Person(id("p12"), SCHOOL, "Bram Janssen", "bram.janssen@school.test", "070 111 2222", "nl");
    public static final Person NURSE =
            new Person(id("p21"), YOUTH_HEALTH, "Carla Smit", "carla.smit@jgz.test", "070 222 1111", "nl");
    public static final Person YOUTH_DOCTOR =
            new Person(id("p22"), YOUTH_HEALTH, "Daan Bakker", "daan.bakker@jgz.test", null, "nl");
    public static final Person CARER =
            new Person(id("p31"), YOUTH_CARE, "Eva Visser", "eva.visser@jeugdhulp.test", "070 333 1111", "nl");
    /** A professional who reads English. */
    public static final Person COACH =
            new Person(id("p32"), YOUTH_CARE, "Finn O'Neill", "finn.oneill@jeugdhulp.test", "+31 70 333 2222", "en");

    public static final Person OFFICER =
            new Person(id("p41"), POLICE, "Gerda Mulder", "gerda.mulder@politie.test", "0900 8844", "nl");
    /** A professional whose account is deactivated. */
    public static final Person FORMER_OFFICER =
            new Person(id("p42"), POLICE, "Hans de Boer", "hans.deboer@politie.test", null, "nl");

    public static final Person SUSPENDED_WORKER =
            new Person(id("p51"), SUSPENDED, "Iris Kok", "iris.kok@opgeschort.test", null, "nl");

    public static final List<Organisation> ORGANISATIONS = List.of(SCHOOL, YOUTH_HEALTH, YOUTH_CARE, POLICE, SUSPENDED);
    public static final List<Person> PROFESSIONALS =
            List.of(TEACHER, HEADTEACHER, NURSE, YOUTH_DOCTOR, CARER, COACH, OFFICER, FORMER_OFFICER, SUSPENDED_WORKER);

    /**
     * The {@code LIKE} pattern of the municipality codes that tests may add: 1900 to 1998, the end of
     * the range of BRP table 33 that the form accepts.
     * {@link #reset()} deletes these municipalities and leaves others, such as the demo region's.
     */
    public static final String ADDED_MUNICIPALITY_CODES = "19__";

    /** Another municipality, with one organisation and one professional, for tests of what a foreign role sees. */
    public static final UUID OTHER_MUNICIPALITY = id("m1");

    public static final Organisation OTHER_TOWN_SCHOOL =
            new Organisation(id("o9"), "Montessorischool Zaandam", "education", "token-other-town");
    public static final Person OTHER_TOWN_TEACHER =
            new Person(id("p91"), OTHER_TOWN_SCHOOL, "Jan Hoekstra", "jan.hoekstra@zaandam.test", "075 999 1111", "nl");

    /** The administrator of each organisation, the municipal officers and the functional administrator. */
    public static final Administrator SCHOOL_ADMINISTRATOR =
            Administrator.ofOrganisation("Karin Beheer", "beheer@school.test", SCHOOL);

    public static final Administrator YOUTH_CARE_ADMINISTRATOR =
            Administrator.ofOrganisation("Lars Beheer", "beheer@jeugdhulp.test", YOUTH_CARE);
    public static final Administrator OTHER_TOWN_ADMINISTRATOR =
            Administrator.ofOrganisation("Mila Beheer", "beheer@zaandam.test", OTHER_TOWN_SCHOOL);
    public static final Administrator MUNICIPAL_OFFICER =
            new Administrator("Noor Gemeente", "noor@amsterdam.test", "nl", "municipal-officer", null, MUNICIPALITY);
    public static final Administrator OTHER_MUNICIPAL_OFFICER = new Administrator(
            "Otto Gemeente", "otto@zaanstad.test", "en", "municipal-officer", null, OTHER_MUNICIPALITY);
    public static final Administrator FUNCTIONAL_ADMINISTRATOR = new Administrator(
            "Petra Functioneel", "petra@verwijsindex.test", "nl", "functional-administrator", null, null);

    private final JdbcClient jdbc;
    private volatile boolean created;

    TestRegion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties signals, matches, messages and sessions, and creates the region the first time. */
    public synchronized void reset() {
        if (!created) {
            create();
            created = true;
        }
        // Accounts that tests invited go with their invitations; no region account has one.
        jdbc.sql("delete from accounts where id in (select account_id from account_invitations)")
                .update();
        // DELETE, not TRUNCATE: the mail dispatcher reads these tables in the background, and
        // TRUNCATE's exclusive table locks, taken one table at a time, can deadlock with it.
        for (var table : List.of(
                "notification_messages",
                "invitation_messages",
                "match_contacts",
                "match_coordination",
                "match_introductions",
                "match_members",
                "matches",
                "match_candidates",
                "signals",
                "shedlock",
                "spring_session",
                "login_failures",
                "replaced_invitation_tokens",
                "user_credentials",
                "user_entities",
                // reminders and move notices
                "signal_reminders",
                "move_notices",
                // rights requests
                "objection_messages",
                "rights_requests",
                // population re-check
                "child_residences",
                // municipal oversight of matches
                "overseen_matches",
                "border_notices",
                // coordination emails
                "coordination_messages",
                // bulk import of signals
                "signal_imports")) {
            jdbc.sql("delete from " + table).update();
        }
        jdbc.sql("delete from coordination_priorities where municipality_id in (?, ?)")
                .params(MUNICIPALITY, OTHER_MUNICIPALITY)
                .update();
        restoreRegion();
        restoreMunicipalities();
        // Regions that tests added, and every municipality's place in one.
        jdbc.sql("update municipalities set region_id = null where region_id is not null")
                .update();
        jdbc.sql("delete from regions").update();
        jdbc.sql("update accounts set active = true, totp_last_step = null").update();
        // Profile tests change the language of region accounts; each gets its person's language back.
        jdbc.sql("update accounts a set language = p.language from professionals p where p.id = a.professional_id")
                .update();
        jdbc.sql("update accounts set language = 'nl' where professional_id is null and lower(email) <> ?")
                .param(OTHER_MUNICIPAL_OFFICER.email())
                .update();
        jdbc.sql("update accounts set language = ? where lower(email) = ?")
                .params(OTHER_MUNICIPAL_OFFICER.language(), OTHER_MUNICIPAL_OFFICER.email())
                .update();
        jdbc.sql("update account_recovery_codes set used_at = null").update();
    }

    /**
     * Undoes what administrator tests change: professionals they designated (with their accounts)
     * are deleted, API clients they made are deleted and the region's own clients are unrevoked,
     * and the region's organisations and professionals get their settings back.
     */
    private void restoreRegion() {
        var regionOrganisations =
                allOrganisations().stream().map(Organisation::id).toList();
        var regionProfessionals = allProfessionals().stream().map(Person::id).toList();
        var addedProfessionals = """
                select id from professionals
                where organisation_id in (:organisations) and id not in (:professionals)
                """;
        jdbc.sql("delete from account_recovery_codes where account_id in (select id from accounts"
                        + " where professional_id in (" + addedProfessionals + "))")
                .param("organisations", regionOrganisations)
                .param("professionals", regionProfessionals)
                .update();
        jdbc.sql("delete from accounts where professional_id in (" + addedProfessionals + ")")
                .param("organisations", regionOrganisations)
                .param("professionals", regionProfessionals)
                .update();
        jdbc.sql("delete from professionals where id in (" + addedProfessionals + ")")
                .param("organisations", regionOrganisations)
                .param("professionals", regionProfessionals)
                .update();
        var regionTokens = allOrganisations().stream()
                .map(organisation -> sha256(organisation.apiToken()))
                .toList();
        jdbc.sql("delete from api_clients where organisation_id in (:organisations) and token_hash not in (:hashes)")
                .param("organisations", regionOrganisations)
                .param("hashes", regionTokens)
                .update();
        jdbc.sql("update api_clients set revoked_at = null where organisation_id in (:organisations)")
                .param("organisations", regionOrganisations)
                .update();
        for (var organisation : allOrganisations()) {
            jdbc.sql("""
                            update organisations set name = ?, kind = ?, default_signal_months = 12,
                                signal_only = false, connected = ?
                            where id = ?
                            """)
                    .params(organisation.name(), organisation.kind(), organisation != SUSPENDED, organisation.id())
                    .update();
        }
        for (var person : allProfessionals()) {
            jdbc.sql("""
                            update professionals set organisation_id = ?, name = ?, email = ?, phone = ?,
                                language = ?, active = ?
                            where id = ?
                            """)
                    .params(
                            person.organisation().id(),
                            person.name(),
                            person.email(),
                            person.phone(),
                            person.language(),
                            person != FORMER_OFFICER,
                            person.id())
                    .update();
        }
    }

    /**
     * Undoes what the municipality pages change: organisations connected to the region's
     * municipalities and municipalities with a code from {@link #ADDED_MUNICIPALITY_CODES} are
     * deleted with their accounts, and the region's municipalities get their default settings back.
     */
    private void restoreMunicipalities() {
        var addedOrganisations = "select id from organisations"
                + " where municipality_id in (:municipalities) and id not in (:organisations)";
        var addedMunicipalities = "select id from municipalities where code like '" + ADDED_MUNICIPALITY_CODES + "'";
        var addedAccounts = "select id from accounts where organisation_id in (" + addedOrganisations
                + ") or municipality_id in (" + addedMunicipalities + ")";
        var regionMunicipalities = List.of(MUNICIPALITY, OTHER_MUNICIPALITY);
        var regionOrganisations =
                allOrganisations().stream().map(Organisation::id).toList();
        for (var statement : List.of(
                "delete from account_recovery_codes where account_id in (" + addedAccounts + ")",
                "delete from accounts where id in (" + addedAccounts + ")",
                "delete from api_clients where organisation_id in (" + addedOrganisations + ")",
                "delete from professionals where organisation_id in (" + addedOrganisations + ")",
                "delete from organisations where id in (" + addedOrganisations + ")",
                "delete from organisations where municipality_id in (" + addedMunicipalities + ")",
                "delete from municipalities where id in (" + addedMunicipalities + ")")) {
            var sql = jdbc.sql(statement);
            if (statement.contains(":municipalities")) {
                sql = sql.param("municipalities", regionMunicipalities).param("organisations", regionOrganisations);
            }
            sql.update();
        }
        jdbc.sql("update municipalities set coordinator_email = null, rights_request_days = 28,"
                        + " match_contact_days = 14 where id in (:municipalities)")
                .param("municipalities", regionMunicipalities)
                .update();
    }

    private static List<Organisation> allOrganisations() {
        var all = new java.util.ArrayList<>(ORGANISATIONS);
        all.add(OTHER_TOWN_SCHOOL);
        return all;
    }

    private static List<Person> allProfessionals() {
        var all = new java.util.ArrayList<>(PROFESSIONALS);
        all.add(OTHER_TOWN_TEACHER);
        return all;
    }

    private void create() {
        jdbc.sql("insert into municipalities (id, code, name) values (?, '0363', 'Amsterdam')")
                .param(MUNICIPALITY)
                .update();
        jdbc.sql("insert into municipalities (id, code, name) values (?, '0479', 'Zaanstad')")
                .param(OTHER_MUNICIPALITY)
                .update();
        for (var organisation : allOrganisations()) {
            jdbc.sql("""
                            insert into organisations (id, municipality_id, name, kind, default_signal_months, connected)
                            values (?, ?, ?, ?, 12, ?)
                            """)
                    .params(
                            organisation.id(),
                            organisation == OTHER_TOWN_SCHOOL ? OTHER_MUNICIPALITY : MUNICIPALITY,
                            organisation.name(),
                            organisation.kind(),
                            organisation != SUSPENDED)
                    .update();
            jdbc.sql(
                            "insert into api_clients (id, organisation_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            organisation.id(),
                            organisation.name() + " client",
                            sha256(organisation.apiToken()),
                            java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")))
                    .update();
        }
        for (var person : allProfessionals()) {
            jdbc.sql("""
                            insert into professionals (id, organisation_id, name, email, phone, language, active)
                            values (?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            person.id(),
                            person.organisation().id(),
                            person.name(),
                            person.email(),
                            person.phone(),
                            person.language(),
                            person != FORMER_OFFICER)
                    .update();
        }
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("test-region-" + name).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Organisation(UUID id, String name, String kind, String apiToken) {}

    public record Person(
            UUID id, Organisation organisation, String name, String email, String phone, String language) {}

    /**
     * An account that is not a professional's.
     *
     * @param role the code of the role, such as {@code municipal-officer}
     */
    public record Administrator(
            String name,
            String email,
            String language,
            String role,
            @org.jspecify.annotations.Nullable UUID organisationId,
            @org.jspecify.annotations.Nullable UUID municipalityId) {

        static Administrator ofOrganisation(String name, String email, Organisation organisation) {
            return new Administrator(name, email, "nl", "organisation-administrator", organisation.id(), null);
        }
    }
}
