package nl.verwijsindex.organisations.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.MatchContactDays;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMatchContactDays implements MatchContactDays {

    private final JdbcClient jdbc;

    JdbcMatchContactDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Integer> of(UUID municipalityId) {
        return jdbc.sql("select match_contact_days from municipalities where id = ?")
                .param(municipalityId)
                .query(Integer.class)
                .optional();
    }
}
