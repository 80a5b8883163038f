package nl.verwijsindex.matching.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the matching tables many rows at a time, for {@link BulkMatchmaker}. */
@Repository
class BulkMatchRepository {

    /** A match candidate with the parents and the import flag that bulk matching needs. */
    record StoredCandidate(UUID signalId, byte[] child, byte[][] parents, UUID professionalId, boolean imported) {}

    /** One new member of a match. */
    record NewMember(UUID matchId, UUID signalId, LocalDate joinedOn) {}

    /** One professional introduced to another in a match. */
    record Introduction(UUID matchId, UUID professionalId, UUID otherProfessionalId) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;

    BulkMatchRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Returns the other children with an active candidate that names one of these parents. */
    List<byte[]> childrenWithAnyParent(Collection<ByteBuffer> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select distinct child_pseudonym from match_candidates where active and parent_pseudonyms && ?")
                .param(bytes(parents))
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    /** Returns the active candidates on these children, ordered by signal id as the matchmaker reads them. */
    List<StoredCandidate> activeOnChildren(Collection<ByteBuffer> children) {
        return jdbc.sql("""
                        select signal_id, child_pseudonym, parent_pseudonyms, professional_id, imported
                          from match_candidates where active and child_pseudonym = any(?) order by signal_id
                        """)
                .param(bytes(children))
                .query((rs, row) -> new StoredCandidate(
                        rs.getObject("signal_id", UUID.class),
                        rs.getBytes("child_pseudonym"),
                        parents(rs.getArray("parent_pseudonyms")),
                        rs.getObject("professional_id", UUID.class),
                        rs.getBoolean("imported")))
                .list();
    }

    /** Returns the active child matches on these children and the active family matches between two of them. */
    List<Match> activeMatchesAmong(Collection<ByteBuffer> children) {
        var values = bytes(children);
        return jdbc.sql("""
                        select id, type, child_pseudonym, other_child_pseudonym, since from matches
                         where ended_on is null and child_pseudonym = any(:children)
                           and (other_child_pseudonym is null or other_child_pseudonym = any(:children))
                        """)
                .param("children", values)
                .query((rs, row) -> new Match(
                        rs.getObject("id", UUID.class),
                        rs.getString("type").equals(MatchType.CHILD.code()) ? MatchType.CHILD : MatchType.FAMILY,
                        rs.getBytes("child_pseudonym"),
                        rs.getBytes("other_child_pseudonym"),
                        rs.getObject("since", LocalDate.class)))
                .list();
    }

    List<Introduction> introductionsIn(Collection<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select match_id, professional_id, other_professional_id from match_introductions"
                        + " where match_id = any(?)")
                .param(matchIds.toArray(UUID[]::new))
                .query((rs, row) -> new Introduction(
                        rs.getObject("match_id", UUID.class),
                        rs.getObject("professional_id", UUID.class),
                        rs.getObject("other_professional_id", UUID.class)))
                .list();
    }

    void insertCandidates(List<StoredCandidate> candidates) {
        batches.batchUpdate(
                "insert into match_candidates (signal_id, child_pseudonym, parent_pseudonyms, professional_id, active,"
                        + " imported) values (?, ?, ?, ?, true, ?)",
                candidates,
                candidates.size(),
                (statement, candidate) -> {
                    statement.setObject(1, candidate.signalId());
                    statement.setBytes(2, candidate.child());
                    statement.setObject(3, candidate.parents());
                    statement.setObject(4, candidate.professionalId());
                    statement.setBoolean(5, candidate.imported());
                });
    }

    void insertMatches(List<Match> matches) {
        batches.batchUpdate(
                "insert into matches (id, type, child_pseudonym, other_child_pseudonym, since) values (?, ?, ?, ?, ?)",
                matches,
                matches.size(),
                (statement, match) -> {
                    statement.setObject(1, match.id());
                    statement.setString(2, match.type().code());
                    statement.setBytes(3, match.child());
                    statement.setBytes(4, match.otherChild());
                    statement.setDate(5, Date.valueOf(match.since()));
                });
    }

    /** Inserts the members; a signal already in a match keeps the day it joined. */
    void insertMembers(List<NewMember> members) {
        batches.batchUpdate(
                "insert into match_members (match_id, signal_id, joined_on) values (?, ?, ?) on conflict do nothing",
                members,
                members.size(),
                (statement, member) -> {
                    statement.setObject(1, member.matchId());
                    statement.setObject(2, member.signalId());
                    statement.setDate(3, Date.valueOf(member.joinedOn()));
                });
    }

    void insertIntroductions(List<Introduction> introductions) {
        batches.batchUpdate(
                "insert into match_introductions (match_id, professional_id, other_professional_id) values (?, ?, ?)"
                        + " on conflict do nothing",
                introductions,
                introductions.size(),
                (statement, introduction) -> {
                    statement.setObject(1, introduction.matchId());
                    statement.setObject(2, introduction.professionalId());
                    statement.setObject(3, introduction.otherProfessionalId());
                });
    }

    private static byte[][] bytes(Collection<ByteBuffer> values) {
        var result = new ArrayList<byte[]>(values.size());
        values.forEach(value -> result.add(value.array()));
        return result.toArray(byte[][]::new);
    }

    private static byte[][] parents(Array array) throws SQLException {
        var values = (byte[][]) array.getArray();
        return Arrays.copyOf(values, values.length);
    }
}
