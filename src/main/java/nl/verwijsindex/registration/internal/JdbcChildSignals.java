package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildSignals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcChildSignals implements ChildSignals {

    private final JdbcClient jdbc;

    JdbcChildSignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ChildSignal> of(Pseudonym child) {
        return jdbc.sql("""
                        select id, number, professional_id, organisation_id, registered_on, end_date, ended_on
                          from signals
                         where child_pseudonym = ? and pseudonym_key_version = ?
                         order by number
                        """)
                .params(child.value(), child.keyVersion())
                .query((rs, row) -> new ChildSignal(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        rs.getObject("professional_id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }
}
