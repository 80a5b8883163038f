package nl.verwijsindex.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Registers and ends signals through the REST API, and reads what the retention tests check. */
final class RetentionFixtures {

    private final TestApi api;
    private final JdbcClient jdbc;
    private final Pseudonymisation pseudonymisation;

    RetentionFixtures(int port, JdbcClient jdbc, Pseudonymisation pseudonymisation) {
        this.api = new TestApi(port);
        this.jdbc = jdbc;
        this.pseudonymisation = pseudonymisation;
    }

    /** Registers the child in the professional's name on the clock's day and returns the signal's id. */
    UUID register(Person professional, String bsn) {
        var response = api.register(professional.organisation().apiToken(), bsn, professional.id());
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    /** Ends the signal as risk-gone on the clock's day, so that it moves to the archive. */
    void archive(Person professional, UUID signalId) {
        var response = api.end(professional.organisation().apiToken(), signalId, "risk-gone");
        assertThat(response.status()).as(response.text()).isIn(200, 204);
    }

    Pseudonym pseudonym(String bsn) {
        return pseudonymisation.pseudonymise(Bsn.of(bsn));
    }

    static String hex(Pseudonym pseudonym) {
        return HexFormat.of().formatHex(pseudonym.value());
    }

    boolean exists(UUID signalId) {
        return jdbc.sql("select count(*) from signals where id = ?")
                        .param(signalId)
                        .query(Long.class)
                        .single()
                == 1;
    }

    long number(UUID signalId) {
        return jdbc.sql("select number from signals where id = ?")
                .param(signalId)
                .query(Long.class)
                .single();
    }

    Optional<LocalDate> earliest23rdBirthday(UUID signalId) {
        return jdbc.sql("select earliest_23rd_birthday from signals where id = ?")
                .param(signalId)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, LocalDate.class)))
                .single();
    }

    List<MatchRow> matches() {
        return jdbc.sql("select id, type, since, ended_on from matches order by type, since, id")
                .query((rs, row) -> new MatchRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("type"),
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    List<UUID> members(UUID matchId) {
        return jdbc.sql("select signal_id from match_members where match_id = ? order by signal_id")
                .param(matchId)
                .query(UUID.class)
                .list();
    }

    /**
     * Returns the entries after the sequence number, without the notification entries that the mail
     * dispatcher may append at any moment.
     */
    static List<AuditChain.Row> entriesAfter(AuditChain chain, long sequence) {
        return chain.after(sequence).stream()
                .filter(row -> !row.action().equals("notification"))
                .toList();
    }

    /** The entry a retention job records for one run. */
    static AuditChain.Row jobEntry(long sequence, Instant at, String job, UUID run, String outcome) {
        return new AuditChain.Row(
                sequence,
                at,
                "write",
                outcome,
                "system",
                job,
                null,
                null,
                null,
                null,
                null,
                "job-run",
                run.toString(),
                null,
                null,
                job);
    }

    /** The entry recorded for one destroyed signal. */
    static AuditChain.Row signalEntry(
            long sequence, Instant at, String actor, String purpose, UUID signal, Pseudonym child) {
        return new AuditChain.Row(
                sequence,
                at,
                "write",
                "success",
                "system",
                actor,
                null,
                null,
                null,
                null,
                null,
                "signal",
                signal.toString(),
                hex(child),
                child.keyVersion(),
                purpose);
    }

    record MatchRow(
            UUID id, String type, LocalDate since, @Nullable LocalDate endedOn) {}
}
