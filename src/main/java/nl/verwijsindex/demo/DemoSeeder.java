package nl.verwijsindex.demo;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.access.Accounts;
import nl.verwijsindex.access.ApiClients;
import nl.verwijsindex.access.NewAccount;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.organisations.OrganisationAdministration;
import nl.verwijsindex.organisations.OrganisationAdministration.OrganisationDetails;
import nl.verwijsindex.organisations.Regions;
import nl.verwijsindex.system.DataFolder;
import nl.verwijsindex.system.database.DatabaseMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Seeds the demo region on first start and writes its credentials file. Later starts keep the data
 * and the file. The file is written again when it was deleted, or when a demo officer or the
 * functional administrator has no account because an older version seeded the region, before
 * accounts or the second officer existed. The demo API clients then get new
 * tokens and the demo accounts new passwords and TOTP secrets, because the database stores only
 * hashes of tokens and passwords. Every start adds what is missing of the region around the demo
 * municipality, as {@link DemoRegionMunicipalities} describes.
 */
@Component
@Order(DemoSeeder.ORDER)
class DemoSeeder implements ApplicationRunner {

    static final String CREDENTIALS_FILE = "demo-credentials.json";

    /** Runs before the demo history, which needs the seeded region. */
    static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final boolean enabled;
    private final OrganisationAdministration organisations;
    private final CoordinatorPriorities priorities;
    private final ApiClients apiClients;
    private final DemoLogins logins;
    private final DemoRegionMunicipalities regionMunicipalities;
    private final DataFolder dataFolder;
    private final TransactionTemplate transactions;
    private final JsonMapper json;

    DemoSeeder(
            @Value("${verwijsindex.demo}") String demo,
            DatabaseMode databaseMode,
            OrganisationAdministration organisations,
            CoordinatorPriorities priorities,
            ApiClients apiClients,
            Accounts accounts,
            Regions regions,
            DataFolder dataFolder,
            TransactionTemplate transactions,
            JsonMapper json) {
        this.enabled = enabled(demo, databaseMode);
        this.organisations = organisations;
        this.priorities = priorities;
        this.apiClients = apiClients;
        this.logins = new DemoLogins(accounts);
        this.regionMunicipalities = new DemoRegionMunicipalities(organisations, priorities, regions);
        this.dataFolder = dataFolder;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        var file = dataFolder.resolve(CREDENTIALS_FILE);
        var existing = organisations.findMunicipality(DemoRegion.MUNICIPALITY_CODE);
        if (existing.isPresent()
                && Files.exists(file)
                && logins.exists(officerEmail(DemoRegion.MUNICIPAL_OFFICER))
                && logins.exists(officerEmail(DemoRegion.SECOND_MUNICIPAL_OFFICER))
                && logins.exists(functionalAdministratorEmail())) {
            transactions.executeWithoutResult(status -> regionMunicipalities.addMissing(existing.get()));
            log.info("Demo region present; its credentials are in {}", file);
            return;
        }

        var credentials = transactions.execute(status -> {
            var issued = existing.map(this::issueCredentials).orElseGet(this::seed);
            regionMunicipalities.addMissing(issued.municipality().id());
            return issued;
        });
        dataFolder.writePrivateFile(
                CREDENTIALS_FILE, json.writerWithDefaultPrettyPrinter().writeValueAsString(credentials));
        log.info(
                "Demo region {}; its credentials are in {}",
                existing.isPresent() ? "given new API tokens and passwords" : "created",
                file);
    }

    private DemoCredentials seed() {
        var municipality = organisations.addMunicipality(
                UUID.randomUUID(), DemoRegion.MUNICIPALITY_CODE, DemoRegion.MUNICIPALITY_NAME);
        organisations.setCoordinatorEmail(
                municipality, DemoRegion.MUNICIPAL_COORDINATOR_MAILBOX + "@" + DemoRegion.MUNICIPALITY_EMAIL_DOMAIN);
        for (var organisation : DemoRegion.ORGANISATIONS) {
            var id = organisations.connectOrganisation(
                    municipality,
                    organisation.name(),
                    organisation.kind(),
                    organisation.defaultSignalMonths(),
                    organisation.signalOnly());
            for (var person : organisation.professionals()) {
                organisations.designateProfessional(
                        id,
                        person.name(),
                        person.mailbox() + "@" + organisation.emailDomain(),
                        person.phone(),
                        person.language());
            }
        }
        priorities.setPriority(municipality, DemoRegion.COORDINATOR_PRIORITY);
        return issueCredentials(municipality);
    }

