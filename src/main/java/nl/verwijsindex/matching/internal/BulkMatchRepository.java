package nl.verwijsindex.matching.internal;

import java.nio.ByteBuffer;
import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.system.database.ColumnArrays;
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

    BulkMatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Returns the other children with an active candidate that names one of these parents. */
    List<byte[]> childrenWithAnyParent(Collection<ByteBuffer> parents) {
        if (parents.isEmpty()) {
            return List.of();
        }
        // One index look-up per parent: with "parent_pseudonyms && ?" and the whole array, PostgreSQL
        // estimates that most rows match and scans the table, which took 4.8 s for 1,770 parents at
        // 41,000 candidates, against 82 ms this way.
        return jdbc.sql("""
                        select distinct c.child_pseudonym
                          from unnest(?::bytea[]) as p(parent)
                          join match_candidates c on c.active and c.parent_pseudonyms @> array[p.parent]
                        """)
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

    /**
     * Returns the active child matches on these children and the active family matches between two
     * of them, in two parts that each use the partial unique index of their type.
     */
    List<Match> activeMatchesAmong(Collection<ByteBuffer> children) {
        var values = bytes(children);
        return jdbc.sql("""
                        select id, type, child_pseudonym, other_child_pseudonym, since from matches
                         where type = 'child' and ended_on is null and child_pseudonym = any(:children)
                        union all
                        select id, type, child_pseudonym, other_child_pseudonym, since from matches
                         where type = 'family' and ended_on is null and child_pseudonym = any(:children)
                           and other_child_pseudonym = any(:children)
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

    /**
     * Inserts the candidates with one statement that sends each column as an array. The parents of
     * a candidate travel as their pseudonyms joined into one value of 32 bytes each, because an
     * array column cannot hold arrays of different lengths.
     */
    void insertCandidates(List<StoredCandidate> candidates) {
        if (candidates.isEmpty()) {
            return;
        }
        var columns = ColumnArrays.of(candidates)
                .uuid("id", StoredCandidate::signalId)
                .bytea("child", StoredCandidate::child)
                .bytea("parents", candidate -> joined(candidate.parents()))
                .uuid("professional", StoredCandidate::professionalId)
                .bool("imported", StoredCandidate::imported);
        var statement = jdbc.sql("""
                insert into match_candidates (signal_id, child_pseudonym, parent_pseudonyms, professional_id,
                                              active, imported)
                select c.id, c.child,
                       array(select substring(c.parents from i * 32 + 1 for 32)
                               from generate_series(0, length(c.parents) / 32 - 1) as i order by i),
                       c.professional, true, c.imported
                  from %s
                """.formatted(columns.unnest("c")));
        columns.bind(statement).update();
    }

    void insertMatches(List<Match> matches) {
        if (matches.isEmpty()) {
            return;
        }
        var columns = ColumnArrays.of(matches)
                .uuid("id", Match::id)
                .text("type", match -> match.type().code())
                .bytea("child_pseudonym", Match::child)
                .bytea("other_child_pseudonym", Match::otherChild)
                .date("since", Match::since);
        var statement = jdbc.sql("insert into matches (" + columns.names() + ") select * from " + columns.unnest("m"));
        columns.bind(statement).update();
    }

    /** Inserts the members; a signal already in a match keeps the day it joined. */
    void insertMembers(List<NewMember> members) {
        if (members.isEmpty()) {
            return;
        }
        var columns = ColumnArrays.of(members)
                .uuid("match_id", NewMember::matchId)
                .uuid("signal_id", NewMember::signalId)
                .date("joined_on", NewMember::joinedOn);
        var statement = jdbc.sql("insert into match_members (" + columns.names() + ") select * from "
                + columns.unnest("m") + " on conflict do nothing");
        columns.bind(statement).update();
    }

    void insertIntroductions(List<Introduction> introductions) {
        if (introductions.isEmpty()) {
            return;
        }
        var columns = ColumnArrays.of(introductions)
                .uuid("match_id", Introduction::matchId)
                .uuid("professional_id", Introduction::professionalId)
                .uuid("other_professional_id", Introduction::otherProfessionalId);
        var statement = jdbc.sql("insert into match_introductions (" + columns.names() + ") select * from "
                + columns.unnest("i") + " on conflict do nothing");
        columns.bind(statement).update();
    }

    private static byte[] joined(byte[][] pseudonyms) {
        var joined = new byte[pseudonyms.length * 32];
        for (int i = 0; i < pseudonyms.length; i++) {
            System.arraycopy(pseudonyms[i], 0, joined, i * 32, 32);
        }
        return joined;
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
