package nl.verwijsindex.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.access.AccountStatus;
import nl.verwijsindex.access.MunicipalOfficers;
import nl.verwijsindex.access.OfficerAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The rows of {@code accounts} with the role {@code municipal-officer}. */
@Repository
class JdbcMunicipalOfficers implements MunicipalOfficers {

    private static final String OFFICERS = """
            select id, name, email, language, active, password_hash is not null as enrolled
              from accounts
             where role = 'municipal-officer' and municipality_id = ?
             order by lower(name), id
            """;

    private final JdbcClient jdbc;

    JdbcMunicipalOfficers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OfficerAccount> of(UUID municipalityId) {
        return jdbc.sql(OFFICERS)
                .param(municipalityId)
                .query(JdbcMunicipalOfficers::officer)
                .list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<OfficerAccount> lockAll(UUID municipalityId) {
        return jdbc.sql(OFFICERS + " for update")
                .param(municipalityId)
                .query(JdbcMunicipalOfficers::officer)
                .list();
    }

    private static OfficerAccount officer(ResultSet rs, int row) throws SQLException {
        AccountStatus status;
        if (!rs.getBoolean("active")) {
            status = AccountStatus.DEACTIVATED;
        } else if (rs.getBoolean("enrolled")) {
            status = AccountStatus.ACTIVE;
        } else {
            status = AccountStatus.INVITED;
        }
        return new OfficerAccount(
                rs.getObject("id", UUID.class),
                rs.getString("name"),
                rs.getString("email"),
                Locale.forLanguageTag(rs.getString("language")),
                status);
    }
}
