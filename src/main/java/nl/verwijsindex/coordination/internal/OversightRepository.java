package nl.verwijsindex.coordination.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code overseen_matches} and {@code overseen_match_municipalities}. */
@Repository
class OversightRepository {

    private final JdbcClient jdbc;

    OversightRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks the match's municipalities as due for a check, adding the match when it is new. */
    void markDue(UUID matchId, LocalDate madeOn, LocalDate today) {
        jdbc.sql("""
                        insert into overseen_matches (match_id, made_on, check_due, due_since) values (?, ?, true, ?)
                        on conflict (match_id) do update
                           set check_due = true,
                               due_since = case when overseen_matches.check_due
                                                then overseen_matches.due_since else excluded.due_since end
                        """).params(matchId, madeOn, today).update();
    }

    /** Returns the matches whose check is due, longest waiting first. */
    List<UUID> due(int limit) {
        return jdbc.sql("select match_id from overseen_matches where check_due order by due_since, match_id limit ?")
                .param(limit)
                .query(UUID.class)
                .list();
    }

    /**
     * Locks the match's row when its check is due and no other transaction holds it, and returns
     * the first day of the check. The lock lasts until the caller's transaction ends.
     */
    Optional<LocalDate> lockDue(UUID matchId) {
        return jdbc.sql("""
                        select due_since from overseen_matches
                         where match_id = ? and check_due
                           for update skip locked
                        """).param(matchId).query(LocalDate.class).optional();
    }

    void markChecked(UUID matchId) {
        jdbc.sql("update overseen_matches set check_due = false where match_id = ?")
                .param(matchId)
                .update();
    }

    /**
     * Makes these codes the match's current municipalities. A municipality that is no longer
     * current keeps its row, so that its coordinator is not notified about the match again.
     */
    void replaceMunicipalities(UUID matchId, Collection<String> codes) {
        var array = codes.toArray(String[]::new);
        jdbc.sql("""
                        update overseen_match_municipalities set current = (municipality_code = any(?))
                         where match_id = ?
                        """).params(array, matchId).update();
        for (var code : codes) {
            jdbc.sql("""
                            insert into overseen_match_municipalities (match_id, municipality_code, current)
                            values (?, ?, true)
                            on conflict (match_id, municipality_code) do nothing
                            """).params(matchId, code).update();
        }
    }

    /** Returns the match's current municipalities whose coordinator has not been notified, ordered by code. */
    List<String> currentWithoutNotice(UUID matchId) {
        return jdbc.sql("""
                        select municipality_code from overseen_match_municipalities
                         where match_id = ? and current and noticed_on is null
                         order by municipality_code
                        """).param(matchId).query(String.class).list();
    }

    void markNoticed(UUID matchId, String code, LocalDate today) {
        jdbc.sql("""
                        update overseen_match_municipalities set noticed_on = ?
                         where match_id = ? and municipality_code = ?
                        """).params(today, matchId, code).update();
    }

    /**
     * Returns the matches with a child currently registered in the municipality, made on the day
     * or earlier, on which no member recorded contact, oldest first. Some may have ended: the
     * caller checks.
     */
    List<Candidate> withoutContact(String municipalityCode, LocalDate madeOnOrBefore) {
        return jdbc.sql("""
                        select o.match_id, o.made_on
                          from overseen_matches o
                          join overseen_match_municipalities m on m.match_id = o.match_id
                         where m.municipality_code = ? and m.current and o.made_on <= ?
                           and not exists (select 1 from match_contacts c where c.match_id = o.match_id)
                         order by o.made_on, o.match_id
                        """)
                .params(municipalityCode, madeOnOrBefore)
                .query((rs, row) ->
                        new Candidate(rs.getObject("match_id", UUID.class), rs.getObject("made_on", LocalDate.class)))
                .list();
    }

    /** Deletes the rows of the matches. */
    void delete(Collection<UUID> matchIds) {
        jdbc.sql("delete from overseen_matches where match_id = any(?)")
                .param(matchIds.toArray(UUID[]::new))
                .update();
    }

    /** A match that may be listed, with the day it was made. */
    record Candidate(UUID matchId, LocalDate madeOn) {}
}
