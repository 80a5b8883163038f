package nl.verwijsindex.subjectrights.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code rights_requests} table. Every read is scoped to one municipality. */
@Repository
class RightsRequests {

    private static final String COLUMNS = """
            id, number, municipality_id, kind, requester, stated_age, received_on, deadline, status, recorded_by,
            child_pseudonym, pseudonym_key_version, bsn_ciphertext, encryption_key_version, register_age,
            proposal, proposal_note, proposed_by, decided_by, decided_by_name, decided_at, sent_back_by_name,
            sent_back_reason
            """;

    private final JdbcClient jdbc;

    RightsRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts an open request and returns its number. */
    long insert(
            UUID id,
            UUID municipalityId,
            RequestKind kind,
            Requester requester,
            AgeCategory statedAge,
            LocalDate receivedOn,
            LocalDate deadline,
            UUID recordedBy,
            Instant now) {
        return jdbc.sql("""
                        insert into rights_requests (id, municipality_id, kind, requester, stated_age, received_on,
                               deadline, status, recorded_by, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, 'open', ?, ?)
                        returning number
                        """)
                .params(
                        id,
                        municipalityId,
                        kind.code(),
                        requester.code(),
                        statedAge.code(),
                        receivedOn,
                        deadline,
                        recordedBy,
                        Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /** Returns the request when it belongs to the municipality, locked until the transaction ends. */
    Optional<RightsRequest> lock(UUID id, UUID municipalityId) {
        return jdbc.sql("select " + COLUMNS + " from rights_requests where id = ? and municipality_id = ? for update")
                .params(id, municipalityId)
                .query((rs, row) -> read(rs))
                .optional();
    }

    Optional<RightsRequest> find(UUID id, UUID municipalityId) {
        return jdbc.sql("select " + COLUMNS + " from rights_requests where id = ? and municipality_id = ?")
                .params(id, municipalityId)
                .query((rs, row) -> read(rs))
                .optional();
    }

    /** Returns the municipality's requests: first those not yet approved, each group by deadline. */
    List<RightsRequest> ofMunicipality(UUID municipalityId) {
        return jdbc.sql("select " + COLUMNS + " from rights_requests where municipality_id = ?"
                        + " order by status = 'approved', deadline, number")
                .param(municipalityId)
                .query((rs, row) -> read(rs))
                .list();
    }

    void storeChild(UUID id, Pseudonym child, EncryptedBsn bsn, AgeCategory registerAge) {
        jdbc.sql("""
                        update rights_requests
                           set child_pseudonym = ?, pseudonym_key_version = ?, bsn_ciphertext = ?,
                               encryption_key_version = ?, register_age = ?
                         where id = ?
                        """)
                .params(child.value(), child.keyVersion(), bsn.ciphertext(), bsn.keyVersion(), registerAge.code(), id)
                .update();
    }

    void storeProposal(UUID id, Proposal proposal, @Nullable String note, UUID proposedBy) {
        jdbc.sql("""
                        update rights_requests set status = 'proposed', proposal = ?, proposal_note = ?, proposed_by = ?,
                               sent_back_by = null, sent_back_by_name = null, sent_back_reason = null
                         where id = ?
                        """).params(proposal.code(), note, proposedBy, id).update();
    }

    /** Opens the request again and keeps who sent the proposal back, and why, for the proposer. */
    void reopen(UUID id, UUID sentBackBy, String sentBackByName, @Nullable String reason) {
        jdbc.sql("""
                        update rights_requests set status = 'open', proposal = null, proposal_note = null,
                               proposed_by = null, sent_back_by = ?, sent_back_by_name = ?, sent_back_reason = ?
                         where id = ?
                        """).params(sentBackBy, sentBackByName, reason, id).update();
    }

    void approve(UUID id, UUID decidedBy, String decidedByName, Instant now) {
        jdbc.sql("""
                        update rights_requests set status = 'approved', decided_by = ?, decided_by_name = ?,
                               decided_at = ?
                         where id = ?
                        """).params(decidedBy, decidedByName, Timestamp.from(now), id).update();
    }

    /** Deletes every request about the child and returns how many. */
    int deleteOfChild(Pseudonym child) {
        return jdbc.sql("delete from rights_requests where child_pseudonym = ? and pseudonym_key_version = ?")
                .params(child.value(), child.keyVersion())
                .update();
    }

    private static RightsRequest read(ResultSet rs) throws SQLException {
        var pseudonym = rs.getBytes("child_pseudonym");
        var ciphertext = rs.getBytes("bsn_ciphertext");
        var registerAge = rs.getString("register_age");
        var proposal = rs.getString("proposal");
        var decidedAt = rs.getTimestamp("decided_at");
        return new RightsRequest(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getObject("municipality_id", UUID.class),
                RequestKind.fromCode(rs.getString("kind")).orElseThrow(),
                Requester.fromCode(rs.getString("requester")).orElseThrow(),
                AgeCategory.fromCode(rs.getString("stated_age")).orElseThrow(),
                rs.getObject("received_on", LocalDate.class),
                rs.getObject("deadline", LocalDate.class),
                RequestStatus.ofCode(rs.getString("status")),
                rs.getObject("recorded_by", UUID.class),
                pseudonym == null ? null : new Pseudonym(rs.getInt("pseudonym_key_version"), pseudonym),
                ciphertext == null ? null : new EncryptedBsn(rs.getInt("encryption_key_version"), ciphertext),
                registerAge == null ? null : AgeCategory.fromCode(registerAge).orElseThrow(),
                proposal == null ? null : Proposal.fromCode(proposal).orElseThrow(),
                rs.getString("proposal_note"),
                rs.getObject("proposed_by", UUID.class),
                rs.getObject("decided_by", UUID.class),
                rs.getString("decided_by_name"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("sent_back_by_name"),
                rs.getString("sent_back_reason"));
    }
}
