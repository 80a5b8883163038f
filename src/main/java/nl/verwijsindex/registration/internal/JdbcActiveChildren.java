package nl.verwijsindex.registration.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ActiveChildren;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcActiveChildren implements ActiveChildren {

    private static final String SELECT = """
            select distinct on (child_pseudonym)
                   child_pseudonym, pseudonym_key_version, bsn_ciphertext, encryption_key_version
              from signals
             where status = 'active'
            """;

    private final JdbcClient jdbc;

    JdbcActiveChildren(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ActiveChild> findAll() {
        return jdbc.sql(SELECT + " order by child_pseudonym, created_at desc")
                .query(JdbcActiveChildren::activeChild)
                .list();
    }

    @Override
    public Optional<ActiveChild> find(Pseudonym child) {
        return jdbc.sql(SELECT + " and child_pseudonym = ? and pseudonym_key_version = ?"
                        + " order by child_pseudonym, created_at desc")
                .params(child.value(), child.keyVersion())
                .query(JdbcActiveChildren::activeChild)
                .optional();
    }

    private static ActiveChild activeChild(ResultSet rs, int row) throws SQLException {
        return new ActiveChild(
                new Pseudonym(rs.getInt("pseudonym_key_version"), rs.getBytes("child_pseudonym")),
                new EncryptedBsn(rs.getInt("encryption_key_version"), rs.getBytes("bsn_ciphertext")));
    }
}
