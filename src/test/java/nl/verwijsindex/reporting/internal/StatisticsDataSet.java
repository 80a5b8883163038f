package nl.verwijsindex.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import nl.verwijsindex.testing.TestRegion;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fourteen months of generated activity, written straight into the tables. Two regions of
 * municipalities have organisations of several kinds. Signals are registered from 1 November 2025 to
 * 4 December 2026, with none in February 2026, and some of them ended. The data set contains child and
 * family matches, matches across municipality borders, and children with 3, 4 and 5 professionals on
 * the last day. The fixed seed gives the same data set on every run.
 *
 * <p>Region North holds the test region's municipality (0363) and 1901 and 1902; region South holds
 * the other municipality (0479) and 1903. {@link #delete()} removes what {@link TestRegion#reset()}
 * does not: the added municipalities' professionals and organisations.
 */
final class StatisticsDataSet {

    static final UUID NORTH = UUID.nameUUIDFromBytes("statistics-region-north".getBytes(StandardCharsets.UTF_8));
    static final UUID SOUTH = UUID.nameUUIDFromBytes("statistics-region-south".getBytes(StandardCharsets.UTF_8));
    static final UUID MUNICIPALITY_1901 = id("municipality-1901");
    static final UUID MUNICIPALITY_1902 = id("municipality-1902");
    static final UUID MUNICIPALITY_1903 = id("municipality-1903");

    static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 4);
    static final YearMonth MONTH_WITHOUT_REGISTRATIONS = YearMonth.of(2026, 2);

    private static final int CHILDREN = 700;

    private final JdbcClient jdbc;
    private final Random random = new Random(20261204);
    private final List<UUID> northProfessionals = new ArrayList<>();
    private final List<UUID> southProfessionals = new ArrayList<>();
    private final java.util.Map<UUID, UUID> organisationOfProfessional = new java.util.HashMap<>();

    StatisticsDataSet(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the regions, organisations, professionals, signals and matches. */
    void create() {
        addRegions();
        addRegionProfessionals();
        addOrganisation(MUNICIPALITY_1901, "youth-care", northProfessionals);
        addOrganisation(MUNICIPALITY_1901, "social-work", northProfessionals);
        addOrganisation(MUNICIPALITY_1902, "education", northProfessionals);
        addOrganisation(MUNICIPALITY_1902, "safe-at-home", northProfessionals);
        addOrganisation(MUNICIPALITY_1903, "youth-health-care", southProfessionals);
        addOrganisation(MUNICIPALITY_1903, "health-care", southProfessionals);
        addOrganisation(MUNICIPALITY_1903, "youth-protection", southProfessionals);

        var children = new ArrayList<GeneratedChild>();
        for (int i = 0; i < CHILDREN; i++) {
            children.add(addChild(i));
        }
        addChildMatches(children);
        addFamilyMatches(children);
        addChildWithProfessionals(CHILDREN, 3);
        addChildWithProfessionals(CHILDREN + 1, 4);
    }

    /** Deletes what {@link TestRegion#reset()} leaves: the added municipalities and their organisations. */
    void delete() {
        var added = "select id from organisations where municipality_id in (select id from municipalities"
                + " where code like '" + TestRegion.ADDED_MUNICIPALITY_CODES + "')";
        for (var statement : List.of(
                "delete from match_members",
                "delete from matches",
                "delete from match_candidates",
                "delete from signals",
                "delete from professionals where organisation_id in (" + added + ")",
                "delete from organisations where id in (" + added + ")",
                "update municipalities set region_id = null",
                "delete from regions",
                "delete from municipalities where code like '" + TestRegion.ADDED_MUNICIPALITY_CODES + "'")) {
            jdbc.sql(statement).update();
        }
    }

    private void addRegions() {
        jdbc.sql("insert into regions (id, name) values (?, 'Regio Noord'), (?, 'Regio Zuid')")
                .params(NORTH, SOUTH)
                .update();
        for (var municipality : List.of(
                new Object[] {MUNICIPALITY_1901, "1901", "Noorddorp", NORTH},
                new Object[] {MUNICIPALITY_1902, "1902", "Noordstad", NORTH},
                new Object[] {MUNICIPALITY_1903, "1903", "Zuiddorp", SOUTH})) {
            jdbc.sql("insert into municipalities (id, code, name, region_id) values (?, ?, ?, ?)")
                    .params(municipality)
                    .update();
        }
        jdbc.sql("update municipalities set region_id = ? where id = ?")
                .params(NORTH, TestRegion.MUNICIPALITY)
                .update();
        jdbc.sql("update municipalities set region_id = ? where id = ?")
                .params(SOUTH, TestRegion.OTHER_MUNICIPALITY)
                .update();
    }

    private void addRegionProfessionals() {
        for (var person : TestRegion.PROFESSIONALS) {
            if (person.organisation() != TestRegion.SUSPENDED) {
                northProfessionals.add(person.id());
                organisationOfProfessional.put(
                        person.id(), person.organisation().id());
            }
        }
        southProfessionals.add(TestRegion.OTHER_TOWN_TEACHER.id());
        organisationOfProfessional.put(TestRegion.OTHER_TOWN_TEACHER.id(), TestRegion.OTHER_TOWN_SCHOOL.id());
    }

    private void addOrganisation(UUID municipalityId, String kind, List<UUID> professionals) {
        var organisationId = id("organisation-" + municipalityId + "-" + kind);
        jdbc.sql("insert into organisations (id, municipality_id, name, kind) values (?, ?, ?, ?)")
                .params(organisationId, municipalityId, "Organisatie " + kind, kind)
                .update();
        for (int i = 0; i < 4; i++) {
            var professionalId = id("professional-" + organisationId + "-" + i);
            jdbc.sql("insert into professionals (id, organisation_id, name, email) values (?, ?, ?, ?)")
                    .params(professionalId, organisationId, "Beroepskracht " + i, professionalId + "@statistics.test")
                    .update();
            professionals.add(professionalId);
            organisationOfProfessional.put(professionalId, organisationId);
        }
    }

    /**
     * Adds a child with 1 to 5 signals of different professionals, mostly of its own region and one in
     * eight also from the other region.
     */
    private GeneratedChild addChild(int number) {
        var own = random.nextBoolean() ? northProfessionals : southProfessionals;
        var pool = new ArrayList<>(own);
        if (random.nextInt(8) == 0) {
            pool.addAll(own == northProfessionals ? southProfessionals : northProfessionals);
        }
        java.util.Collections.shuffle(pool, random);
        int[] sizes = {1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5};
        int signals = Math.min(sizes[random.nextInt(sizes.length)], pool.size());

        var child = new GeneratedChild(pseudonym("child-" + number), new ArrayList<>());
        for (int i = 0; i < signals; i++) {
            child.signals().add(addSignal(child.pseudonym(), pool.get(i), registrationDay(), true));
        }
        return child;
    }

    /** Adds a child whose {@code professionals} signals are all active on the last day. */
    private void addChildWithProfessionals(int number, int professionals) {
        var child = pseudonym("child-" + number);
        for (int i = 0; i < professionals; i++) {
            addSignal(child, northProfessionals.get(i), LocalDate.of(2026, 6, 10 + i), false);
        }
    }

    private GeneratedSignal addSignal(byte[] child, UUID professionalId, LocalDate registeredOn, boolean mayEnd) {
        var signalId = UUID.randomUUID();
        LocalDate endedOn = null;
        if (mayEnd && random.nextInt(10) < 3) {
            var ended = registeredOn.plusDays(10 + random.nextInt(200));
            endedOn = ended.isAfter(LAST_DAY) ? null : ended;
        }
        jdbc.sql("""
                        insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                            bsn_ciphertext, encryption_key_version, professional_id, organisation_id, registered_on,
                            end_date, status, ended_on, end_reason, created_at)
                        values (?, ?, '{}', 1, ?, 1, ?, ?, ?, ?, ?, ?, ?, now())
                        """)
                .params(
                        signalId,
                        child,
                        new byte[] {1, 2, 3},
                        professionalId,
                        organisationOfProfessional.get(professionalId),
                        Date.valueOf(registeredOn),
                        Date.valueOf(registeredOn.plusYears(1)),
                        endedOn == null ? "active" : "archived",
                        endedOn == null ? null : Date.valueOf(endedOn),
                        endedOn == null ? null : "risk-gone")
                .update();
        jdbc.sql("""
                        insert into match_candidates (signal_id, child_pseudonym, parent_pseudonyms, professional_id, active)
                        values (?, ?, '{}', ?, ?)
                        """).params(signalId, child, professionalId, endedOn == null).update();
        return new GeneratedSignal(signalId, registeredOn);
    }

    /** Returns a day from the first day to the last, never in the month without registrations. */
    private LocalDate registrationDay() {
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay() + 1;
        while (true) {
            var day = FIRST_DAY.plusDays(random.nextLong(days));
            if (!YearMonth.from(day).equals(MONTH_WITHOUT_REGISTRATIONS)) {
                return day;
            }
        }
    }

    /** Makes a child match of every child with 2 or more signals, on the day its second signal came. */
    private void addChildMatches(List<GeneratedChild> children) {
        for (var child : children) {
            if (child.signals().size() < 2) {
                continue;
            }
            var days = child.signals().stream()
                    .map(GeneratedSignal::registeredOn)
                    .sorted()
                    .toList();
            addMatch("child", child.pseudonym(), null, days.get(1), child.signals());
        }
    }

    /** Makes a family match between one child in four and the next child, with the first signal of each. */
    private void addFamilyMatches(List<GeneratedChild> children) {
        for (int i = 0; i + 1 < children.size(); i += 2) {
            if (random.nextInt(4) != 0) {
                continue;
            }
            var pair = List.of(children.get(i), children.get(i + 1)).stream()
                    .sorted(Comparator.comparing(GeneratedChild::pseudonym, Arrays::compareUnsigned))
                    .toList();
            var first = pair.get(0).signals().get(0);
            var second = pair.get(1).signals().get(0);
            var since =
                    first.registeredOn().isAfter(second.registeredOn()) ? first.registeredOn() : second.registeredOn();
            addMatch("family", pair.get(0).pseudonym(), pair.get(1).pseudonym(), since, List.of(first, second));
        }
    }

    private void addMatch(
            String type, byte[] child, byte[] otherChild, LocalDate since, List<GeneratedSignal> members) {
        var matchId = UUID.randomUUID();
        jdbc.sql("""
                        insert into matches (id, type, child_pseudonym, other_child_pseudonym, since)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(matchId, type, child, otherChild, Date.valueOf(since))
                .update();
        for (var member : members) {
            jdbc.sql("insert into match_members (match_id, signal_id, joined_on) values (?, ?, ?)")
                    .params(matchId, member.id(), Date.valueOf(since))
                    .update();
        }
    }

    private static byte[] pseudonym(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID id(String name) {
        return UUID.nameUUIDFromBytes(("statistics-" + name).getBytes(StandardCharsets.UTF_8));
    }

    private record GeneratedChild(byte[] pseudonym, List<GeneratedSignal> signals) {}

    private record GeneratedSignal(UUID id, LocalDate registeredOn) {}
}
