package nl.verwijsindex.access.internal;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the password and second factors of the signed-in account, always after checking its
 * current password. A wrong current password counts as a failed login of the account in {@link
 * LoginAttempts}, so these forms cannot be used to guess passwords. It does not count for the
 * client address: the person is logged in, and their slips need not block colleagues behind it.
 */
@Component
class SecondFactorChanges {

    private static final Logger log = LoggerFactory.getLogger(SecondFactorChanges.class);

    private final JdbcClient jdbc;
    private final AccountCredentials credentials;
    private final LoginAttempts attempts;
    private final TotpCodes totpCodes;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final PasswordPolicy passwordPolicy = new PasswordPolicy();

    SecondFactorChanges(
            JdbcClient jdbc,
            AccountCredentials credentials,
            LoginAttempts attempts,
            TotpCodes totpCodes,
            FindByIndexNameSessionRepository<?> sessions) {
        this.jdbc = jdbc;
        this.credentials = credentials;
        this.attempts = attempts;
        this.totpCodes = totpCodes;
        this.sessions = sessions;
    }

    /**
     * Replaces the password and ends the account's other sessions.
     *
     * @param sessionId the session that made the change, which stays logged in
     * @return the errors of the form, empty when the password was changed
     */
    @Transactional
    FormErrors changePassword(
            SignedInAccount account,
            String currentPassword,
            String newPassword,
            String newPasswordRepeat,
            String sessionId) {
        var errors = new FormErrors.Builder();
        var email = emailOf(account);
        checkCurrentPassword(account, email, currentPassword, errors);
        if (newPassword.isEmpty()) {
            errors.add("new-password", "password-missing");
        } else {
            passwordPolicy.problem(newPassword, email).ifPresent(problem -> errors.add("new-password", problem.code()));
            if (!newPassword.equals(newPasswordRepeat)) {
                errors.add("new-password-repeat", "password-repeat-different");
            }
        }
        var result = errors.build();
        if (!result.isEmpty()) {
            return result;
        }

        credentials.setPassword(account.id(), newPassword);
        int ended = endOtherSessions(account.id(), sessionId);

        log.info("Account {} changed its password; {} other sessions ended", account.id(), ended);
        return result;
    }

    /**
     * Replaces the TOTP secret by the new one that the code confirms, so that the old
     * authenticator stops working, and ends the account's other sessions.
     *
     * @param newSecret the secret that the page showed, in base32
     * @return the errors of the form, empty when the authenticator was replaced
     */
    @Transactional
    FormErrors replaceAuthenticator(
            SignedInAccount account, String currentPassword, String newSecret, String code, String sessionId) {
        var errors = new FormErrors.Builder();
        checkCurrentPassword(account, emailOf(account), currentPassword, errors);
        var trimmedCode = code.replaceAll("\\s", "");
        var step = totpCodes.matchingStep(newSecret, trimmedCode, Long.MIN_VALUE);
        if (trimmedCode.isEmpty()) {
            errors.add("code", "code-missing");
        } else if (step.isEmpty()) {
            errors.add("code", "code-invalid");
        }
        var result = errors.build();
        if (!result.isEmpty()) {
            return result;
        }

        credentials.setTotpSecret(account.id(), newSecret, step.getAsLong());
        int ended = endOtherSessions(account.id(), sessionId);

        log.info("Account {} replaced its TOTP authenticator; {} other sessions ended", account.id(), ended);
        return result;
    }

    /**
     * Replaces every recovery code by new ones, so the old ones stop working.
     *
     * @return the new codes, or the errors of the form
     */
    @Transactional
    RecoveryCodesResult replaceRecoveryCodes(SignedInAccount account, String currentPassword) {
        var errors = new FormErrors.Builder();
        checkCurrentPassword(account, emailOf(account), currentPassword, errors);
        var result = errors.build();
        if (!result.isEmpty()) {
            return new RecoveryCodesResult(List.of(), result);
        }

        var codes = credentials.replaceRecoveryCodes(account.id());

        log.info("Account {} made new recovery codes", account.id());
        return new RecoveryCodesResult(codes, result);
    }

    private String emailOf(SignedInAccount account) {
        return jdbc.sql("select email from accounts where id = ?")
                .param(account.id())
                .query(String.class)
                .single();
    }

    private void checkCurrentPassword(
            SignedInAccount account, String email, String currentPassword, FormErrors.Builder errors) {
        if (currentPassword.isEmpty()) {
            errors.add("current-password", "current-password-missing");
            return;
        }
        var attempt = attempts.startPasswordCheck(email);
        if (attempt.isEmpty()) {
            log.info("Change of credentials by account {} blocked after too many failures", account.id());
            errors.add("current-password", "current-password-blocked");
            return;
        }
        if (!credentials.passwordMatches(account.id(), currentPassword)) {
            log.info("Account {} gave a wrong current password", account.id());
            errors.add("current-password", "current-password-wrong");
            return;
        }
        attempt.get().succeeded();
    }

    private int endOtherSessions(UUID accountId, String currentSessionId) {
        var others = sessions.findByPrincipalName(accountId.toString()).keySet().stream()
                .filter(id -> !id.equals(currentSessionId))
                .toList();
        others.forEach(sessions::deleteById);
        return others.size();
    }

    /**
     * The outcome of a request for new recovery codes.
     *
     * @param codes the new codes, shown once; empty when the form has errors
     */
    record RecoveryCodesResult(List<String> codes, FormErrors errors) {

        @Override
        public String toString() {
            return "RecoveryCodesResult[codes=(hidden), errors=" + errors + "]";
        }
    }
}
