package nl.verwijsindex.registration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ActiveSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActiveSignals implements ActiveSignals {

    private static final String COLUMNS = """
            select id, number, own_reference, professional_id, organisation_id, child_pseudonym,
                   pseudonym_key_version, registered_on, end_date,
                   informed_on is not null or informing_postponed as informing_recorded
              from signals
            """;

    private final JdbcClient jdbc;
    private final Signals signals;
    private final SignalChildren children;

    JdbcActiveSignals(JdbcClient jdbc, Signals signals, SignalChildren children) {
        this.jdbc = jdbc;
        this.signals = signals;
        this.children = children;
    }

    @Override
    public List<ActiveSignal> findInformingNotRecorded(LocalDate registeredOnOrBefore) {
        return jdbc.sql(COLUMNS + """
                         where status = 'active' and informed_on is null and not informing_postponed
                           and registered_on <= ?
                         order by registered_on, number
                        """)
                .param(registeredOnOrBefore)
                .query(JdbcActiveSignals::map)
                .list();
    }

    @Override
    public List<ActiveSignal> findEndingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(COLUMNS + " where status = 'active' and end_date between ? and ? order by end_date, number")
                .params(from, to)
                .query(JdbcActiveSignals::map)
                .list();
    }

    @Override
    public Optional<ActiveSignal> find(UUID signalId) {
        return jdbc.sql(COLUMNS + " where id = ? and status = 'active'")
                .param(signalId)
                .query(JdbcActiveSignals::map)
                .optional();
    }

    @Override
    public List<ActiveSignal> ofChild(Pseudonym child) {
        return jdbc.sql(COLUMNS + " where child_pseudonym = ? and status = 'active' order by registered_on, number")
                .param(child.value())
                .query(JdbcActiveSignals::map)
                .list();
    }

    @Override
    public InformingParties informingParties(UUID signalId) {
        var signal = signals.find(signalId).orElseThrow();
        var duty = children.limits(signal).informingDuty();
        return InformingParties.ofCode(duty.code());
    }

    private static ActiveSignal map(ResultSet rs, int row) throws SQLException {
        return new ActiveSignal(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                rs.getString("own_reference"),
                rs.getObject("professional_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                new Pseudonym(rs.getInt("pseudonym_key_version"), rs.getBytes("child_pseudonym")),
                rs.getObject("registered_on", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getBoolean("informing_recorded"));
    }
}
