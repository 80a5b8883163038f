package nl.verwijsindex.profile;

import java.util.List;
import java.util.Locale;
import nl.verwijsindex.access.AccountProfile;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and changes the signed-in account's own profile. Every method acts on the signed-in
 * account only, and on a professional only within the organisation of that account.
 */
@Service
class ProfileService {

    private final Accounts accounts;
    private final Professionals professionals;

    ProfileService(Accounts accounts, Professionals professionals) {
        this.accounts = accounts;
        this.professionals = professionals;
    }

    /**
     * Returns the account's profile, with the professional's contact details for a professional.
     *
     * @throws IllegalStateException when the account no longer exists
     */
    Profile read(SignedInAccount account) {
        var profile = accounts.findProfile(account.id())
                .orElseThrow(() -> new IllegalStateException("Account " + account.id() + " not found"));
        return new Profile(profile, professionalContact(account));
    }

    /** Changes the language of the account and, for a professional, of the emails about matches. */
    @Transactional
    void changeLanguage(SignedInAccount account, Locale language) {
        accounts.changeLanguage(account.id(), language);

        var contact = professionalContact(account);
        if (contact != null) {
            professionals.changeContactPreferences(contact.id(), contact.organisationId(), contact.phone(), language);
        }
    }

    /**
     * Changes the phone number that matches show to other professionals.
     *
     * @param phone a number that {@link nl.verwijsindex.organisations.PhoneNumbers} accepts, or
     *     {@code null} to show none
     * @throws IllegalStateException when the account is not a professional's
     */
    @Transactional
    void changePhone(SignedInAccount account, @Nullable String phone) {
        var contact = professionalContact(account);
        if (contact == null) {
            throw new IllegalStateException("Account " + account.id() + " is not a professional's and has no phone");
        }
        professionals.changeContactPreferences(contact.id(), contact.organisationId(), phone, contact.language());
    }

    /** Returns the contact details of the account's professional, when it belongs to the account's organisation. */
    private @Nullable ProfessionalContact professionalContact(SignedInAccount account) {
        if (!account.isProfessional()) {
            return null;
        }
        var professionalId = account.professionalId();
        var organisationId = account.organisationId();
        if (professionalId == null
                || organisationId == null
                || professionals
                        .findInOrganisation(professionalId, organisationId)
                        .isEmpty()) {
            return null;
        }
        return professionals.contacts(List.of(professionalId)).stream()
                .findFirst()
                .orElse(null);
    }

    /**
     * The profile of an account.
     *
     * @param professional the contact details of a professional's account, otherwise {@code null}
     */
    record Profile(AccountProfile account, @Nullable ProfessionalContact professional) {}
}
