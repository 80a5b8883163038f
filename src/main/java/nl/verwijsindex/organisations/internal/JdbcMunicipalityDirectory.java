package nl.verwijsindex.organisations.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMunicipalityDirectory implements MunicipalityDirectory {

    private final JdbcClient jdbc;

    JdbcMunicipalityDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<DirectoryEntry> find(UUID municipalityId) {
        return jdbc.sql("select id, code, name, rights_request_days from municipalities where id = ?")
                .param(municipalityId)
                .query((rs, row) -> new DirectoryEntry(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getInt("rights_request_days")))
                .optional();
    }

    @Override
    public Set<UUID> municipalitiesOf(Collection<UUID> organisationIds) {
        if (organisationIds.isEmpty()) {
            return Set.of();
        }
        var municipalities = jdbc.sql("select distinct municipality_id from organisations where id in (:ids)")
                .param("ids", organisationIds)
                .query(UUID.class)
                .list();
        return new HashSet<>(municipalities);
    }
}
