package nl.verwijsindex.access;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Creates, resets and deactivates the login accounts of the web application. */
public interface Accounts {

    /**
     * Creates an active account with the password and a new TOTP secret and recovery codes.
     *
     * @throws WeakPasswordException when the password is too short or too common
     * @throws org.springframework.dao.DuplicateKeyException when an account has this email
     *     address (ignoring case) or this professional
     */
    Enrolment create(NewAccount account, String password);

    /**
     * Gives an account a new password, TOTP secret and recovery codes; the old ones stop working.
     *
     * @throws WeakPasswordException when the password is too short or too common
     * @throws IllegalArgumentException when no account has this id
     */
    Enrolment resetCredentials(UUID accountId, String password);

    /** Returns the id of the account with this email address, ignoring case. */
    Optional<UUID> findByEmail(String email);

    /**
     * Deactivates the account and deletes its sessions, so that its next request is logged out.
     *
     * @throws IllegalArgumentException when no account has this id
     */
    void deactivate(UUID accountId);

    /** Returns the email address, language and recovery code count of the account. */
    Optional<AccountProfile> findProfile(UUID accountId);

    /**
     * Changes the language of the account's emails and pages.
     *
     * @throws IllegalArgumentException when no account has this id, or the language is not Dutch or English
     */
    void changeLanguage(UUID accountId, java.util.Locale language);

    /** Returns the id of the professional's account. */
    Optional<UUID> findByProfessional(UUID professionalId);

    /**
     * Returns whether the account is invited, active or deactivated.
     *
     * @throws IllegalArgumentException when no account has this id
     */
    AccountStatus status(UUID accountId);

    /**
     * Returns the status of the login account of each professional of the organisation that has
     * one. Professionals without an account are not in the map.
     */
    Map<UUID, AccountStatus> statusesOfProfessionals(UUID organisationId);

    /**
     * Makes a deactivated account able to log in again with the credentials it had. An account that
     * never accepted its invitation needs {@link Invitations#reinvite} after this.
     *
     * @throws IllegalArgumentException when no account has this id
     */
    void reactivate(UUID accountId);
}
