package nl.verwijsindex.organisations.municipality;

import java.util.UUID;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Invitations;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.SignedInAccount;
import org.springframework.stereotype.Component;

/** Invites the first administrator of a new organisation and the first officer of a new municipality. */
@Component
class FirstAccountInvitations {

    private final Accounts accounts;
    private final Invitations invitations;

    FirstAccountInvitations(Accounts accounts, Invitations invitations) {
        this.accounts = accounts;
        this.invitations = invitations;
    }

    /** Returns whether an account already has this email address, ignoring case. */
    boolean emailTaken(String email) {
        return accounts.findByEmail(email).isPresent();
    }

    void inviteOrganisationAdministrator(Invitee invitee, UUID organisationId, SignedInAccount invitedBy) {
        invite(
                NewAccount.organisationAdministrator(invitee.email(), invitee.name(), invitee.locale(), organisationId),
                invitedBy);
    }

    void inviteMunicipalOfficer(Invitee invitee, UUID municipalityId, SignedInAccount invitedBy) {
        invite(
                NewAccount.municipalOfficer(invitee.email(), invitee.name(), invitee.locale(), municipalityId),
                invitedBy);
    }

    /**
     * Creates the account and queues its invitation email in the caller's transaction.
     *
     * @throws org.springframework.dao.DuplicateKeyException when an account got this email address
     *     after {@link #emailTaken} was checked
     */
    private void invite(NewAccount account, SignedInAccount invitedBy) {
        invitations.invite(account, invitedBy.id());
    }
}
