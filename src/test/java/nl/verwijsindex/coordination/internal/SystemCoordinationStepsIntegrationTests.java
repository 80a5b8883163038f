package nl.verwijsindex.coordination.internal;

import static nl.verwijsindex.coordination.internal.Matches.CHILD;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.audit.ExpectedEntry;
import nl.verwijsindex.coordination.CoordinationSteps;
import nl.verwijsindex.coordination.CoordinationSteps.StepResult;
import nl.verwijsindex.matching.CoordinationStatus;
import nl.verwijsindex.matching.MatchCoordination;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The coordination steps that a caller inside the application takes for a professional: the same
 * rules as the page steps, and audit entries by the caller's actor on behalf of the professional,
 * with no origin. The match is a child match of TEACHER (a signal-only school), NURSE and CARER.
 */
class SystemCoordinationStepsIntegrationTests extends IntegrationTest {

    static final AuditActor DEMO = AuditActor.system("demo-history");

    @Autowired
    CoordinationSteps steps;

    @Autowired
    MatchCoordination coordination;

    @Autowired
    ApplicationContext context;

    UUID match;
    AuditChain chain;
    long before;

    @BeforeEach
    void matchOfThree() {
        jdbc.sql("update organisations set signal_only = true where id = ?")
                .param(SCHOOL.id())
                .update();
        var matches = new Matches(port);
        matches.register(TEACHER, CHILD);
        matches.register(NURSE, CHILD);
        matches.register(CARER, CHILD);
        match = matches.onlyMatchOf(CARER);
        chain = new AuditChain(jdbc, context);
        before = chain.lastSequence();
    }

    @Test
    void recordsContactWithAuditEntry() {
        var result = steps.recordContact(NURSE.organisation().id(), NURSE.id(), match, DEMO);

        assertThat(result).isEqualTo(StepResult.DONE);
        assertThat(summaryOf(CARER).status()).isEqualTo(CoordinationStatus.IN_CONTACT);
        assertThat(summaryOf(NURSE).contactRecordedOn()).isEqualTo(DEFAULT_TODAY);
        assertStepEntries(expected("success", "record-contact", NURSE));
    }

    @Test
    void proposesAndAcceptsCoordinator() {
        var proposed = steps.propose(NURSE.organisation().id(), NURSE.id(), match, CARER.id(), DEMO);
        var accepted = steps.accept(CARER.organisation().id(), CARER.id(), match, DEMO);

        assertThat(proposed).isEqualTo(StepResult.DONE);
        assertThat(accepted).isEqualTo(StepResult.DONE);
        var summary = summaryOf(NURSE);
        assertThat(summary.status()).isEqualTo(CoordinationStatus.COORDINATED);
        assertThat(summary.coordinatorId()).isEqualTo(CARER.id());
        assertThat(summary.proposedCoordinatorId()).isNull();
        assertStepEntries(
                expected("success", "propose-coordinator", NURSE), expected("success", "accept-coordinator", CARER));
    }

    @Test
    void declinesProposal() {
        steps.propose(NURSE.organisation().id(), NURSE.id(), match, CARER.id(), DEMO);

        var declined = steps.decline(CARER.organisation().id(), CARER.id(), match, DEMO);

        assertThat(declined).isEqualTo(StepResult.DONE);
        var summary = summaryOf(NURSE);
        assertThat(summary.status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(summary.proposedCoordinatorId()).isNull();
        assertThat(summary.coordinatorId()).isNull();
        assertStepEntries(
                expected("success", "propose-coordinator", NURSE), expected("success", "decline-coordinator", CARER));
    }

    @Test
    void rejectsAcceptWithoutProposal() {
        var result = steps.accept(NURSE.organisation().id(), NURSE.id(), match, DEMO);

        assertThat(result).isEqualTo(StepResult.REJECTED);
        var summary = summaryOf(NURSE);
        assertThat(summary.status()).isEqualTo(CoordinationStatus.NEW);
        assertThat(summary.coordinatorId()).isNull();
        assertStepEntries(expected("rejected", "accept-coordinator", NURSE));
    }

    @Test
    void rejectsProposalOfSignalOnlyMember() {
        var result = steps.propose(NURSE.organisation().id(), NURSE.id(), match, TEACHER.id(), DEMO);

        assertThat(result).isEqualTo(StepResult.REJECTED);
        assertThat(summaryOf(NURSE).proposedCoordinatorId()).isNull();
        assertStepEntries(expected("rejected", "propose-coordinator", NURSE));
    }

    @Test
    void rejectsStepOfNonMember() {
        var result = steps.recordContact(HEADTEACHER.organisation().id(), HEADTEACHER.id(), match, DEMO);

        assertThat(result).isEqualTo(StepResult.REJECTED);
        assertThat(summaryOf(NURSE).status()).isEqualTo(CoordinationStatus.NEW);
        var rows = jdbc.sql("select count(*) from match_contacts where match_id = ?")
                .param(match)
                .query(Long.class)
                .single();
        assertThat(rows).isZero();
        assertStepEntries(expected("rejected", "record-contact", HEADTEACHER));
    }

    @Test
    void rejectsProfessionalOfOtherOrganisation() {
        var result = steps.recordContact(SCHOOL.id(), NURSE.id(), match, DEMO);

        assertThat(result).isEqualTo(StepResult.REJECTED);
        assertThat(summaryOf(NURSE).contactRecordedOn()).isNull();
        assertStepEntries(expected("rejected", "record-contact", NURSE));
    }

    private MatchCoordination.Summary summaryOf(Person member) {
        return coordination.summaries(member.id(), List.of(match)).get(match);
    }

    /** Checks every field of the entries of coordination steps since the test began, leaving out the emails. */
    private void assertStepEntries(ExpectedEntry... expected) {
        var rows = chain.after(before).stream()
                .filter(row -> row.action().equals("write"))
                .toList();
        assertThat(rows).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(rows.get(i)).isEqualTo(expected[i].at(rows.get(i).sequence(), clock.instant()));
        }
    }

    private ExpectedEntry expected(String outcome, String purpose, Person professional) {
        return ExpectedEntry.of("write", outcome, purpose)
                .bySystem("demo-history")
                .onBehalfOf(professional.id())
                .from(null)
                .about("match", match);
    }
}