    /**
     * Gives every demo API client a new token and every demo person a new password and TOTP secret,
     * creating an API client where an organisation has none.
     */
    private DemoCredentials issueCredentials(UUID municipality) {
        var result = organisations.organisationsOf(municipality).stream()
                .map(this::issueCredentials)
                .toList();
        var officers = List.of(
                issueMunicipalOfficer(DemoRegion.MUNICIPAL_OFFICER, municipality),
                issueMunicipalOfficer(DemoRegion.SECOND_MUNICIPAL_OFFICER, municipality));

        return new DemoCredentials(
                new DemoCredentials.Municipality(
                        municipality, DemoRegion.MUNICIPALITY_CODE, DemoRegion.MUNICIPALITY_NAME, officers),
                result,
                List.of(issueFunctionalAdministrator()));
    }

    private DemoCredentials.Administrator issueMunicipalOfficer(DemoRegion.Person officer, UUID municipality) {
        var email = officerEmail(officer);
        var login = logins.issue(NewAccount.municipalOfficer(email, officer.name(), officer.language(), municipality));
        return administrator(officer.name(), email, login);
    }

    private DemoCredentials.Administrator issueFunctionalAdministrator() {
        var person = DemoRegion.FUNCTIONAL_ADMINISTRATOR;
        var email = functionalAdministratorEmail();
        var login = logins.issue(NewAccount.functionalAdministrator(email, person.name(), person.language()));
        return administrator(person.name(), email, login);
    }

    private DemoCredentials.Organisation issueCredentials(OrganisationDetails organisation) {
        var client = apiClients.activeClientsOf(organisation.id()).stream()
                .findFirst()
                .map(apiClients::rotateToken)
                .orElseGet(() -> apiClients.create(organisation.id(), organisation.name() + " client system"));
        var professionals = organisation.professionals().stream()
                .map(p -> {
                    var login = logins.issue(
                            NewAccount.professional(p.email(), p.name(), p.language(), p.id(), organisation.id()));
                    return new DemoCredentials.Professional(
                            p.id(),
                            p.name(),
                            p.email(),
                            p.phone(),
                            login.password(),
                            login.enrolment().totpSecret());
                })
                .toList();
        var administratorName = "Beheer " + organisation.name();
        var administratorEmail = DemoLogins.administratorEmail(
                organisation.professionals().get(0).email());
        var login = logins.issue(NewAccount.organisationAdministrator(
                administratorEmail, administratorName, Locale.forLanguageTag("nl"), organisation.id()));

        return new DemoCredentials.Organisation(
                organisation.id(),
                organisation.name(),
                organisation.kind().code(),
                client.token(),
                professionals,
                List.of(administrator(administratorName, administratorEmail, login)));
    }

    private static DemoCredentials.Administrator administrator(String name, String email, DemoLogins.Login login) {
        return new DemoCredentials.Administrator(
                login.enrolment().accountId(),
                name,
                email,
                login.password(),
                login.enrolment().totpSecret());
    }

    private static String officerEmail(DemoRegion.Person officer) {
        return officer.mailbox() + "@" + DemoRegion.MUNICIPALITY_EMAIL_DOMAIN;
    }

    private static String functionalAdministratorEmail() {
        return DemoRegion.FUNCTIONAL_ADMINISTRATOR.mailbox() + "@" + DemoRegion.FUNCTIONAL_ADMINISTRATOR_EMAIL_DOMAIN;
    }

    static boolean enabled(String demo, DatabaseMode databaseMode) {
        return switch (demo.trim().toLowerCase(Locale.ROOT)) {
            case "" -> databaseMode == DatabaseMode.EMBEDDED;
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new IllegalArgumentException(
                        "VERWIJSINDEX_DEMO is '" + demo + "'; set it to true, false, or leave it unset");
        };
    }
}
