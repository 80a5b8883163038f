package nl.verwijsindex.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountInvited;
import nl.verwijsindex.access.InvitationEmail;
import nl.verwijsindex.access.InvitationEmails;
import nl.verwijsindex.access.Invitations;
import nl.verwijsindex.access.NewAccount;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The {@code account_invitations} table and the invited accounts it opens. */
@Repository
class JdbcInvitations implements Invitations, InvitationEmails {

    private static final Logger log = LoggerFactory.getLogger(JdbcInvitations.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecretCipher secretCipher;
    private final InvitationSettings settings;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<?> sessions;

    JdbcInvitations(
            JdbcClient jdbc,
            Clock clock,
            SecretCipher secretCipher,
            InvitationSettings settings,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<?> sessions) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.secretCipher = secretCipher;
        this.settings = settings;
        this.events = events;
        this.sessions = sessions;
    }

    @Override
    @Transactional
    public UUID invite(NewAccount account, @Nullable UUID invitedBy) {
        var accountId = UUID.randomUUID();
        jdbc.sql("""
                        insert into accounts (id, email, name, language, role, professional_id, organisation_id,
                                              municipality_id, created_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        accountId,
                        account.email().trim(),
                        account.name(),
                        account.language().getLanguage(),
                        account.role().code(),
                        account.professionalId(),
                        account.organisationId(),
                        account.municipalityId(),
                        Timestamp.from(clock.instant()))
                .update();
        var invitationId = openInvitation(accountId, invitedBy);

        log.info(
                "Account {} created with role {} and invitation {}",
                accountId,
                account.role().code(),
                invitationId);
        return accountId;
    }

    @Override
    @Transactional
    public void reinvite(UUID accountId, @Nullable UUID invitedBy) {
        var active = jdbc.sql("select active from accounts where id = ? for update")
                .param(accountId)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new IllegalArgumentException("No account with id " + accountId));
        if (!active) {
            throw new IllegalStateException("Account " + accountId + " is deactivated; reactivate it before inviting");
        }

        jdbc.sql("update accounts set password_hash = null, totp_secret = null, totp_last_step = null where id = ?")
                .param(accountId)
                .update();
        jdbc.sql("delete from account_recovery_codes where account_id = ?")
                .param(accountId)
                .update();
        var sessionIds = sessions.findByPrincipalName(accountId.toString()).keySet();
        sessionIds.forEach(sessions::deleteById);
        var invitationId = openInvitation(accountId, invitedBy);

        log.info(
                "Account {} invited again with invitation {}; {} sessions ended",
                accountId,
                invitationId,
                sessionIds.size());
    }

    @Override
    public Optional<Instant> openInvitationExpiry(UUID accountId) {
        return jdbc.sql("select expires_at from account_invitations where account_id = ? and accepted_at is null")
                .param(accountId)
                .query(Timestamp.class)
                .optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public Optional<InvitationEmail> findUnsent(UUID invitationId) {
        return jdbc.sql("""
                        select i.token_ciphertext, i.expires_at, a.email, a.name, a.language
                          from account_invitations i
                          join accounts a on a.id = i.account_id
                         where i.id = ? and i.accepted_at is null and i.token_ciphertext is not null
                           and i.expires_at > ? and a.active
                        """)
                .params(invitationId, Timestamp.from(clock.instant()))
                .query((rs, row) -> new InvitationEmail(
                        invitationId,
                        rs.getString("email"),
                        rs.getString("name"),
                        Locale.forLanguageTag(rs.getString("language")),
                        settings.link(secretCipher.decrypt(rs.getBytes("token_ciphertext"), invitationId.toString())),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    @Override
    public void markSent(UUID invitationId) {
        jdbc.sql("update account_invitations set token_ciphertext = null where id = ?")
                .param(invitationId)
                .update();
    }

    /** Replaces the account's invitation by a new one with a new token, and announces it. */
    private UUID openInvitation(UUID accountId, @Nullable UUID invitedBy) {
        var now = clock.instant();
        var invitationId = UUID.randomUUID();
        var token = InvitationTokens.generate();

        jdbc.sql("""
                        insert into replaced_invitation_tokens (token_hash, account_id)
                        select token_hash, account_id from account_invitations where account_id = ?
                        on conflict do nothing
                        """).param(accountId).update();
        jdbc.sql("delete from account_invitations where account_id = ?")
                .param(accountId)
                .update();
        jdbc.sql("""
                        insert into account_invitations (id, account_id, token_hash, token_ciphertext, invited_by,
                                                         created_at, expires_at)
                        values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        invitationId,
                        accountId,
                        InvitationTokens.hash(token),
                        secretCipher.encrypt(token, invitationId.toString()),
                        invitedBy,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(settings.validity())))
                .update();
        events.publishEvent(new AccountInvited(invitationId, accountId));
        return invitationId;
    }
}
