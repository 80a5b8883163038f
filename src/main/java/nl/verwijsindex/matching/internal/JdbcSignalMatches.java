package nl.verwijsindex.matching.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.SignalMatches;
import nl.verwijsindex.matching.SignalMatches.Member;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSignalMatches implements SignalMatches {

    private final JdbcClient jdbc;

    JdbcSignalMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<SignalMatch> of(Collection<UUID> signalIds) {
        if (signalIds.isEmpty()) {
            return List.of();
        }
        // Candidates of destroyed signals are gone, so those signals drop out of the members. Both
        // arrays are sorted by one unique order, so their elements pair up by position.
        return jdbc.sql("""
                        select m.id, m.type, m.since, m.ended_on,
                               array(select c.signal_id
                                       from match_members mm join match_candidates c on c.signal_id = mm.signal_id
                                      where mm.match_id = m.id
                                      order by mm.joined_on, c.professional_id, c.signal_id) as signal_ids,
                               array(select c.professional_id
                                       from match_members mm join match_candidates c on c.signal_id = mm.signal_id
                                      where mm.match_id = m.id
                                      order by mm.joined_on, c.professional_id, c.signal_id) as professional_ids
                          from matches m
                         where m.id in (select match_id from match_members where signal_id in (:signals))
                         order by m.since, m.id
                        """)
                .param("signals", signalIds)
                .query((rs, row) -> new SignalMatch(
                        rs.getObject("id", UUID.class),
                        "child".equals(rs.getString("type")) ? MatchType.CHILD : MatchType.FAMILY,
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class),
                        members(uuids(rs.getArray("signal_ids")), uuids(rs.getArray("professional_ids")))))
                .list();
    }

    private static List<Member> members(List<UUID> signalIds, List<UUID> professionalIds) {
        var members = new ArrayList<Member>();
        for (int i = 0; i < signalIds.size(); i++) {
            members.add(new Member(signalIds.get(i), professionalIds.get(i)));
        }
        return members;
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(UUID.class::cast).toList();
    }
}
