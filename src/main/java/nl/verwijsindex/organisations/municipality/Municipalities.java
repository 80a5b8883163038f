package nl.verwijsindex.organisations.municipality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountStatus;
import nl.verwijsindex.access.Accounts;
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
    private final Accounts accounts;

    Municipalities(JdbcClient jdbc, Accounts accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
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

    /**
     * Lists the municipality's organisations, each with its active and invited professionals. The
     * account statuses come from the access module, one query per organisation.
     */
    List<OrganisationSummary> organisationsOf(UUID municipalityId) {
        var rows = jdbc.sql("""
                        select o.id, o.name, o.kind, o.connected, o.signal_only,
                               array(select p.id from professionals p where p.organisation_id = o.id and p.active)
                                   as active_professional_ids
                          from organisations o
                         where o.municipality_id = ?
                         order by o.name, o.id
                        """)
                .param(municipalityId)
                .query((rs, row) -> new OrganisationRow(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getBoolean("connected"),
                        rs.getBoolean("signal_only"),
                        List.of((UUID[]) rs.getArray("active_professional_ids").getArray())))
                .list();
        return rows.stream().map(this::summarise).toList();
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
    private OrganisationSummary summarise(OrganisationRow row) {
        var accountStatuses = accounts.statusesOfProfessionals(row.id());
        int invited = (int) row.activeProfessionalIds().stream()
                .filter(id -> accountStatuses.get(id) == AccountStatus.INVITED)
                .count();
        int active = row.activeProfessionalIds().size() - invited;
        return new OrganisationSummary(
                row.id(), row.name(), row.kind(), row.connected(), row.signalOnly(), active, invited);
    }

    /**
     * Suspends or resumes the organisation's connection, and returns whether this changed it. It
     * returns false when the connection already was so, or when the municipality has no such
     * organisation.
     */
    boolean setConnected(UUID municipalityId, UUID organisationId, boolean connected) {
        return jdbc.sql("""
                                update organisations set connected = ?
                                 where id = ? and municipality_id = ? and connected <> ?
                                """)
                        .params(connected, organisationId, municipalityId, connected)
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

    /** An organisation as its row is read, before the account statuses of its professionals are added. */
    private record OrganisationRow(
            UUID id,
            String name,
            OrganisationKind kind,
            boolean connected,
            boolean signalOnly,
            List<UUID> activeProfessionalIds) {}
}
