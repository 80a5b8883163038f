package nl.verwijsindex.organisations.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationKind;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and changes one organisation and its professionals for the organisation administrator's pages. */
@Repository
class OrganisationRecords {

    private final JdbcClient jdbc;

    OrganisationRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OrganisationSummary> find(UUID organisationId) {
        return jdbc.sql("""
                        select o.id, o.name, o.kind, m.name as municipality_name, o.connected,
                               o.default_signal_months, o.signal_only
                          from organisations o join municipalities m on m.id = o.municipality_id
                         where o.id = ?
                        """)
                .param(organisationId)
                .query((rs, row) -> new OrganisationSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        OrganisationKind.fromCode(rs.getString("kind")).orElseThrow(),
                        rs.getString("municipality_name"),
                        rs.getBoolean("connected"),
                        rs.getInt("default_signal_months"),
                        rs.getBoolean("signal_only")))
                .optional();
    }

    void updateSettings(UUID organisationId, OrganisationSettings settings) {
        jdbc.sql("update organisations set kind = ?, default_signal_months = ?, signal_only = ? where id = ?")
                .params(settings.kind().code(), settings.defaultSignalMonths(), settings.signalOnly(), organisationId)
                .update();
    }

    /** Returns the organisation's professionals, ordered by name. */
    List<ProfessionalRecord> professionalsOf(UUID organisationId) {
        return jdbc.sql("""
                        select id, name, email, phone, language, active from professionals
                         where organisation_id = ? order by lower(name), id
                        """)
                .param(organisationId)
                .query((rs, row) -> new ProfessionalRecord(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        Locale.forLanguageTag(rs.getString("language")),
                        rs.getBoolean("active")))
                .list();
    }

    boolean professionalEmailExists(String email) {
        return jdbc.sql("select count(*) from professionals where lower(email) = lower(?)")
                        .param(email)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    void setActive(UUID professionalId, boolean active) {
        jdbc.sql("update professionals set active = ? where id = ?")
                .params(active, professionalId)
                .update();
    }

    /**
     * An organisation as its administrator's pages show it.
     *
     * @param municipalityName the municipality that the organisation is connected to
     * @param connected false while the municipality has suspended the connection
     */
    record OrganisationSummary(
            UUID id,
            String name,
            OrganisationKind kind,
            String municipalityName,
            boolean connected,
            int defaultSignalMonths,
            boolean signalOnly) {}

    /** A professional as the administrator's list shows it. */
    record ProfessionalRecord(
            UUID id, String name, String email, @Nullable String phone, Locale language, boolean active) {}
}
