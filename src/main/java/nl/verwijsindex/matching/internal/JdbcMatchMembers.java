package nl.verwijsindex.matching.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.matching.MatchType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMatchMembers implements MatchMembers {

    private final JdbcClient jdbc;

    JdbcMatchMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ActiveMatch> findActive(UUID matchId) {
        var rows = jdbc.sql("""
                        select m.id, m.type, m.since, c.professional_id, c.signal_id
                          from matches m
                          left join match_candidates c
                            on c.active and c.child_pseudonym in (m.child_pseudonym, m.other_child_pseudonym)
                         where m.id = ? and m.ended_on is null
                         order by c.professional_id, c.signal_id
                        """)
                .param(matchId)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("type"),
                        rs.getObject("since", LocalDate.class),
                        rs.getObject("professional_id", UUID.class),
                        rs.getObject("signal_id", UUID.class)))
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }

        var signalsByProfessional = new LinkedHashMap<UUID, List<UUID>>();
        for (var row : rows) {
            if (row.professionalId() != null) {
                signalsByProfessional
                        .computeIfAbsent(row.professionalId(), id -> new ArrayList<>())
                        .add(row.signalId());
            }
        }
        var members = signalsByProfessional.entrySet().stream()
                .map(entry -> new Member(entry.getKey(), entry.getValue()))
                .toList();
        var first = rows.get(0);
        var type = first.type().equals(MatchType.CHILD.code()) ? MatchType.CHILD : MatchType.FAMILY;
        return Optional.of(new ActiveMatch(first.matchId(), type, first.since(), members));
    }

    private record Row(
            UUID matchId,
            String type,
            LocalDate since,
            @org.jspecify.annotations.Nullable UUID professionalId,
            @org.jspecify.annotations.Nullable UUID signalId) {}
}
