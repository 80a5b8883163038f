package nl.verwijsindex.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.ApiClient;
import nl.verwijsindex.access.ApiClientNameTakenException;
import nl.verwijsindex.access.ApiClientSummary;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.IssuedApiClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcApiClients implements ApiClients {

    private static final Logger log = LoggerFactory.getLogger(JdbcApiClients.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcApiClients(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedApiClient create(UUID organisationId, String name) {
        // Creations for one organisation take turns, so two at once cannot both pass the name check.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('api-clients:' || ?, 0))")
                .param(organisationId.toString())
                .query()
                .singleRow();
        boolean taken =
                jdbc.sql("""
                        select exists (select 1 from api_clients
                                        where organisation_id = ? and revoked_at is null and lower(name) = lower(?))
                        """).params(organisationId, name).query(Boolean.class).single();
        if (taken) {
            throw new ApiClientNameTakenException();
        }
        var id = UUID.randomUUID();
        var token = ApiTokens.generate();
        jdbc.sql("insert into api_clients (id, organisation_id, name, token_hash, created_at) values (?, ?, ?, ?, ?)")
                .params(id, organisationId, name, ApiTokens.hash(token), Timestamp.from(clock.instant()))
                .update();
        return new IssuedApiClient(id, token);
    }

    @Override
    public java.util.List<UUID> activeClientsOf(UUID organisationId) {
        return jdbc.sql("select id from api_clients where organisation_id = ? and revoked_at is null"
                        + " order by created_at, id")
                .param(organisationId)
                .query(UUID.class)
                .list();
    }

    @Override
    @Transactional
    public IssuedApiClient rotateToken(UUID apiClientId) {
        var token = ApiTokens.generate();
        int updated = jdbc.sql("update api_clients set token_hash = ? where id = ? and revoked_at is null")
                .params(ApiTokens.hash(token), apiClientId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No active API client with id " + apiClientId);
        }
        return new IssuedApiClient(apiClientId, token);
    }

    @Override
    public List<ApiClientSummary> clientsOf(UUID organisationId) {
        return jdbc.sql("select id, name, created_at, revoked_at from api_clients where organisation_id = ?"
                        + " order by created_at, id")
                .param(organisationId)
                .query((rs, row) -> new ApiClientSummary(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null
                                ? null
                                : rs.getTimestamp("revoked_at").toInstant()))
                .list();
    }

    @Override
    @Transactional
    public Optional<IssuedApiClient> rotateToken(UUID organisationId, UUID apiClientId) {
        var token = ApiTokens.generate();
        int updated = jdbc.sql("update api_clients set token_hash = ?"
                        + " where id = ? and organisation_id = ? and revoked_at is null")
                .params(ApiTokens.hash(token), apiClientId, organisationId)
                .update();
        if (updated == 0) {
            return Optional.empty();
        }

        log.info("API client {} of organisation {} given a new token", apiClientId, organisationId);
        return Optional.of(new IssuedApiClient(apiClientId, token));
    }

    @Override
    @Transactional
    public boolean revoke(UUID organisationId, UUID apiClientId) {
        int updated = jdbc.sql("update api_clients set revoked_at = ?"
                        + " where id = ? and organisation_id = ? and revoked_at is null")
                .params(Timestamp.from(clock.instant()), apiClientId, organisationId)
                .update();

        if (updated == 1) {
            log.info("API client {} of organisation {} revoked", apiClientId, organisationId);
        }
        return updated == 1;
    }

    /** Returns the client whose token this is, when it is not revoked, with whether its organisation is connected. */
    Optional<Caller> findByToken(String token) {
        return jdbc.sql("""
                        select c.id, c.organisation_id, o.connected
                          from api_clients c join organisations o on o.id = c.organisation_id
                         where c.token_hash = ? and c.revoked_at is null
                        """)
                .param(ApiTokens.hash(token))
                .query((rs, row) -> new Caller(
                        new ApiClient(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class)),
                        rs.getBoolean("connected")))
                .optional();
    }

    record Caller(ApiClient client, boolean organisationConnected) {}
}
