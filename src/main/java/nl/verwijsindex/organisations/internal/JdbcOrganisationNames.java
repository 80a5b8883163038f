package nl.verwijsindex.organisations.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganisationNames implements OrganisationNames {

    private final JdbcClient jdbc;

    JdbcOrganisationNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, String> of(Collection<UUID> organisationIds) {
        var names = new HashMap<UUID, String>();
        if (organisationIds.isEmpty()) {
            return names;
        }
        var rows = jdbc.sql("select id, name from organisations where id in (:ids)")
                .param("ids", organisationIds)
                .query((rs, row) -> Map.entry(rs.getObject("id", UUID.class), rs.getString("name")))
                .list();
        for (var row : rows) {
            names.put(row.getKey(), row.getValue());
        }
        return names;
    }
}
