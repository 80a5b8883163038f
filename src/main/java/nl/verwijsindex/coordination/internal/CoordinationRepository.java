package nl.verwijsindex.coordination.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.CoordinationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code match_coordination} and {@code match_contacts}. */
@Repository
class CoordinationRepository {

    private static final String COLUMNS = """
            match_id, status, proposed_coordinator_id, proposed_by_id, proposed_on, coordinator_id, coordinated_on
            """;

    private final JdbcClient jdbc;

    CoordinationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the row of an active match when it has none. Returns false when the row existed, or
     * when the match does not exist or has ended.
     */
    boolean createIfAbsent(UUID matchId) {
        return jdbc.sql("""
                        insert into match_coordination (match_id)
                        select id from matches where id = ? and ended_on is null
                        on conflict do nothing
                        """).param(matchId).update() == 1;
    }

    /**
     * Locks the match's row until the transaction ends, so that changes to one match happen one
     * after the other. Empty when the match has no row.
     */
    Optional<CoordinationState> lock(UUID matchId) {
        return jdbc.sql("select " + COLUMNS + " from match_coordination where match_id = ? for update")
                .param(matchId)
                .query(CoordinationRepository::state)
                .optional();
    }

    Optional<CoordinationState> find(UUID matchId) {
        return jdbc.sql("select " + COLUMNS + " from match_coordination where match_id = ?")
                .param(matchId)
                .query(CoordinationRepository::state)
                .optional();
    }

    void update(CoordinationState state) {
        jdbc.sql("""
                        update match_coordination
                           set status = ?, proposed_coordinator_id = ?, proposed_by_id = ?, proposed_on = ?,
                               coordinator_id = ?, coordinated_on = ?
                         where match_id = ?
                        """)
                .params(
                        state.status().code(),
                        state.proposedCoordinatorId(),
                        state.proposedById(),
                        state.proposedOn(),
                        state.coordinatorId(),
                        state.coordinatedOn(),
                        state.matchId())
                .update();
    }

    Optional<LocalDate> contactRecordedOn(UUID matchId, UUID professionalId) {
        return jdbc.sql("select contacted_on from match_contacts where match_id = ? and professional_id = ?")
                .params(matchId, professionalId)
                .query(LocalDate.class)
                .optional();
    }

    void recordContact(UUID matchId, UUID professionalId, LocalDate on) {
        jdbc.sql("insert into match_contacts (match_id, professional_id, contacted_on) values (?, ?, ?)")
                .params(matchId, professionalId, on)
                .update();
    }

    void forgetContact(UUID matchId, UUID professionalId) {
        jdbc.sql("delete from match_contacts where match_id = ? and professional_id = ?")
                .params(matchId, professionalId)
                .update();
    }

    boolean anyContactRecorded(UUID matchId) {
        return jdbc.sql("select exists (select 1 from match_contacts where match_id = ?)")
                .param(matchId)
                .query(Boolean.class)
                .single();
    }

    private static CoordinationState state(ResultSet rs, int row) throws SQLException {
        return new CoordinationState(
                rs.getObject("match_id", UUID.class),
                status(rs.getString("status")),
                rs.getObject("proposed_coordinator_id", UUID.class),
                rs.getObject("proposed_by_id", UUID.class),
                rs.getObject("proposed_on", LocalDate.class),
                rs.getObject("coordinator_id", UUID.class),
                rs.getObject("coordinated_on", LocalDate.class));
    }

    private static CoordinationStatus status(String code) {
        return Arrays.stream(CoordinationStatus.values())
                .filter(status -> status.code().equals(code))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("Unknown coordination status '" + code + "' in the database"));
    }
}
