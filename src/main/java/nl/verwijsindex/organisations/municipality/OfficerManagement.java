package nl.verwijsindex.organisations.municipality;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.AccountStatus;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Invitations;
import nl.verwijsindex.access.MunicipalOfficers;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.OfficerAccount;
import nl.verwijsindex.access.SignedInAccount;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists, invites, deactivates and reactivates the officers of a municipality. A municipality keeps
 * at least one active officer, who can invite others, because an officer cannot deactivate their own
 * account and no account can deactivate the last active officer. Every method checks the signed-in account
 * as {@link MunicipalityManagement#municipality} does, and throws {@link MunicipalityNotFoundException}
 * for a municipality it may not manage or an account that is no officer of the municipality.
 */
@Service
@Transactional
class OfficerManagement {

    private static final Logger log = LoggerFactory.getLogger(OfficerManagement.class);

    private final MunicipalityManagement municipalities;
    private final MunicipalOfficers officers;
    private final Accounts accounts;
    private final Invitations invitations;
    private final FormLocks locks;

    OfficerManagement(
            MunicipalityManagement municipalities,
            MunicipalOfficers officers,
            Accounts accounts,
            Invitations invitations,
            FormLocks locks) {
        this.municipalities = municipalities;
        this.officers = officers;
        this.accounts = accounts;
        this.invitations = invitations;
        this.locks = locks;
    }

    @Transactional(readOnly = true)
    public List<OfficerAccount> officers(SignedInAccount account, String code) {
        return officers.of(municipalities.municipality(account, code).id());
    }

    @Transactional(readOnly = true)
    public OfficerAccount officer(SignedInAccount account, String code, UUID officerId) {
        return officers(account, code).stream()
                .filter(officer -> officer.id().equals(officerId))
                .findFirst()
                .orElseThrow(MunicipalityNotFoundException::new);
    }

    /**
     * Creates the officer's account and queues the invitation email when the form is valid and no
     * account has the address yet. Returns the errors of the form, empty when the officer was invited.
     *
     * @throws org.springframework.dao.DuplicateKeyException when an account got the address after
     *     the check, which the email lock prevents unless an account was added without the lock
     */
    public InvitedOfficer invite(SignedInAccount account, String code, OfficerForm form) {
        var municipality = municipalities.municipality(account, code);
        var invitee = form.invitee();
        var errors = new FormErrors();
        invitee.validate(errors);
        if (errors.on("invitee-email") == null) {
            locks.lockAccountEmail(invitee.email());
            if (accounts.findByEmail(invitee.email()).isPresent()) {
                errors.add("invitee-email", "invitee-email-taken");
            }
        }
        if (!errors.isEmpty()) {
            return new InvitedOfficer(null, errors);
        }

        var officerId = invitations.invite(
                NewAccount.municipalOfficer(invitee.email(), invitee.name(), invitee.locale(), municipality.id()),
                account.id());
        log.info("Account {} invited officer {} of municipality {}", account.id(), officerId, municipality.code());
        return new InvitedOfficer(officerId, errors);
    }

    /** Sends an invited officer a new link, which replaces the previous one. */
    public OfficerChange reinvite(SignedInAccount account, String code, UUID officerId) {
        var officer = lockedOfficer(account, code, officerId);
        if (officer.status() != AccountStatus.INVITED) {
            return new OfficerChange(officer, "reinvite-not-invited", false);
        }

        invitations.reinvite(officer.id(), account.id());
        log.info("Account {} invited officer {} again", account.id(), officer.id());
        return new OfficerChange(officer, "reinvited", true);
    }

    /**
     * Deactivates the officer's account and ends its sessions at once. An invited officer can be
     * deactivated too, and its open invitation link then works only after reactivation.
     */
    public OfficerChange deactivate(SignedInAccount account, String code, UUID officerId) {
        var municipalityId = municipalities.municipality(account, code).id();
        var all = officers.lockAll(municipalityId);
        var officer = find(all, officerId);
        if (officer.status() == AccountStatus.DEACTIVATED) {
            return new OfficerChange(officer, "already-deactivated", false);
        }
        if (officer.id().equals(account.id())) {
            return new OfficerChange(officer, "deactivate-self", false);
        }
        var otherActive = all.stream()
                .filter(other -> other.isActive() && !other.id().equals(officer.id()))
                .count();
        if (officer.isActive() && otherActive == 0) {
            return new OfficerChange(officer, "deactivate-last-active", false);
        }

        accounts.deactivate(officer.id());
        log.info("Account {} deactivated officer {} of municipality {}", account.id(), officer.id(), code);
        return new OfficerChange(officer, "deactivated", true);
    }

    /** Lets a deactivated officer log in again with the credentials they had, or accept their invitation. */
    public OfficerChange reactivate(SignedInAccount account, String code, UUID officerId) {
        var officer = lockedOfficer(account, code, officerId);
        if (officer.status() != AccountStatus.DEACTIVATED) {
            return new OfficerChange(officer, "already-active", false);
        }

        accounts.reactivate(officer.id());
        log.info("Account {} reactivated officer {} of municipality {}", account.id(), officer.id(), code);
        return new OfficerChange(officer, "reactivated", true);
    }

    private OfficerAccount lockedOfficer(SignedInAccount account, String code, UUID officerId) {
        var municipalityId = municipalities.municipality(account, code).id();
        return find(officers.lockAll(municipalityId), officerId);
    }

    private static OfficerAccount find(List<OfficerAccount> officers, UUID officerId) {
        return officers.stream()
                .filter(officer -> officer.id().equals(officerId))
                .findFirst()
                .orElseThrow(MunicipalityNotFoundException::new);
    }

    /**
     * The result of the invitation form.
     *
     * @param officerId the new officer's account, or {@code null} when the form had errors
     */
    record InvitedOfficer(@org.jspecify.annotations.Nullable UUID officerId, FormErrors errors) {}

    /**
     * The officer after a step on the page.
     *
     * @param outcome the code of the page's message, such as {@code deactivated} or {@code deactivate-self}
     * @param changed false when the step was rejected and nothing changed
     */
    record OfficerChange(OfficerAccount officer, String outcome, boolean changed) {}
}
