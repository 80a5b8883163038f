package nl.verwijsindex.registration.internal;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.registration.SignalStatistics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class JdbcSignalStatistics implements SignalStatistics {

    private final JdbcClient jdbc;

    JdbcSignalStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<MonthCount> registered(Collection<UUID> organisationIds, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select organisation_id, date_trunc('month', registered_on)::date as month, count(*) as signals
                          from signals
                         where organisation_id = any(?) and registered_on between ? and ?
                         group by 1, 2
                        """)
                .params(ids(organisationIds), Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()))
                .query(JdbcSignalStatistics::monthCount)
                .list();
    }

    @Override
    public List<MonthCount> ended(Collection<UUID> organisationIds, YearMonth from, YearMonth to) {
        return jdbc.sql("""
                        select organisation_id, date_trunc('month', ended_on)::date as month, count(*) as signals
                          from signals
                         where organisation_id = any(?) and status = 'archived' and ended_on between ? and ?
                         group by 1, 2
                        """)
                .params(ids(organisationIds), Date.valueOf(from.atDay(1)), Date.valueOf(to.atEndOfMonth()))
                .query(JdbcSignalStatistics::monthCount)
                .list();
    }

    @Override
    public List<MonthCount> activeAtMonthEnd(
            Collection<UUID> organisationIds, YearMonth from, YearMonth to, LocalDate today) {
        // One day per month: its last day, or today for the current month.
        return jdbc.sql("""
                        select s.organisation_id, d.month, count(*) as signals
                          from (select g.month::date as month,
                                       least((g.month + interval '1 month' - interval '1 day')::date, ?) as day
                                  from generate_series(?::date, ?::date, interval '1 month') as g(month)) d
                          join signals s on s.registered_on <= d.day and (s.ended_on is null or s.ended_on > d.day)
                         where s.organisation_id = any(?)
                         group by 1, 2
                        """)
                .params(
                        Date.valueOf(today),
                        Date.valueOf(from.atDay(1)),
                        Date.valueOf(to.atDay(1)),
                        ids(organisationIds))
                .query(JdbcSignalStatistics::monthCount)
                .list();
    }

    @Override
    public List<Set<UUID>> organisationsOfChildrenWithProfessionals(
            Collection<UUID> organisationIds, LocalDate day, int minimumProfessionals) {
        return jdbc.sql("""
                        select array_agg(distinct organisation_id) as organisations
                          from signals
                         where registered_on <= ? and (ended_on is null or ended_on > ?)
                         group by child_pseudonym
                        having count(distinct professional_id) >= ? and bool_or(organisation_id = any(?))
                        """)
                .params(Date.valueOf(day), Date.valueOf(day), minimumProfessionals, ids(organisationIds))
                .query((rs, row) -> organisations(rs.getArray("organisations")))
                .list();
    }

    private static UUID[] ids(Collection<UUID> organisationIds) {
        return organisationIds.toArray(UUID[]::new);
    }

    private static MonthCount monthCount(ResultSet rs, int row) throws SQLException {
        return new MonthCount(
                rs.getObject("organisation_id", UUID.class),
                YearMonth.from(rs.getDate("month").toLocalDate()),
                rs.getInt("signals"));
    }

    private static Set<UUID> organisations(Array array) throws SQLException {
        return Arrays.stream((UUID[]) array.getArray()).collect(Collectors.toUnmodifiableSet());
    }
}
