package nl.verwijsindex.organisations.municipality;

import java.util.UUID;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.access.SignedInAccount;
import org.springframework.stereotype.Component;

/** Invites the first administrator of a new organisation and the first officer of a new municipality. */
@Component
class FirstAccountInvitations {

    private final Accounts accounts;

    FirstAccountInvitations(Accounts accounts) {
        this.accounts = accounts;
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

    private void invite(NewAccount account, SignedInAccount invitedBy) {
        // TODO: call the invitation API of the access module once it is merged.
    }
}
