package nl.verwijsindex.access.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.access.AccountProfessionals;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcAccountProfessionals implements AccountProfessionals {

    private final JdbcClient jdbc;

    JdbcAccountProfessionals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, UUID> of(Collection<UUID> accountIds) {
        var professionals = new HashMap<UUID, UUID>();
        if (accountIds.isEmpty()) {
            return professionals;
        }
        var rows = jdbc.sql(
                        "select id, professional_id from accounts where id in (:ids) and professional_id is not null")
                .param("ids", accountIds)
                .query((rs, row) ->
                        Map.entry(rs.getObject("id", UUID.class), rs.getObject("professional_id", UUID.class)))
                .list();
        for (var row : rows) {
            professionals.put(row.getKey(), row.getValue());
        }
        return professionals;
    }
}
