package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Active matches of one professional, one entry per match and own signal. Each entry lists the
 * other professionals with an active signal on the same child (child match) or on the other child
 * of the pair (family match). The professional never appears among the others.
 */
@Repository
class MatchOverview {

    private final JdbcClient jdbc;

    MatchOverview(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Entry> forProfessional(UUID professionalId) {
        var rows = jdbc.sql("""
                        select m.id, m.type, m.since, own.signal_id as own_signal_id, other.professional_id as other_id
                          from match_candidates own
                          join matches m
                            on m.ended_on is null
                           and (m.child_pseudonym = own.child_pseudonym
                                or m.other_child_pseudonym = own.child_pseudonym)
                          join match_candidates other
                            on other.active
                           and other.professional_id <> own.professional_id
                           and other.child_pseudonym = case
                                   when m.type = 'child' then own.child_pseudonym
                                   when m.child_pseudonym = own.child_pseudonym then m.other_child_pseudonym
                                   else m.child_pseudonym end
                         where own.active and own.professional_id = ?
                         order by m.since, m.id, own.signal_id, other.signal_id
                        """)
                .param(professionalId)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("type"),
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("own_signal_id", UUID.class),
                        rs.getObject("other_id", UUID.class)))
                .list();
        return group(rows);
    }

    private static List<Entry> group(List<Row> rows) {
        var entries = new LinkedHashMap<List<UUID>, Entry>();
        for (var row : rows) {
            entries.computeIfAbsent(
                            List.of(row.matchId(), row.ownSignalId()),
                            key -> new Entry(
                                    row.matchId(), row.type(), row.since(), row.ownSignalId(), new LinkedHashSet<>()))
                    .others()
                    .add(row.otherProfessionalId());
        }
        return new ArrayList<>(entries.values());
    }

    private record Row(UUID matchId, String type, LocalDate since, UUID ownSignalId, UUID otherProfessionalId) {}

    record Entry(UUID matchId, String type, LocalDate since, UUID ownSignalId, LinkedHashSet<UUID> others) {}
}
