package nl.verwijsindex.organisations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.AccountStatus;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Invitations;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.ActiveSignalCounts;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.internal.OrganisationRecords.OrganisationSummary;
import nl.verwijsindex.organisations.internal.OrganisationRecords.ProfessionalRecord;
import nl.verwijsindex.organisations.municipality.FormLocks;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation administrator's work on their own organisation: its settings and its
 * professionals. Every method acts on the organisation of the account, never on an id from a
 * form, and a professional of another organisation is reported as not found.
 */
@Service
class OrganisationManagement {

    private static final Logger log = LoggerFactory.getLogger(OrganisationManagement.class);

    private final OrganisationRecords records;
    private final OrganisationAdministration administration;
    private final Accounts accounts;
    private final Invitations invitations;
    private final ActiveSignalCounts signalCounts;
    private final FormLocks locks;

    OrganisationManagement(
            OrganisationRecords records,
            OrganisationAdministration administration,
            Accounts accounts,
            Invitations invitations,
            ActiveSignalCounts signalCounts,
            FormLocks locks) {
        this.locks = locks;
        this.records = records;
        this.administration = administration;
        this.accounts = accounts;
        this.invitations = invitations;
        this.signalCounts = signalCounts;
    }

    Overview overview(SignedInAccount account) {
        var organisationId = administeredOrganisation(account);
        var organisation = records.find(organisationId).orElseThrow();
        var accountStatuses = accounts.statusesOfProfessionals(organisationId);
        var activeProfessionals = new ArrayList<ProfessionalRecord>();
        for (var professional : records.professionalsOf(organisationId)) {
            if (professional.active()) {
                activeProfessionals.add(professional);
            }
        }
        long invitedProfessionals = activeProfessionals.stream()
                .filter(professional -> accountStatuses.get(professional.id()) == AccountStatus.INVITED)
                .count();
        int activeSignals = signalCounts.byProfessional(organisationId).values().stream()
                .mapToInt(Integer::intValue)
                .sum();

        return new Overview(
                organisation, activeProfessionals.size() - invitedProfessionals, invitedProfessionals, activeSignals);
    }

    OrganisationSettings settings(SignedInAccount account) {
        var organisation = records.find(administeredOrganisation(account)).orElseThrow();
        return new OrganisationSettings(
                organisation.kind(), organisation.defaultSignalMonths(), organisation.signalOnly());
    }

    /** Stores the settings when they are valid, and returns the errors otherwise. */
    @Transactional
    FormErrors updateSettings(SignedInAccount account, SettingsForm form) {
        var organisationId = administeredOrganisation(account);
        var errors = form.check();
        if (!errors.isEmpty()) {
            return errors;
        }

        records.updateSettings(organisationId, form.settings());
        log.info("Organisation {} settings changed by account {}", organisationId, account.id());
        return errors;
    }

    List<ProfessionalRow> professionals(SignedInAccount account) {
        var organisationId = administeredOrganisation(account);
        var professionals = records.professionalsOf(organisationId);
        var counts = signalCounts.byProfessional(organisationId);

        var accountStatuses = accounts.statusesOfProfessionals(organisationId);

        return professionals.stream()
                .map(professional -> new ProfessionalRow(
                        professional,
                        accountStatuses.get(professional.id()),
                        counts.getOrDefault(professional.id(), 0)))
                .toList();
    }

    /**
     * Returns the error code for an email address that cannot be designated, or {@code null} when
     * it is free: {@code email-own-active} or {@code email-own-deactivated} for an address of one of
     * the organisation's own professionals, {@code email-taken} for any other address in use.
     */
    private @Nullable String emailError(UUID organisationId, String email) {
        var ownProfessional = records.professionalsOf(organisationId).stream()
                .filter(professional -> professional.email().equalsIgnoreCase(email))
                .findFirst();
        if (ownProfessional.isPresent()) {
            return ownProfessional.get().active() ? "email-own-active" : "email-own-deactivated";
        }
        if (records.professionalEmailExists(email)
                || accounts.findByEmail(email).isPresent()) {
            return "email-taken";
        }
        return null;
    }

    /** @throws ProfessionalNotFoundException when the organisation has no such professional */
    ProfessionalRow professional(SignedInAccount account, UUID professionalId) {
        return professionals(account).stream()
                .filter(row -> row.professional().id().equals(professionalId))
                .findFirst()
                .orElseThrow(ProfessionalNotFoundException::new);
    }

