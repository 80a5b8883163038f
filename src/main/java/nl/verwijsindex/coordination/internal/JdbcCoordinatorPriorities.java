package nl.verwijsindex.coordination.internal;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.organisations.OrganisationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcCoordinatorPriorities implements CoordinatorPriorities {

    private static final Logger log = LoggerFactory.getLogger(JdbcCoordinatorPriorities.class);

    private final JdbcClient jdbc;

    JdbcCoordinatorPriorities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<OrganisationKind> priorityOf(UUID municipalityId) {
        return jdbc.sql("select organisation_kinds from coordination_priorities where municipality_id = ?")
                .param(municipalityId)
                .query((rs, row) -> (String[]) rs.getArray(1).getArray())
                .optional()
                .map(JdbcCoordinatorPriorities::kinds)
                .orElse(List.of());
    }

    @Override
    @Transactional
    public void setPriority(UUID municipalityId, List<OrganisationKind> kinds) {
        var seen = new HashSet<OrganisationKind>();
        for (var kind : kinds) {
            if (!seen.add(kind)) {
                throw new IllegalArgumentException("The organisation kind '" + kind.code()
                        + "' appears twice in the priority list; name each kind once");
            }
        }

        var codes = kinds.stream().map(OrganisationKind::code).toArray(String[]::new);
        try {
            jdbc.sql("""
                            insert into coordination_priorities (municipality_id, organisation_kinds) values (?, ?)
                            on conflict (municipality_id) do update set organisation_kinds = excluded.organisation_kinds
                            """).params(municipalityId, codes).update();
        } catch (DataIntegrityViolationException e) {
            throw new MunicipalityNotFoundException(municipalityId);
        }
        log.info("Coordinator priority list of municipality {} set to {}", municipalityId, List.of(codes));
    }

    @Override
    public List<OrganisationKind> priorityOf(SignedInAccount account, UUID municipalityId) {
        checkMayManage(account, municipalityId);
        return priorityOf(municipalityId);
    }

    @Override
    @Transactional
    public void setPriority(SignedInAccount account, UUID municipalityId, List<OrganisationKind> kinds) {
        checkMayManage(account, municipalityId);
        setPriority(municipalityId, kinds);
    }

    private void checkMayManage(SignedInAccount account, UUID municipalityId) {
        if (account.role() == AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            return;
        }
        if (account.role() != AccountRole.MUNICIPAL_OFFICER) {
            throw new AccessDeniedException(
                    "Account " + account.id() + " is neither a municipal officer nor a functional administrator");
        }
        // The session's account carries the municipality that the login read from the accounts table.
        if (!municipalityId.equals(account.municipalityId())) {
            throw new MunicipalityNotFoundException(municipalityId);
        }
    }

    private static List<OrganisationKind> kinds(String[] codes) {
        return Arrays.stream(codes)
                .map(code -> OrganisationKind.fromCode(code)
                        .orElseThrow(() ->
                                new IllegalStateException("Unknown organisation kind '" + code + "' in the database")))
                .toList();
    }
}
