package nl.verwijsindex.organisations.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcMunicipalCoordinators implements MunicipalCoordinators {

    private final JdbcClient jdbc;

    JdbcMunicipalCoordinators(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MunicipalCoordinator> findByMunicipalityCode(String code) {
        return jdbc.sql("select id, code, name, coordinator_email from municipalities where code = ?")
                .param(code)
                .query((rs, row) -> new MunicipalCoordinator(
                        rs.getObject("id", UUID.class),
                        rs.getString("code"),
                        rs.getString("name"),
                        rs.getString("coordinator_email")))
                .optional();
    }
}
