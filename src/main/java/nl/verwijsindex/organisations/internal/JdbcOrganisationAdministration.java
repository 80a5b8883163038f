package nl.verwijsindex.organisations.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.ProfessionalContact;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcOrganisationAdministration implements OrganisationAdministration {

    private final JdbcClient jdbc;

    JdbcOrganisationAdministration(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UUID addMunicipality(UUID id, String code, String name) {
        jdbc.sql("insert into municipalities (id, code, name) values (?, ?, ?)")
                .params(id, code, name)
                .update();
        return id;
    }

    @Override
    public void setCoordinatorEmail(UUID municipalityId, String email) {
        jdbc.sql("update municipalities set coordinator_email = ? where id = ?")
                .params(email, municipalityId)
                .update();
    }

    @Override
    public Optional<UUID> findMunicipality(String code) {
        return jdbc.sql("select id from municipalities where code = ?")
                .param(code)
                .query(UUID.class)
                .optional();
    }

    @Override
    public UUID connectOrganisation(
            UUID municipalityId, String name, OrganisationKind kind, int defaultSignalMonths, boolean signalOnly) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into organisations (id, municipality_id, name, kind, default_signal_months, signal_only)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, municipalityId, name, kind.code(), defaultSignalMonths, signalOnly)
                .update();
        return id;
    }

    @Override
    public UUID designateProfessional(
            UUID organisationId, String name, String email, @Nullable String phone, Locale language) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into professionals (id, organisation_id, name, email, phone, language)
                        values (?, ?, ?, ?, ?, ?)
                        """)
                .params(id, organisationId, name, email, phone, language.getLanguage())
                .update();
        return id;
    }

    @Override
    public List<OrganisationDetails> organisationsOf(UUID municipalityId) {
        return jdbc.sql("select id, name, kind from organisations where municipality_id = ? order by name")
                .param(municipalityId)
                .query((rs, row) -> {
                    var id = rs.getObject("id", UUID.class);
                    return new OrganisationDetails(
                            id,
                            rs.getString("name"),
                            OrganisationKind.fromCode(rs.getString("kind")).orElseThrow(),
                            professionalsOf(id, rs.getString("name")));
                })
                .list();
    }

    private List<ProfessionalContact> professionalsOf(UUID organisationId, String organisationName) {
        return jdbc.sql(
                        "select id, name, email, phone, language from professionals where organisation_id = ? order by name")
                .param(organisationId)
                .query((rs, row) -> new ProfessionalContact(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        organisationId,
                        organisationName,
                        rs.getString("email"),
                        rs.getString("phone"),
                        Locale.forLanguageTag(rs.getString("language"))))
                .list();
    }
}
