package nl.verwijsindex.organisations.internal;

import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.Professional;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcProfessionals implements Professionals {

    private final JdbcClient jdbc;

    JdbcProfessionals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Professional> findInOrganisation(UUID professionalId, UUID organisationId) {
        return jdbc.sql("""
                        select p.id, p.organisation_id, p.active and o.connected as may_register,
                               o.default_signal_months
                          from professionals p join organisations o on o.id = p.organisation_id
                         where p.id = ? and p.organisation_id = ?
                        """)
                .params(professionalId, organisationId)
                .query((rs, row) -> new Professional(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getBoolean("may_register"),
                        Period.ofMonths(rs.getInt("default_signal_months"))))
                .optional();
    }

    @Override
    public Map<UUID, Professional> findAll(Collection<UUID> professionalIds) {
        var found = new HashMap<UUID, Professional>();
        jdbc.sql("""
                        select p.id, p.organisation_id, p.active and o.connected as may_register,
                               o.default_signal_months
                          from professionals p join organisations o on o.id = p.organisation_id
                         where p.id = any(?)
                        """)
                .param(professionalIds.toArray(UUID[]::new))
                .query((rs, row) -> new Professional(
                        rs.getObject("id", UUID.class),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getBoolean("may_register"),
                        Period.ofMonths(rs.getInt("default_signal_months"))))
                .list()
                .forEach(professional -> found.put(professional.id(), professional));
        return found;
    }

    @Override
    public List<ProfessionalContact> contacts(Collection<UUID> professionalIds) {
        if (professionalIds.isEmpty()) {
            return List.of();
        }
        var order = List.copyOf(professionalIds);
        return jdbc
                .sql("""
                        select p.id, p.name, p.organisation_id, o.name as organisation_name, p.email, p.phone,
                               p.language
                          from professionals p join organisations o on o.id = p.organisation_id
                         where p.id = any(?)
                        """)
                .param(order.toArray(UUID[]::new))
                .query((rs, row) -> new ProfessionalContact(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("organisation_name"),
                        rs.getString("email"),
                        rs.getString("phone"),
                        Locale.forLanguageTag(rs.getString("language"))))
                .list()
                .stream()
                .sorted(Comparator.comparingInt(contact -> order.indexOf(contact.id())))
                .toList();
    }

    @Override
    public void changeContactPreferences(
            UUID professionalId, UUID organisationId, @Nullable String phone, Locale language) {
        int updated = jdbc.sql("update professionals set phone = ?, language = ? where id = ? and organisation_id = ?")
                .params(phone, language.getLanguage(), professionalId, organisationId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException(
                    "No professional " + professionalId + " in organisation " + organisationId);
        }
    }

    @Override
    public List<ProfessionalContact> activeInOrganisation(UUID organisationId) {
        var ids = jdbc.sql("select id from professionals where organisation_id = ? and active order by lower(name), id")
                .param(organisationId)
                .query(UUID.class)
                .list();
        return contacts(ids);
    }
}
