package nl.verwijsindex.matching.internal;

import java.sql.Date;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.matching.MatchStatistics;
import nl.verwijsindex.matching.MatchType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcMatchStatistics implements MatchStatistics {

    private final JdbcClient jdbc;

    JdbcMatchStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MadeMatch> madeBetween(LocalDate from, LocalDate to, Collection<UUID> professionalIds) {
        return jdbc.sql("""
                        select m.type, m.since, array_agg(distinct c.professional_id) as professionals
                          from matches m
                          join match_members mm on mm.match_id = m.id
                          join match_candidates c on c.signal_id = mm.signal_id
                         where m.since between ? and ?
                         group by m.id, m.type, m.since
                        having bool_or(c.professional_id = any(?))
                        """)
                .params(Date.valueOf(from), Date.valueOf(to), professionalIds.toArray(UUID[]::new))
                .query((rs, row) -> new MadeMatch(
                        type(rs.getString("type")),
                        rs.getDate("since").toLocalDate(),
                        professionals(rs.getArray("professionals"))))
                .list();
    }

    private static MatchType type(String code) {
        return Arrays.stream(MatchType.values())
                .filter(type -> type.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown match type '" + code + "' in the database"));
    }

    private static Set<UUID> professionals(java.sql.Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }
}
