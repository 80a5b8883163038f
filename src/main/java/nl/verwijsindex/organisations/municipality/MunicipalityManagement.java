package nl.verwijsindex.organisations.municipality;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.OrganisationAdministration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the municipality pages read and change. A municipal officer manages only their own
 * municipality and a functional administrator manages every one. Each method checks the account
 * again, whatever the URL rules let through, and throws {@link MunicipalityNotFoundException} for
 * a municipality or organisation that the account may not manage.
 */
@Service
@Transactional
class MunicipalityManagement {

    private static final Logger log = LoggerFactory.getLogger(MunicipalityManagement.class);

    private final Municipalities municipalities;
    private final OrganisationAdministration administration;
    private final FirstAccountInvitations invitations;
    private final FormLocks locks;

    MunicipalityManagement(
            Municipalities municipalities,
            OrganisationAdministration administration,
            FirstAccountInvitations invitations,
            FormLocks locks) {
        this.municipalities = municipalities;
        this.administration = administration;
        this.invitations = invitations;
        this.locks = locks;
    }

    /** Returns the code of the officer's own municipality, or empty for any other role. */
    @Transactional(readOnly = true)
    public Optional<String> ownMunicipalityCode(SignedInAccount account) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER || account.municipalityId() == null) {
            return Optional.empty();
        }
        return municipalities.findCode(account.municipalityId());
    }

    @Transactional(readOnly = true)
    public Municipality municipality(SignedInAccount account, String code) {
        var municipality = municipalities.findByCode(code).orElseThrow(MunicipalityNotFoundException::new);
        if (!mayManage(account, municipality)) {
            throw new MunicipalityNotFoundException();
        }
        return municipality;
    }

    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations(SignedInAccount account, String code) {
        return municipalities.organisationsOf(municipality(account, code).id());
    }

    @Transactional(readOnly = true)
    public OrganisationSummary organisation(SignedInAccount account, String code, UUID organisationId) {
        return municipalities
                .findOrganisation(municipality(account, code).id(), organisationId)
                .orElseThrow(MunicipalityNotFoundException::new);
    }

    /**
     * Connects the organisation and invites its first administrator, both or neither. Returns the
     * errors of the form, which are empty when the organisation was connected.
     */
    public FormErrors connect(SignedInAccount account, String code, ConnectOrganisationForm form) {
        var municipality = municipality(account, code);
        var errors = form.validate();
        if (errors.on("name") == null) {
            locks.lockOrganisationName(municipality.id(), form.name());
        }
        lockEmailIfValid(errors, form.invitee());
        if (errors.on("name") == null && municipalities.hasOrganisationNamed(municipality.id(), form.name())) {
            errors.add("name", "name-taken");
        }
        if (errors.on("invitee-email") == null
                && invitations.emailTaken(form.invitee().email())) {
            errors.add("invitee-email", "invitee-email-taken");
        }
        if (!errors.isEmpty()) {
            return errors;
        }

        var organisationId = administration.connectOrganisation(
                municipality.id(),
                form.name(),
                form.organisationKind().orElseThrow(),
                form.months(),
                form.isSignalOnly());
        invitations.inviteOrganisationAdministrator(form.invitee(), organisationId, account);
        log.info(
                "Account {} connected organisation {} to municipality {}",
                account.id(),
                organisationId,
                municipality.code());
        return errors;
    }

    /** Suspends the organisation, so that its professionals and API clients can no longer register signals. */
    public ConnectionChange suspend(SignedInAccount account, String code, UUID organisationId) {
        return setConnected(account, code, organisationId, false);
    }

    /** Resumes the organisation's suspended connection, so that it can register signals again. */
    public ConnectionChange resume(SignedInAccount account, String code, UUID organisationId) {
        return setConnected(account, code, organisationId, true);
    }

    @Transactional(readOnly = true)
    public MunicipalitySettings settings(SignedInAccount account, String code) {
        return municipalities.settingsOf(municipality(account, code).id());
    }

    /** Stores the settings when the form is valid, and returns the form's errors. */
    public FormErrors updateSettings(SignedInAccount account, String code, SettingsForm form) {
        var municipality = municipality(account, code);
        var errors = form.validate();
        if (!errors.isEmpty()) {
            return errors;
        }

        municipalities.updateSettings(municipality.id(), form.settings());
        log.info("Account {} changed the settings of municipality {}", account.id(), municipality.code());
        return errors;
    }

    /** Lists every municipality, for a functional administrator only. */
    @Transactional(readOnly = true)
    public List<Municipality> allMunicipalities(SignedInAccount account) {
        requireFunctionalAdministrator(account);
        return municipalities.all();
    }

    /**
     * Adds the municipality and invites its first municipal officer, both or neither, for a
     * functional administrator only. Returns the errors of the form, empty when it was added.
     */
    public FormErrors addMunicipality(SignedInAccount account, NewMunicipalityForm form) {
        requireFunctionalAdministrator(account);
        var errors = form.validate();
        if (errors.on("code") == null) {
            locks.lockMunicipalityCode(form.code());
        }
        lockEmailIfValid(errors, form.invitee());
        if (errors.on("code") == null && municipalities.findByCode(form.code()).isPresent()) {
            errors.add("code", "code-taken");
        }
        if (errors.on("invitee-email") == null
                && invitations.emailTaken(form.invitee().email())) {
            errors.add("invitee-email", "invitee-email-taken");
        }
        if (!errors.isEmpty()) {
            return errors;
        }

        var municipalityId = administration.addMunicipality(UUID.randomUUID(), form.code(), form.name());
        invitations.inviteMunicipalOfficer(form.invitee(), municipalityId, account);
        log.info("Account {} added municipality {}", account.id(), form.code());
        return errors;
    }

    /** Locks the invitee's address, so that parallel forms with it see each other's account. */
    private void lockEmailIfValid(FormErrors errors, Invitee invitee) {
        if (errors.on("invitee-email") == null) {
            locks.lockAccountEmail(invitee.email());
        }
    }

    /** @throws MunicipalityNotFoundException when the municipality has no such organisation */
    private ConnectionChange setConnected(
            SignedInAccount account, String code, UUID organisationId, boolean connected) {
        var municipality = municipality(account, code);
        var changed = municipalities.setConnected(municipality.id(), organisationId, connected);
        var organisation = municipalities
                .findOrganisation(municipality.id(), organisationId)
                .orElseThrow(MunicipalityNotFoundException::new);

        if (changed) {
            log.info(
                    "Account {} {} organisation {} of municipality {}",
                    account.id(),
                    connected ? "resumed" : "suspended",
                    organisationId,
                    municipality.code());
        } else {
            log.info(
                    "Account {} left organisation {} of municipality {} {}, as it already was",
                    account.id(),
                    organisationId,
                    municipality.code(),
                    connected ? "connected" : "suspended");
        }
        return new ConnectionChange(organisation, changed);
    }

    /**
     * The organisation after a suspend or resume request.
     *
     * @param changed false when the connection already was as requested, for example after a
     *     repeated form submission
     */
    public record ConnectionChange(OrganisationSummary organisation, boolean changed) {}

    private static boolean mayManage(SignedInAccount account, Municipality municipality) {
        return switch (account.role()) {
            case FUNCTIONAL_ADMINISTRATOR -> true;
            case MUNICIPAL_OFFICER -> municipality.id().equals(account.municipalityId());
            case PROFESSIONAL, ORGANISATION_ADMINISTRATOR -> false;
        };
    }

    /** Throws {@link AccessDeniedException}, a 403, unless the account is a functional administrator's. */
    void requireFunctionalAdministrator(SignedInAccount account) {
        if (account.role() != AccountRole.FUNCTIONAL_ADMINISTRATOR) {
            throw new AccessDeniedException("Only a functional administrator manages all municipalities");
        }
    }
}
