package nl.verwijsindex.organisations.internal;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.ProfessionalOrganisations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProfessionalOrganisations implements ProfessionalOrganisations {

    private final JdbcClient jdbc;

    JdbcProfessionalOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, ProfessionalOrganisation> of(Collection<UUID> professionalIds) {
        if (professionalIds.isEmpty()) {
            return Map.of();
        }
        return jdbc
                .sql("""
                        select p.id, o.id as organisation_id, o.municipality_id, o.kind, o.signal_only
                          from professionals p join organisations o on o.id = p.organisation_id
                         where p.id = any(?)
                        """)
                .param(professionalIds.toArray(UUID[]::new))
                .query((rs, row) -> new ProfessionalOrganisation(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("municipality_id", UUID.class),
                        kind(rs.getString("kind")),
                        rs.getBoolean("signal_only")))
                .list()
                .stream()
                .collect(Collectors.toMap(ProfessionalOrganisation::professionalId, Function.identity()));
    }

    private static OrganisationKind kind(String code) {
        return OrganisationKind.fromCode(code)
                .orElseThrow(
                        () -> new IllegalStateException("Unknown organisation kind '" + code + "' in the database"));
    }
}
