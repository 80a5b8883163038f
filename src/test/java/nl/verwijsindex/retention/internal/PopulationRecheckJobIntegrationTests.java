package nl.verwijsindex.retention.internal;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.population.BrpStub;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ChildMoved;
import nl.verwijsindex.testing.BrpIntegrationTest;
import nl.verwijsindex.testing.QueuedEmails;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@RecordApplicationEvents
class PopulationRecheckJobIntegrationTests extends BrpIntegrationTest {

    /** Born 2017-01-01, lives in 's-Gravenhage (0518). */
    private static final String CHILD = "999970033";
    /** Lives in 's-Gravenhage (0518) too. */
    private static final String SECOND_CHILD = "999970045";

    private static final Instant NOW = Instant.parse("2026-12-04T11:00:00Z");

    @Autowired
    PopulationRecheckJob job;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    @Autowired
    ApplicationEvents events;

    AuditChain chain;
    TestApi api;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
    }

    @Test
    void scheduledWithBrpUrl() {
        assertThat(context.getBeansOfType(PopulationRecheckSchedule.class)).hasSize(1);
    }

    @Test
    void registrationStoresMunicipality() {
        register(TEACHER, CHILD);

        assertThat(residence(CHILD)).isEqualTo(new Row("0518", "resident", LocalDate.of(2026, 12, 4)));
    }

    @Test
    void deathDestroysEverything() {
        register(TEACHER, CHILD);
        brp.person(CHILD).putObject("overlijden").set("datum", BrpStub.date("20261201"));
        var before = chain.lastSequence();

        var run = job.run();

        assertThat(run).isEqualTo(new RecheckRun(run.id(), 1, 1, 1, 0, 0, 0, 0, 0, false));
        assertThat(signalCount()).isZero();
        assertThat(residenceCount()).isZero();
        var entries = chain.after(before);
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0)).isEqualTo(searchEntry(before + 1, run.id(), "success", CHILD));
        assertThat(entries.get(1))
                .extracting(
                        AuditChain.Row::action,
                        AuditChain.Row::outcome,
                        AuditChain.Row::actorId,
                        AuditChain.Row::objectType,
                        AuditChain.Row::child,
                        AuditChain.Row::purpose)
                .containsExactly(
                        "write",
                        "success",
                        "child-destruction",
                        "signal",
                        HexFormat.of().formatHex(pseudonym(CHILD).value()),
                        "destroy-death");
        assertThat(entries.get(2)).isEqualTo(runEntry(before + 3, run.id(), "success"));
    }

    @Test
    void moveIsPublishedOnce() {
        register(TEACHER, CHILD);
        register(CARER, SECOND_CHILD);
        brp.person(CHILD)
                .putObject("gemeenteVanInschrijving")
                .put("code", "0363")
                .put("omschrijving", "Amsterdam");
        clock.setDate(LocalDate.of(2026, 12, 5));

        var first = job.run();
        var second = job.run();

        assertThat(first).isEqualTo(new RecheckRun(first.id(), 2, 2, 0, 1, 0, 0, 0, 0, false));
        assertThat(second).isEqualTo(new RecheckRun(second.id(), 2, 2, 0, 0, 0, 0, 0, 0, false));
        assertThat(events.stream(ChildMoved.class)).containsExactly(new ChildMoved(pseudonym(CHILD), "0518", "0363"));
        assertThat(residence(CHILD)).isEqualTo(new Row("0363", "resident", LocalDate.of(2026, 12, 5)));
        assertThat(residence(SECOND_CHILD)).isEqualTo(new Row("0518", "resident", LocalDate.of(2026, 12, 5)));
        assertThat(signalCount()).isEqualTo(2);
    }

    @Test
    void firstCheckStoresWithoutMove() {
        register(TEACHER, CHILD);
        jdbc.sql("delete from child_residences").update();
        brp.person(CHILD)
                .putObject("gemeenteVanInschrijving")
                .put("code", "0363")
                .put("omschrijving", "Amsterdam");

        var run = job.run();

        assertThat(run.moved()).isZero();
        assertThat(events.stream(ChildMoved.class)).isEmpty();
        assertThat(residence(CHILD)).isEqualTo(new Row("0363", "resident", LocalDate.of(2026, 12, 4)));
    }

    @Test
    void emigrationKeepsSignals() {
        register(TEACHER, CHILD);
        var person = brp.person(CHILD);
        person.putObject("gemeenteVanInschrijving")
                .put("code", "1999")
                .put("omschrijving", "Registratie Niet-Ingezetenen");
        var suspension = person.putObject("opschortingBijhouding");
        suspension.putObject("reden").put("code", "E").put("omschrijving", "emigratie");
        suspension.set("datum", BrpStub.date("20261202"));

        var run = job.run();

        assertThat(run).isEqualTo(new RecheckRun(run.id(), 1, 1, 0, 0, 1, 0, 0, 0, false));
        assertThat(signalCount()).isEqualTo(1);
        assertThat(residence(CHILD)).isEqualTo(new Row("0518", "emigrated", LocalDate.of(2026, 12, 4)));
        assertThat(events.stream(ChildMoved.class)).isEmpty();
    }

    @Test
    void notFoundKeepsSignals() {
        register(TEACHER, CHILD);
        brp.remove(CHILD);
        var before = chain.lastSequence();

        var run = job.run();

        assertThat(run).isEqualTo(new RecheckRun(run.id(), 1, 1, 0, 0, 0, 1, 0, 0, false));
        assertThat(signalCount()).isEqualTo(1);
        assertThat(residence(CHILD)).isEqualTo(new Row("0518", "not-found", LocalDate.of(2026, 12, 4)));
        assertThat(chain.after(before))
                .containsExactly(
                        searchEntry(before + 1, run.id(), "success", CHILD), runEntry(before + 2, run.id(), "success"));
    }

    @Test
    void unavailableRegisterKeepsAll() {
        register(TEACHER, CHILD);
        register(CARER, SECOND_CHILD);
        brp.person(CHILD).putObject("overlijden").set("datum", BrpStub.date("20261201"));
        QueuedEmails.awaitSent(jdbc);
        var before = chain.lastSequence();
        var first = firstInOrder();

        brp.down();
        RecheckRun run;
        try {
            run = job.run();
        } finally {
            brp.up();
        }

        assertThat(run).isEqualTo(new RecheckRun(run.id(), 2, 0, 0, 0, 0, 0, 0, 0, true));
        assertThat(signalCount()).isEqualTo(2);
        assertThat(chain.after(before))
                .containsExactly(
                        searchEntry(before + 1, run.id(), "failed", first), runEntry(before + 2, run.id(), "failed"));
    }

    @Test
    void nextRunAfterOutageDestroys() {
        register(TEACHER, CHILD);
        brp.person(CHILD).putObject("overlijden").set("datum", BrpStub.date("20261201"));
        brp.down();
        try {
            job.run();
        } finally {
            brp.up();
        }

        var run = job.run();

        assertThat(run.deceased()).isEqualTo(1);
        assertThat(signalCount()).isZero();
    }

    @Test
    void endedChildIsForgottenNextDay() {
        var signal = register(TEACHER, CHILD);
        register(CARER, SECOND_CHILD);
        var ended = api.end(TEACHER.organisation().apiToken(), signal, "risk-gone");
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);

        var sameDay = job.run();
        clock.setDate(LocalDate.of(2026, 12, 5));
        var nextDay = job.run();

        assertThat(sameDay).isEqualTo(new RecheckRun(sameDay.id(), 1, 1, 0, 0, 0, 0, 0, 0, false));
        assertThat(nextDay).isEqualTo(new RecheckRun(nextDay.id(), 1, 1, 0, 0, 0, 0, 0, 1, false));
        assertThat(residenceCount()).isEqualTo(1);
        assertThat(residence(SECOND_CHILD)).isEqualTo(new Row("0518", "resident", LocalDate.of(2026, 12, 5)));
    }

    /** Returns the BSN of the child the job looks up first: the one with the lower pseudonym. */
    private String firstInOrder() {
        var child = HexFormat.of().formatHex(pseudonym(CHILD).value());
        var secondChild = HexFormat.of().formatHex(pseudonym(SECOND_CHILD).value());
        return child.compareTo(secondChild) < 0 ? CHILD : SECOND_CHILD;
    }

    private UUID register(Person professional, String bsn) {
        var response = api.post(
                professional.organisation().apiToken(),
                "/api/v1/signals",
                Map.of("bsn", bsn, "professionalId", professional.id().toString()));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    private Pseudonym pseudonym(String bsn) {
        return pseudonymisation.pseudonymise(Bsn.of(bsn));
    }

    private int signalCount() {
        return jdbc.sql("select count(*) from signals").query(Integer.class).single();
    }

    private int residenceCount() {
        return jdbc.sql("select count(*) from child_residences")
                .query(Integer.class)
                .single();
    }

    private record Row(@Nullable String municipalityCode, String registerStatus, LocalDate checkedOn) {}

    private Row residence(String bsn) {
        return jdbc.sql("select municipality_code, register_status, checked_on from child_residences"
                        + " where child_pseudonym = ?")
                .param(pseudonym(bsn).value())
                .query((rs, row) -> new Row(
                        rs.getString("municipality_code"),
                        rs.getString("register_status"),
                        rs.getObject("checked_on", LocalDate.class)))
                .single();
    }

    private AuditChain.Row searchEntry(long sequence, UUID run, String outcome, String bsn) {
        return new AuditChain.Row(
                sequence,
                NOW,
                "search",
                outcome,
                "system",
                "recheck-population",
                null,
                null,
                null,
                null,
                null,
                "job-run",
                run.toString(),
                HexFormat.of().formatHex(pseudonym(bsn).value()),
                1,
                "recheck-population");
    }

    private AuditChain.Row runEntry(long sequence, UUID run, String outcome) {
        return new AuditChain.Row(
                sequence,
                NOW,
                "write",
                outcome,
                "system",
                "recheck-population",
                null,
                null,
                null,
                null,
                null,
                "job-run",
                run.toString(),
                null,
                null,
                "recheck-population");
    }
}
