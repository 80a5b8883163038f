package nl.verwijsindex.registration.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalReference;
import nl.verwijsindex.registration.SignalReferences;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcSignalReferences implements SignalReferences {

    private final JdbcClient jdbc;

    JdbcSignalReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SignalReference> find(UUID signalId) {
        return jdbc.sql("select id, number, own_reference from signals where id = ?")
                .param(signalId)
                .query((rs, row) -> new SignalReference(
                        rs.getObject("id", UUID.class), rs.getLong("number"), rs.getString("own_reference")))
                .optional();
    }

    @Override
    public Optional<Pseudonym> childOf(UUID signalId) {
        return jdbc.sql("select pseudonym_key_version, child_pseudonym from signals where id = ?")
                .param(signalId)
                .query((rs, row) -> new Pseudonym(rs.getInt("pseudonym_key_version"), rs.getBytes("child_pseudonym")))
                .optional();
    }
}
