package nl.verwijsindex.matching.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the matching module: candidates, matches, members and introductions. */
@Repository
class MatchRepository {

    private final JdbcClient jdbc;

    MatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addCandidate(UUID signalId, byte[] child, byte[][] parents, UUID professionalId) {
        jdbc.sql("""
                        insert into match_candidates (signal_id, child_pseudonym, parent_pseudonyms, professional_id, active)
                        values (?, ?, ?, ?, true)
                        """).params(signalId, child, parents, professionalId).update();
    }

    Optional<Candidate> findCandidate(UUID signalId) {
        return jdbc.sql("select signal_id, child_pseudonym, professional_id from match_candidates where signal_id = ?")
                .param(signalId)
                .query(MatchRepository::candidate)
                .optional();
    }

    void deactivateCandidate(UUID signalId) {
        jdbc.sql("update match_candidates set active = false where signal_id = ?")
                .param(signalId)
                .update();
    }

    void reassignCandidate(UUID signalId, UUID professionalId) {
        jdbc.sql("update match_candidates set professional_id = ? where signal_id = ?")
                .params(professionalId, signalId)
                .update();
    }

    void deleteCandidate(UUID signalId) {
        jdbc.sql("delete from match_members where signal_id = ?")
                .param(signalId)
                .update();
        jdbc.sql("delete from match_candidates where signal_id = ?")
                .param(signalId)
                .update();
    }

    List<Candidate> activeOnChild(byte[] child) {
        return jdbc.sql("""
                        select signal_id, child_pseudonym, professional_id from match_candidates
                         where active and child_pseudonym = ? order by signal_id
                        """).param(child).query(MatchRepository::candidate).list();
    }

    /** Returns the other children with an active signal who share at least one of these parents. */
    List<byte[]> siblingsWithActiveSignals(byte[] child, byte[][] parents) {
        if (parents.length == 0) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct child_pseudonym from match_candidates
                         where active and parent_pseudonyms && ? and child_pseudonym <> ?
                        """)
                .params(parents, child)
                .query((rs, row) -> rs.getBytes(1))
                .list();
    }

    Optional<Match> findActive(MatchType type, byte[] child, byte @Nullable [] otherChild) {
        var sql = "select id, type, child_pseudonym, other_child_pseudonym, since from matches"
                + " where ended_on is null and type = ? and child_pseudonym = ? and "
                + (otherChild == null ? "other_child_pseudonym is null" : "other_child_pseudonym = ?");
        var statement = jdbc.sql(sql).param(type.code()).param(child);
        if (otherChild != null) {
            statement = statement.param(otherChild);
        }
        return statement.query(MatchRepository::match).optional();
    }

    Match create(MatchType type, byte[] child, byte @Nullable [] otherChild, LocalDate since) {
        var match = new Match(UUID.randomUUID(), type, child, otherChild, since);
        jdbc.sql("insert into matches (id, type, child_pseudonym, other_child_pseudonym, since) values (?, ?, ?, ?, ?)")
                .params(match.id(), type.code(), child, otherChild, since)
                .update();
        return match;
    }

    void addMember(UUID matchId, UUID signalId, LocalDate joinedOn) {
        jdbc.sql("insert into match_members (match_id, signal_id, joined_on) values (?, ?, ?) on conflict do nothing")
                .params(matchId, signalId, joinedOn)
                .update();
    }

    /** Records that the professional is introduced to the other one; returns false when that was recorded before. */
    boolean introduce(UUID matchId, UUID professionalId, UUID otherProfessionalId) {
        return jdbc.sql("""
                        insert into match_introductions (match_id, professional_id, other_professional_id)
                        values (?, ?, ?) on conflict do nothing
                        """)
                        .params(matchId, professionalId, otherProfessionalId)
                        .update()
                == 1;
    }

    /**
     * Forgets the professional's introductions in the match that no active signals back any more.
     * An introduction stays while its two professionals have active signals that make the match:
     * both on the child of a child match, or one on each child of a family match.
     */
    void forgetIntroductionsWithoutSignals(Match match, UUID professionalId) {
        jdbc.sql("""
                        delete from match_introductions i
                         where i.match_id = :match
                           and (i.professional_id = :professional or i.other_professional_id = :professional)
                           and not exists (
                               select 1 from match_candidates a join match_candidates b on b.active
                                where a.active
                                  and a.professional_id = i.professional_id
                                  and b.professional_id = i.other_professional_id
                                  and ((:type = 'child' and a.child_pseudonym = :child and b.child_pseudonym = :child)
                                       or (:type = 'family'
                                           and ((a.child_pseudonym = :child and b.child_pseudonym = :other)
                                                or (a.child_pseudonym = :other and b.child_pseudonym = :child)))))
                        """)
                .param("match", match.id())
                .param("professional", professionalId)
                .param("type", match.type().code())
                .param("child", match.child())
                .param("other", match.otherChild() == null ? match.child() : match.otherChild())
                .update();
    }

    List<Match> activeMatchesWithMember(UUID signalId) {
        return jdbc.sql("""
                        select m.id, m.type, m.child_pseudonym, m.other_child_pseudonym, m.since
                          from matches m join match_members mm on mm.match_id = m.id
                         where mm.signal_id = ? and m.ended_on is null
                        """).param(signalId).query(MatchRepository::match).list();
    }

    /** Returns the ids of the matches, active or ended, that the signal is a member of. */
    List<UUID> matchesWithMember(UUID signalId) {
        return jdbc.sql("select match_id from match_members where signal_id = ?")
                .param(signalId)
                .query(UUID.class)
                .list();
    }

    /** Returns those of the matches that have ended and have no member left. */
    List<UUID> endedWithoutMembers(List<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select m.id from matches m
                         where m.id = any(?) and m.ended_on is not null
                           and not exists (select 1 from match_members mm where mm.match_id = m.id)
                         order by m.id
                        """)
                .param(matchIds.toArray(UUID[]::new))
                .query(UUID.class)
                .list();
    }

    /** Deletes the matches with their members and introductions. */
    void delete(List<UUID> matchIds) {
        var ids = matchIds.toArray(UUID[]::new);
        jdbc.sql("delete from match_introductions where match_id = any(?)")
                .param(ids)
                .update();
        jdbc.sql("delete from match_members where match_id = any(?)").param(ids).update();
        jdbc.sql("delete from matches where id = any(?)").param(ids).update();
    }

    void end(UUID matchId, LocalDate endedOn) {
        jdbc.sql("update matches set ended_on = ? where id = ?")
                .params(endedOn, matchId)
                .update();
    }

    private static Candidate candidate(ResultSet rs, int row) throws SQLException {
        return new Candidate(
                rs.getObject("signal_id", UUID.class),
                rs.getBytes("child_pseudonym"),
                rs.getObject("professional_id", UUID.class));
    }

    private static Match match(ResultSet rs, int row) throws SQLException {
        var code = rs.getString("type");
        var type = code.equals(MatchType.CHILD.code()) ? MatchType.CHILD : MatchType.FAMILY;
        return new Match(
                rs.getObject("id", UUID.class),
                type,
                rs.getBytes("child_pseudonym"),
                rs.getBytes("other_child_pseudonym"),
                rs.getObject("since", LocalDate.class));
    }
}
