package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.organisations.OrganisationKind.SAFE_AT_HOME;
import static nl.verwijsindex.organisations.OrganisationKind.SOCIAL_WORK;
import static nl.verwijsindex.organisations.OrganisationKind.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.coordination.CoordinatorPriorities;
import nl.verwijsindex.coordination.CoordinatorPriorities.MunicipalityNotFoundException;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Administrator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Reading and writing a municipality's priority list, with the role checks on the calling account. */
class CoordinatorPrioritiesIntegrationTests extends IntegrationTest {

    @Autowired
    CoordinatorPriorities priorities;

    @Test
    void officerSetsOwnMunicipalitysList() {
        var officer = account(MUNICIPAL_OFFICER, AccountRole.MUNICIPAL_OFFICER);

        priorities.setPriority(officer, MUNICIPALITY, List.of(YOUTH_CARE, SAFE_AT_HOME));

        assertThat(priorities.priorityOf(officer, MUNICIPALITY)).containsExactly(YOUTH_CARE, SAFE_AT_HOME);
        assertThat(priorities.priorityOf(OTHER_MUNICIPALITY)).isEmpty();
    }

    @Test
    void setReplacesWholeList() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, SAFE_AT_HOME));

        priorities.setPriority(MUNICIPALITY, List.of(SOCIAL_WORK));

        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(SOCIAL_WORK);
    }

    @Test
    void officerOfOtherMunicipalityGetsNotFound() {
        priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE));
        var foreign = account(OTHER_MUNICIPAL_OFFICER, AccountRole.MUNICIPAL_OFFICER);

        assertThatThrownBy(() -> priorities.priorityOf(foreign, MUNICIPALITY))
                .isInstanceOf(MunicipalityNotFoundException.class);
        assertThatThrownBy(() -> priorities.setPriority(foreign, MUNICIPALITY, List.of(SOCIAL_WORK)))
                .isInstanceOf(MunicipalityNotFoundException.class);
        assertThat(priorities.priorityOf(MUNICIPALITY)).containsExactly(YOUTH_CARE);
    }

    @Test
    void functionalAdministratorSetsAnyMunicipalitysList() {
        var administrator = account(FUNCTIONAL_ADMINISTRATOR, AccountRole.FUNCTIONAL_ADMINISTRATOR);

        priorities.setPriority(administrator, OTHER_MUNICIPALITY, List.of(SOCIAL_WORK));

        assertThat(priorities.priorityOf(administrator, OTHER_MUNICIPALITY)).containsExactly(SOCIAL_WORK);
    }

    @Test
    void unknownMunicipalityIsNotFound() {
        var administrator = account(FUNCTIONAL_ADMINISTRATOR, AccountRole.FUNCTIONAL_ADMINISTRATOR);

        assertThatThrownBy(() -> priorities.setPriority(administrator, UUID.randomUUID(), List.of(SOCIAL_WORK)))
                .isInstanceOf(MunicipalityNotFoundException.class);
    }

    @Test
    void otherRolesAreDenied() {
        var schoolAdministrator = account(SCHOOL_ADMINISTRATOR, AccountRole.ORGANISATION_ADMINISTRATOR);
        var professional = new SignedInAccount(
                UUID.randomUUID(), TEACHER.name(), AccountRole.PROFESSIONAL, SCHOOL.name(), TEACHER.id(), SCHOOL.id());

        assertThatThrownBy(() -> priorities.setPriority(schoolAdministrator, MUNICIPALITY, List.of(YOUTH_CARE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> priorities.priorityOf(professional, MUNICIPALITY))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(priorities.priorityOf(MUNICIPALITY)).isEmpty();
    }

    @Test
    void repeatedKindIsRejected() {
        assertThatThrownBy(() -> priorities.setPriority(MUNICIPALITY, List.of(YOUTH_CARE, SOCIAL_WORK, YOUTH_CARE)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "The organisation kind 'youth-care' appears twice in the priority list; name each kind once");
        assertThat(priorities.priorityOf(MUNICIPALITY)).isEmpty();
    }

    /**
     * Returns the session account of the administrator's login account, created on first use, with
     * the organisation and municipality that a login reads from the account.
     */
    private SignedInAccount account(Administrator administrator, AccountRole role) {
        return new SignedInAccount(
                accounts.of(administrator).accountId(),
                administrator.name(),
                role,
                null,
                null,
                administrator.organisationId(),
                administrator.municipalityId());
    }
}
