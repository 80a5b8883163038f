package nl.verwijsindex.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Locale;
import java.util.UUID;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestAccounts;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The account status that administrators' pages list, and deactivating and reactivating an account. */
class AccountStatusIntegrationTests extends IntegrationTest {

    private static final String EMAIL = "status.test@school.test";

    @Autowired
    Accounts accountsService;

    @Autowired
    Invitations invitations;

    @Test
    void statusFollowsInvitationAndDeactivation() throws Exception {
        var accountId = invite();
        var invited = accountsService.status(accountId);
        InvitationPages.accept(
                new WebSession(port), InvitationMails.path(InvitationMails.receiveOne(smtp)), clock.instant());
        var accepted = accountsService.status(accountId);
        accountsService.deactivate(accountId);
        var deactivated = accountsService.status(accountId);
        accountsService.reactivate(accountId);
        var reactivated = accountsService.status(accountId);

        assertThat(invited).isEqualTo(AccountStatus.INVITED);
        assertThat(accepted).isEqualTo(AccountStatus.ACTIVE);
        assertThat(deactivated).isEqualTo(AccountStatus.DEACTIVATED);
        assertThat(reactivated).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void reactivatedAccountLogsInAgain() {
        var teacher = accounts.of(TestRegion.TEACHER);
        accountsService.deactivate(teacher.accountId());
        var whileDeactivated = new WebSession(port)
                .logIn(
                        TestRegion.TEACHER.email(),
                        TestAccounts.PASSWORD,
                        TestAccounts.totpCode(teacher.totpSecret(), clock.instant()));

        accountsService.reactivate(teacher.accountId());
        var afterReactivation = new WebSession(port)
                .logIn(
                        TestRegion.TEACHER.email(),
                        TestAccounts.PASSWORD,
                        TestAccounts.totpCode(teacher.totpSecret(), clock.instant()));

        assertThat(WebSession.location(whileDeactivated)).isEqualTo("/login?error");
        assertThat(WebSession.location(afterReactivation)).isEqualTo("/home");
    }

    @Test
    void deactivatedAccountCannotBeInvitedAgain() throws Exception {
        var accountId = invite();
        var path = InvitationMails.path(InvitationMails.receiveOne(smtp));
        accountsService.deactivate(accountId);

        var page = new WebSession(port).get(path);

        assertThat(page.statusCode()).isEqualTo(404);
        assertThatIllegalStateException().isThrownBy(() -> invitations.reinvite(accountId, null));
    }

    @Test
    void professionalAccountFoundByProfessional() {
        var teacher = accounts.of(TestRegion.TEACHER);

        assertThat(accountsService.findByProfessional(TestRegion.TEACHER.id())).hasValue(teacher.accountId());
        assertThat(accountsService.findByProfessional(UUID.randomUUID())).isEmpty();
    }

    @Test
    void unknownAccountRejected() {
        var unknown = UUID.randomUUID();

        assertThatIllegalArgumentException().isThrownBy(() -> accountsService.status(unknown));
        assertThatIllegalArgumentException().isThrownBy(() -> accountsService.reactivate(unknown));
        assertThatIllegalArgumentException().isThrownBy(() -> invitations.reinvite(unknown, null));
    }

    private UUID invite() {
        return invitations.invite(
                NewAccount.organisationAdministrator(
                        EMAIL, "Sem Status", Locale.forLanguageTag("nl"), TestRegion.SCHOOL.id()),
                null);
    }
}
