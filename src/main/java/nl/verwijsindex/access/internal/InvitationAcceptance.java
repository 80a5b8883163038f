package nl.verwijsindex.access.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and accepts invitations by the token of their link. An invitation is open while it is not
 * accepted, not expired and its account is active. Every other token, unknown ones included, gets
 * the same result, so a page never reveals why a link does not work.
 */
@Component
class InvitationAcceptance {

    private static final Logger log = LoggerFactory.getLogger(InvitationAcceptance.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AccountCredentials credentials;
    private final SecretCipher secretCipher;
    private final TotpCodes totpCodes;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    InvitationAcceptance(
            JdbcClient jdbc,
            Clock clock,
            AccountCredentials credentials,
            SecretCipher secretCipher,
            TotpCodes totpCodes) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.credentials = credentials;
        this.secretCipher = secretCipher;
        this.totpCodes = totpCodes;
    }

    /**
     * Returns the open invitation of the token, with the TOTP secret to enrol. The secret is made
     * on the first visit and kept encrypted on the account, so every visit shows the same QR code.
     */
    @Transactional
    Optional<OpenInvitation> open(String token) {
        var found = findOpen(token, false);
        if (found.isEmpty()) {
            return Optional.empty();
        }

        var invitation = found.get();
        if (invitation.encryptedSecret() == null) {
            var secret = totpCodes.generateSecret();
            jdbc.sql("update accounts set totp_secret = ? where id = ? and totp_secret is null")
                    .params(secretCipher.encrypt(secret, invitation.accountId().toString()), invitation.accountId())
                    .update();
            return findOpen(token, false).map(this::withSecret);
        }
        return Optional.of(withSecret(invitation));
    }

    /**
     * Sets the password and confirms the TOTP secret with one code, when all are right, and
     * returns the new recovery codes. The invitation is then used and its link stops working.
     */
    @Transactional
    Outcome accept(String token, String password, String passwordRepeat, String code) {
        var found = findOpen(token, true);
        if (found.isEmpty()) {
            return new Outcome.Invalid();
        }
        var invitation = withSecret(found.get());

        var errors = new FormErrors.Builder();
        if (password.isEmpty()) {
            errors.add("password", "password-missing");
        } else {
            passwordPolicy
                    .problem(password, invitation.email())
                    .ifPresent(problem -> errors.add("password", problem.code()));
        }
        if (!password.isEmpty() && !password.equals(passwordRepeat)) {
            errors.add("password-repeat", "password-repeat-different");
        }
        var trimmedCode = code.replaceAll("\\s", "");
        var step = totpCodes.matchingStep(invitation.totpSecret(), trimmedCode, Long.MIN_VALUE);
        if (trimmedCode.isEmpty()) {
            errors.add("code", "code-missing");
        } else if (step.isEmpty()) {
            errors.add("code", "code-invalid");
        }
        var formErrors = errors.build();
        if (!formErrors.isEmpty()) {
            return new Outcome.Rejected(invitation, formErrors);
        }

        var accountId = invitation.accountId();
        credentials.setPassword(accountId, password);
        credentials.setTotpSecret(accountId, invitation.totpSecret(), step.getAsLong());
        var recoveryCodes = credentials.replaceRecoveryCodes(accountId);
        jdbc.sql("update account_invitations set accepted_at = ?, token_ciphertext = null where id = ?")
                .params(Timestamp.from(clock.instant()), invitation.invitationId())
                .update();

        log.info("Account {} accepted invitation {}", accountId, invitation.invitationId());
        return new Outcome.Accepted(accountId, invitation.email(), recoveryCodes);
    }

    /** Returns whether an invitation ever had the token, whatever became of it since. */
    boolean wasIssued(String token) {
        return jdbc.sql("""
                        select exists (select 1 from account_invitations where token_hash = :hash)
                            or exists (select 1 from replaced_invitation_tokens where token_hash = :hash)
                        """)
                .param("hash", InvitationTokens.hash(token))
                .query(Boolean.class)
                .single();
    }

    private Optional<Row> findOpen(String token, boolean lock) {
        if (!InvitationTokens.FORMAT.matcher(token).matches()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select i.id, i.account_id, i.expires_at, a.email, a.name, a.totp_secret
                          from account_invitations i
                          join accounts a on a.id = i.account_id
                         where i.token_hash = ? and i.accepted_at is null and i.expires_at > ? and a.active
                        """ + (lock ? " for update of i, a" : ""))
                .params(InvitationTokens.hash(token), Timestamp.from(clock.instant()))
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getString("email"),
                        rs.getString("name"),
                        rs.getBytes("totp_secret"),
                        rs.getTimestamp("expires_at").toInstant()))
                .optional();
    }

    private OpenInvitation withSecret(Row row) {
        var encrypted = row.encryptedSecret();
        if (encrypted == null) {
            throw new IllegalStateException("Invitation " + row.invitationId() + " has no TOTP secret to enrol");
        }
        var secret = secretCipher.decrypt(encrypted, row.accountId().toString());
        return new OpenInvitation(
                row.invitationId(), row.accountId(), row.email(), row.name(), secret, row.expiresAt());
    }

    private record Row(
            UUID invitationId,
            UUID accountId,
            String email,
            String name,
            byte @org.jspecify.annotations.Nullable [] encryptedSecret,
            Instant expiresAt) {}

    /**
     * An invitation that can still be accepted.
     *
     * @param totpSecret the TOTP secret in base32, to show as a QR code and as text
     */
    record OpenInvitation(
            UUID invitationId, UUID accountId, String email, String name, String totpSecret, Instant expiresAt) {

        @Override
        public String toString() {
            return "OpenInvitation[invitationId=" + invitationId + ", totpSecret=(hidden)]";
        }
    }

    /** The outcome of a form sent to accept an invitation. */
    sealed interface Outcome {

        /** The token is unknown, used or expired, or its account is deactivated. */
        record Invalid() implements Outcome {}

        /** The form has errors; the invitation stays open. */
        record Rejected(OpenInvitation invitation, FormErrors errors) implements Outcome {}

        /** The account can log in now; the recovery codes are shown this once. */
        record Accepted(UUID accountId, String email, List<String> recoveryCodes) implements Outcome {

            @Override
            public String toString() {
                return "Accepted[recoveryCodes=(hidden)]";
            }
        }
    }
}
