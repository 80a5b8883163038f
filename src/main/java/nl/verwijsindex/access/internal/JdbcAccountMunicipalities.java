package nl.verwijsindex.access.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountMunicipalities;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountMunicipalities implements AccountMunicipalities {

    private final JdbcClient jdbc;

    JdbcAccountMunicipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UUID> municipalityOf(SignedInAccount account) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER) {
            return Optional.empty();
        }
        return jdbc.sql("select municipality_id from accounts where id = ? and role = 'municipal-officer'")
                .param(account.id())
                .query(UUID.class)
                .optional();
    }
}
