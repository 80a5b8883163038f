package nl.verwijsindex.organisations.municipality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code municipalities} table and the organisations of each, with the counts their pages show. */
@Repository
class Municipalities {

    private static final String MUNICIPALITY_COLUMNS = """
            select m.id, m.code, m.name,
                   (select count(*) from organisations o where o.municipality_id = m.id) as organisation_count
              from municipalities m
            """;

    private final JdbcClient jdbc;

    Municipalities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Municipality> all() {
        return jdbc.sql(MUNICIPALITY_COLUMNS + " order by m.code")
                .query(Municipality.class)
                .list();
    }

    Optional<Municipality> findByCode(String code) {
        return jdbc.sql(MUNICIPALITY_COLUMNS + " where m.code = ?")
                .param(code)
                .query(Municipality.class)
                .optional();
    }

    Optional<String> findCode(UUID id) {
        return jdbc.sql("select code from municipalities where id = ?")
                .param(id)
                .query(String.class)
                .optional();
    }

    List<OrganisationSummary> organisationsOf(UUID municipalityId) {
        return jdbc.sql("""
                        select o.id, o.name, o.kind, o.connected, o.signal_only,
                               (select count(*) from professionals p where p.organisation_id = o.id and p.active)
                                   as active_professionals
                          from organisations o
                         where o.municipality_id = ?
                         order by o.name, o.id
                        """)
                .param(municipalityId)
                .query((rs, row) -> new OrganisationSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getBoolean("connected"),
                        rs.getBoolean("signal_only"),
                        rs.getInt("active_professionals")))
                .list();
    }

    Optional<OrganisationSummary> findOrganisation(UUID municipalityId, UUID organisationId) {
        return organisationsOf(municipalityId).stream()
                .filter(organisation -> organisation.id().equals(organisationId))
                .findFirst();
    }

    boolean hasOrganisationNamed(UUID municipalityId, String name) {
        return jdbc.sql("select count(*) from organisations where municipality_id = ? and name = ?")
                        .params(municipalityId, name)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Sets whether the organisation is connected; returns false when it is not one of the municipality's. */
    boolean setConnected(UUID municipalityId, UUID organisationId, boolean connected) {
        return jdbc.sql("update organisations set connected = ? where id = ? and municipality_id = ?")
                        .params(connected, organisationId, municipalityId)
                        .update()
                == 1;
    }

    MunicipalitySettings settingsOf(UUID municipalityId) {
        return jdbc.sql("""
                        select coordinator_email, rights_request_days, match_contact_days
                          from municipalities where id = ?
                        """)
                .param(municipalityId)
                .query(MunicipalitySettings.class)
                .single();
    }

    void updateSettings(UUID municipalityId, MunicipalitySettings settings) {
        jdbc.sql("""
                        update municipalities set coordinator_email = ?, rights_request_days = ?, match_contact_days = ?
                         where id = ?
                        """)
                .params(
                        settings.coordinatorEmail(),
                        settings.rightsRequestDays(),
                        settings.matchContactDays(),
                        municipalityId)
                .update();
    }
}