    /**
     * Designates a professional of the administrator's organisation and emails them an invitation
     * to create their login, or returns the errors when the form is invalid or the email address
     * is in use by a professional or an account. Only an address of the organisation's own
     * professionals gets its own message, so the error does not reveal where else an address is used.
     */
    @Transactional
    Designation designate(SignedInAccount account, ProfessionalForm form) {
        var organisationId = administeredOrganisation(account);
        var errors = form.check();
        if (errors.on("email") == null) {
            locks.lockAccountEmail(form.email());
            var emailError = emailError(organisationId, form.email());
            if (emailError != null) {
                errors.add("email", emailError, form.email());
            }
        }
        if (!errors.isEmpty()) {
            return new Designation(null, errors);
        }

        var id = administration.designateProfessional(
                organisationId, form.name(), form.email(), form.phoneOrNull(), form.locale());
        invitations.invite(
                NewAccount.professional(form.email(), form.name(), form.locale(), id, organisationId), account.id());
        log.info("Professional {} designated in organisation {} by account {}", id, organisationId, account.id());
        return new Designation(id, errors);
    }

    /**
     * Emails the professional a new invitation link, which replaces an earlier one. A professional
     * without a login account gets one. Returns the code of the outcome: {@code invited}, or
     * {@code reinvite-inactive} for a deactivated professional and {@code reinvite-active} for one
     * who has already accepted an invitation, because a new link would take away their login.
     */
    @Transactional
    String reinvite(SignedInAccount account, UUID professionalId) {
        var organisationId = administeredOrganisation(account);
        var row = professional(account, professionalId);
        var professional = row.professional();
        if (!professional.active() || row.accountStatus() == AccountStatus.DEACTIVATED) {
            return "reinvite-inactive";
        }
        if (row.accountStatus() == AccountStatus.ACTIVE) {
            return "reinvite-active";
        }

        var accountId = accounts.findByProfessional(professional.id());
        if (accountId.isPresent()) {
            invitations.reinvite(accountId.get(), account.id());
        } else {
            invitations.invite(
                    NewAccount.professional(
                            professional.email(),
                            professional.name(),
                            professional.language(),
                            professional.id(),
                            organisationId),
                    account.id());
        }
        log.info("Professional {} invited again by account {}", professional.id(), account.id());
        return "invited";
    }

    /**
     * Deactivates the professional and their login account, which ends the account's sessions at
     * once. Their active signals stay, so that the administrator can transfer them.
     */
    @Transactional
    void deactivate(SignedInAccount account, UUID professionalId) {
        var professional = professional(account, professionalId).professional();

        records.setActive(professional.id(), false);
        accounts.findByProfessional(professional.id()).ifPresent(accounts::deactivate);
        log.info("Professional {} deactivated by account {}", professional.id(), account.id());
    }

    /** Lets the professional register and log in again. */
    @Transactional
    void reactivate(SignedInAccount account, UUID professionalId) {
        var professional = professional(account, professionalId).professional();

        records.setActive(professional.id(), true);
        accounts.findByProfessional(professional.id()).ifPresent(accounts::reactivate);
        log.info("Professional {} reactivated by account {}", professional.id(), account.id());
    }

    /**
     * Returns the organisation that the account administers.
     *
     * @throws AccessDeniedException when the account is not an organisation administrator's
     */
    static UUID administeredOrganisation(SignedInAccount account) {
        var organisationId = account.organisationId();
        if (account.role() != AccountRole.ORGANISATION_ADMINISTRATOR || organisationId == null) {
            throw new AccessDeniedException("Account " + account.id() + " is not an organisation administrator's");
        }
        return organisationId;
    }

    /**
     * The organisation with the number of its professionals and of their active signals.
     *
     * @param activeProfessionals designated professionals who accepted their invitation, or who
     *     have no login account and so register only through an API client
     * @param invitedProfessionals designated professionals whose invitation is not accepted yet
     */
    record Overview(
            OrganisationSummary organisation, long activeProfessionals, long invitedProfessionals, int activeSignals) {}

    /**
     * A professional with the status of their login account and the number of their active signals.
     *
     * @param accountStatus {@code null} when the professional has no login account
     */
    record ProfessionalRow(
            ProfessionalRecord professional, @Nullable AccountStatus accountStatus, int activeSignals) {

        /** Returns the last part of the message key of the account status, {@code none} without an account. */
        public String accountStatusCode() {
            return accountStatus == null ? "none" : accountStatus.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * The outcome of a designation.
     *
     * @param professionalId the new professional, {@code null} when the form was rejected
     */
    record Designation(@Nullable UUID professionalId, FormErrors errors) {}

    /** The organisation has no professional with this id. The pages return 404, as for any unknown id. */
    static final class ProfessionalNotFoundException extends RuntimeException {

        ProfessionalNotFoundException() {
            super("The organisation has no professional with this id");
        }
    }
}
