package nl.verwijsindex.testing;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.Enrolment;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.testing.TestRegion.Person;

/**
 * Login accounts of test-region professionals, created through {@link Accounts} the first time a
 * test requests one, each with the password {@link #PASSWORD}. The enrolments are kept for the
 * whole run, because the shared database keeps the accounts.
 */
public final class TestAccounts {

    public static final String PASSWORD = "paars-fietsje-onder-de-brug";

    private static final Map<String, Enrolment> enrolments = new ConcurrentHashMap<>();

    private final Accounts accounts;

    public TestAccounts(Accounts accounts) {
        this.accounts = accounts;
    }

    /** Returns the enrolment of the professional's account, creating the account the first time. */
    public Enrolment of(Person person) {
        return enrolments.computeIfAbsent(
                person.email(),
                email -> accounts.create(
                        NewAccount.professional(
                                email,
                                person.name(),
                                Locale.forLanguageTag(person.language()),
                                person.id(),
                                person.organisation().id()),
                        PASSWORD));
    }

    /** Returns the enrolment of the administrator's or officer's account, creating the account the first time. */
    public Enrolment of(TestRegion.Administrator administrator) {
        return enrolments.computeIfAbsent(administrator.email(), email -> {
            var language = Locale.forLanguageTag(administrator.language());
            var account = switch (AccountRole.ofCode(administrator.role())) {
                case ORGANISATION_ADMINISTRATOR ->
                    NewAccount.organisationAdministrator(
                            email, administrator.name(), language, administrator.organisationId());
                case MUNICIPAL_OFFICER ->
                    NewAccount.municipalOfficer(email, administrator.name(), language, administrator.municipalityId());
                case FUNCTIONAL_ADMINISTRATOR ->
                    NewAccount.functionalAdministrator(email, administrator.name(), language);
                case PROFESSIONAL -> throw new IllegalArgumentException("Use of(Person) for professionals");
            };
            return accounts.create(account, PASSWORD);
        });
    }

    /** Computes the TOTP code of the secret at the instant, as an authenticator app would. */
    public static String totpCode(String secret, Instant instant) {
        try {
            return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, instant.getEpochSecond() / 30);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
