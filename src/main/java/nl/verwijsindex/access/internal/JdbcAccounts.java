package nl.verwijsindex.access.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountProfile;
import nl.verwijsindex.access.AccountStatus;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class JdbcAccounts implements Accounts {

    private static final Logger log = LoggerFactory.getLogger(JdbcAccounts.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder passwords;
    private final PasswordPolicy passwordPolicy;
    private final SecretCipher secretCipher;
    private final TotpCodes totpCodes;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final AccountCredentials credentials;

    JdbcAccounts(
            JdbcClient jdbc,
            Clock clock,
            PasswordEncoder passwords,
            SecretCipher secretCipher,
            TotpCodes totpCodes,
            FindByIndexNameSessionRepository<?> sessions,
            AccountCredentials credentials) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.passwords = passwords;
        this.passwordPolicy = new PasswordPolicy();
        this.secretCipher = secretCipher;
        this.totpCodes = totpCodes;
        this.sessions = sessions;
        this.credentials = credentials;
    }

    @Override
    @Transactional
    public Enrolment create(NewAccount account, String password) {
        passwordPolicy.check(password);
        var id = UUID.randomUUID();
        var secret = totpCodes.generateSecret();

        jdbc.sql("""
                        insert into accounts (id, email, name, password_hash, totp_secret, language, role,
                                              professional_id, organisation_id, municipality_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        account.email().trim(),
                        account.name(),
                        passwords.encode(password),
                        secretCipher.encrypt(secret, id.toString()),
                        account.language().getLanguage(),
                        account.role().code(),
                        account.professionalId(),
                        account.organisationId(),
                        account.municipalityId(),
                        Timestamp.from(clock.instant()))
                .update();
        var enrolment = new Enrolment(id, secret, replaceRecoveryCodes(id));

        log.info("Account {} created with role {}", id, account.role().code());
        return enrolment;
    }

    @Override
    @Transactional
    public Enrolment resetCredentials(UUID accountId, String password) {
        passwordPolicy.check(password);
        var secret = totpCodes.generateSecret();

        int updated = jdbc.sql("""
                        update accounts set password_hash = ?, totp_secret = ?, totp_last_step = null
                         where id = ?
                        """)
                .params(passwords.encode(password), secretCipher.encrypt(secret, accountId.toString()), accountId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account with id " + accountId);
        }
        var enrolment = new Enrolment(accountId, secret, replaceRecoveryCodes(accountId));

        log.info("Account {} given a new password and second factor", accountId);
        return enrolment;
    }

    @Override
    public Optional<UUID> findByEmail(String email) {
        return jdbc.sql("select id from accounts where lower(email) = lower(?)")
                .param(email.trim())
                .query(UUID.class)
                .optional();
    }

    @Override
    @Transactional
    public void deactivate(UUID accountId) {
        int updated = jdbc.sql("update accounts set active = false where id = ?")
                .param(accountId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account with id " + accountId);
        }

        var sessionIds = sessions.findByPrincipalName(accountId.toString()).keySet();
        sessionIds.forEach(sessions::deleteById);
        log.info("Account {} deactivated; {} sessions ended", accountId, sessionIds.size());
    }

    @Override
    public Optional<AccountProfile> findProfile(UUID accountId) {
        return jdbc.sql("""
                        select a.email, a.language,
                               (select count(*) from account_recovery_codes c
                                 where c.account_id = a.id and c.used_at is null) as unused_codes
                          from accounts a
                         where a.id = ?
                        """)
                .param(accountId)
                .query((rs, row) -> new AccountProfile(
                        accountId,
                        rs.getString("email"),
                        Locale.forLanguageTag(rs.getString("language")),
                        rs.getInt("unused_codes")))
                .optional();
    }

    @Override
    public void changeLanguage(UUID accountId, Locale language) {
        var code = language.getLanguage();
        if (!code.equals("nl") && !code.equals("en")) {
            throw new IllegalArgumentException("Unsupported language '" + code + "'; use nl or en");
        }
        int updated = jdbc.sql("update accounts set language = ? where id = ?")
                .params(code, accountId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account with id " + accountId);
        }
        log.info("Account {} changed its language to {}", accountId, code);
    }

    @Override
    public Optional<UUID> findByProfessional(UUID professionalId) {
        return jdbc.sql("select id from accounts where professional_id = ?")
                .param(professionalId)
                .query(UUID.class)
                .optional();
    }

    @Override
    public AccountStatus status(UUID accountId) {
        return jdbc.sql("select active, password_hash is not null as enrolled from accounts where id = ?")
                .param(accountId)
                .query((rs, row) -> statusOf(rs))
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No account with id " + accountId));
    }

    @Override
    public Map<UUID, AccountStatus> statusesOfProfessionals(UUID organisationId) {
        var statuses = new HashMap<UUID, AccountStatus>();
        jdbc.sql("""
                        select professional_id, active, password_hash is not null as enrolled
                          from accounts
                         where organisation_id = ? and professional_id is not null
                        """).param(organisationId).query(rs -> {
            statuses.put(rs.getObject("professional_id", UUID.class), statusOf(rs));
        });
        return statuses;
    }

    private static AccountStatus statusOf(ResultSet rs) throws SQLException {
        if (!rs.getBoolean("active")) {
            return AccountStatus.DEACTIVATED;
        }
        return rs.getBoolean("enrolled") ? AccountStatus.ACTIVE : AccountStatus.INVITED;
    }

    @Override
    @Transactional
    public void reactivate(UUID accountId) {
        int updated = jdbc.sql("update accounts set active = true where id = ?")
                .param(accountId)
                .update();
        if (updated == 0) {
            throw new IllegalArgumentException("No account with id " + accountId);
        }
        log.info("Account {} reactivated", accountId);
    }

    private java.util.List<String> replaceRecoveryCodes(UUID accountId) {
        return credentials.replaceRecoveryCodes(accountId);
    }
}
