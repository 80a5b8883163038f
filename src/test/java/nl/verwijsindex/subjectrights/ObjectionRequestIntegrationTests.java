package nl.verwijsindex.subjectrights;

import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_11;
import static nl.verwijsindex.subjectrights.RightsFixtures.CHILD_13;
import static nl.verwijsindex.subjectrights.RightsFixtures.SECOND_OFFICER;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** An objection upheld by one officer and approved by a second: the child's signals are destroyed and their professionals emailed. */
class ObjectionRequestIntegrationTests extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Pseudonymisation pseudonymisation;

    AuditChain chain;
    TestApi api;
    UUID officer;
    UUID secondOfficer;

    @BeforeEach
    void prepare() {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        officer = accounts.of(MUNICIPAL_OFFICER).accountId();
        secondOfficer = accounts.of(SECOND_OFFICER).accountId();
    }

    @Test
    void upheldObjectionDestroysSignalsAndEmailsProfessionals() throws Exception {
        var teacherSignal = register(SCHOOL.apiToken(), CHILD_13, TEACHER.id(), "LLN-0042");
        var carerSignal = register(YOUTH_CARE.apiToken(), CHILD_13, CARER.id(), null);
        var otherChildSignal = register(SCHOOL.apiToken(), CHILD_11, TEACHER.id(), null);
        var numbers = signalNumbers(teacherSignal, carerSignal);
        smtp.waitForIncomingEmail(10_000, 2);
        smtp.purgeEmailFromAllMailboxes();
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var secondSession = loggedIn(SECOND_OFFICER);
        var id = RightsFixtures.record(officerSession, "objection", "parent-and-child", "12-to-15", "2026-12-02");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));
        var propose = RightsFixtures.step(
                officerSession, id, "propose", Map.of("outcome", "upheld", "note", "Geen grond voor de meldingen."));
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var approve = RightsFixtures.step(secondSession, id, "approve", Map.of());

        assertThat(propose.statusCode()).isEqualTo(302);
        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(signalIds()).containsExactly(otherChildSignal);
        assertThat(jdbc.sql("select status from rights_requests where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("approved");

        assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
        var emails = Arrays.stream(smtp.getReceivedMessages())
                .sorted(java.util.Comparator.comparing(ObjectionRequestIntegrationTests::recipient))
                .toList();
        assertThat(emails).hasSize(2);
        assertThat(recipient(emails.get(0))).isEqualTo(TEACHER.email());
        assertThat(emails.get(0).getSubject()).isEqualTo("Melding " + numbers.get(0) + " is verwijderd na bezwaar");
        assertThat(GreenMailUtil.getBody(emails.get(0)))
                .contains("Uw melding met nummer " + numbers.get(0) + " en eigen kenmerk LLN-0042 is verwijderd");
        assertThat(recipient(emails.get(1))).isEqualTo(CARER.email());
        assertThat(emails.get(1).getSubject()).isEqualTo("Melding " + numbers.get(1) + " is verwijderd na bezwaar");
        assertThat(GreenMailUtil.getBody(emails.get(1)))
                .contains("Uw melding met nummer " + numbers.get(1) + " is verwijderd uit de verwijsindex.");
        assertThat(GreenMailUtil.getBody(emails.get(1))).doesNotContain("eigen kenmerk");
        for (var email : emails) {
            assertThat(GreenMailUtil.getWholeMessage(email)).doesNotContain(CHILD_13);
        }

        var child = pseudonym(CHILD_13);
        var entries = awaitEntries(before, 6);
        assertThat(entries.subList(0, 4))
                .containsExactly(
                        officerEntry(before + 1, secondOfficer, "read", id, child),
                        destructionEntry(before + 2, teacherSignal, child),
                        destructionEntry(before + 3, carerSignal, child),
                        officerEntry(before + 4, secondOfficer, "write", id, child));
        // The sent messages are deleted, so their ids live on only in the two notification entries.
        assertThat(entries.subList(4, 6))
                .extracting(AuditChain.Row::objectId)
                .doesNotContainNull()
                .doesNotHaveDuplicates();
        for (var notification : entries.subList(4, 6)) {
            assertThat(notification.action()).isEqualTo("notification");
            assertThat(notification.outcome()).isEqualTo("success");
            assertThat(notification.actorType()).isEqualTo("system");
            assertThat(notification.actorId()).isEqualTo("notification-dispatcher");
            assertThat(notification.actorRole()).isNull();
            assertThat(notification.actorOrganisationId()).isNull();
            assertThat(notification.actorMunicipalityId()).isNull();
            assertThat(notification.onBehalfOf()).isNull();
            assertThat(notification.origin()).isNull();
            assertThat(notification.objectType()).isEqualTo("message");
            assertThat(notification.child()).isNull();
            assertThat(notification.purpose()).isEqualTo("notify-objection-upheld");
        }
        assertThat(objectionMessageIds()).isEmpty();
    }

    @Test
    void destroyedChildTakesWaitingObjectionMessage() {
        var child = pseudonymisation.pseudonymise(Bsn.of(CHILD_13));
        var otherChild = pseudonymisation.pseudonymise(Bsn.of(CHILD_11));
        var waiting = queueObjectionMessage(TEACHER.id(), child.value());
        var otherChildMessage = queueObjectionMessage(TEACHER.id(), otherChild.value());
        var destruction = context.getBean(nl.verwijsindex.registration.ChildDestruction.class);

        new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> destruction.destroyEverything(
                        child, nl.verwijsindex.registration.DestructionReason.TWENTY_THIRD_BIRTHDAY));

        assertThat(objectionMessageIds()).containsExactly(otherChildMessage.toString());
        assertThat(objectionMessageIds()).doesNotContain(waiting.toString());
    }

    @Test
    void cancelledObjectionMessageIsDeleted() throws Exception {
        var child = pseudonymisation.pseudonymise(Bsn.of(CHILD_13));
        // No professional has this id, so the dispatcher cancels the message.
        var cancelled = queueObjectionMessage(UUID.randomUUID(), child.value());
        jdbc.sql("update objection_messages set next_attempt_at = ? where id = ?")
                .params(java.sql.Timestamp.from(clock.instant()), cancelled)
                .update();

        for (int attempt = 0; attempt < 100 && !objectionMessageIds().isEmpty(); attempt++) {
            Thread.sleep(100);
        }

        assertThat(objectionMessageIds()).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void sentBackProposalChangesNothing() {
        var teacherSignal = register(SCHOOL.apiToken(), CHILD_13, TEACHER.id(), null);
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var secondSession = loggedIn(SECOND_OFFICER);
        var id = RightsFixtures.record(officerSession, "objection", "parent-and-child", "12-to-15", "2026-12-02");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));
        RightsFixtures.step(officerSession, id, "propose", Map.of("outcome", "upheld", "note", "Bezwaar gegrond."));
        awaitQueuedEmails();
        var before = chain.lastSequence();

        var sendBack = RightsFixtures.step(secondSession, id, "send-back", Map.of());

        assertThat(sendBack.statusCode()).isEqualTo(302);
        assertThat(signalIds()).containsExactly(teacherSignal);
        var row = jdbc.sql("select status, proposal, proposal_note, proposed_by from rights_requests where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("open");
        assertThat(row.get("proposal")).isNull();
        assertThat(row.get("proposal_note")).isNull();
        assertThat(row.get("proposed_by")).isNull();
        var child = pseudonym(CHILD_13);
        assertThat(chain.after(before))
                .containsExactly(
                        officerEntry(before + 1, secondOfficer, "read", id, child),
                        officerEntry(before + 2, secondOfficer, "write", id, child));
    }

    @Test
    void upheldObjectionNeedsNote() {
        register(SCHOOL.apiToken(), CHILD_13, TEACHER.id(), null);
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(officerSession, "objection", "parent-and-child", "12-to-15", "2026-12-02");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));

        var propose = RightsFixtures.step(officerSession, id, "propose", Map.of("outcome", "upheld", "note", " "));
        var letterReady =
                RightsFixtures.step(officerSession, id, "propose", Map.of("outcome", "letter-ready", "note", ""));

        assertThat(propose.statusCode()).isEqualTo(422);
        assertThat(propose.body()).contains("Vul een toelichting in");
        assertThat(letterReady.statusCode()).isEqualTo(422);
        assertThat(letterReady.body()).contains("Kies een afhandeling die bij de soort verzoek past.");
        assertThat(jdbc.sql("select status from rights_requests where id = ?")
                        .param(id)
                        .query(String.class)
                        .single())
                .isEqualTo("open");
    }

    @Test
    void approvedCorrectionKeepsSignals() {
        var teacherSignal = register(SCHOOL.apiToken(), CHILD_13, TEACHER.id(), null);
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var secondSession = loggedIn(SECOND_OFFICER);
        var id = RightsFixtures.record(officerSession, "correction", "parent-and-child", "12-to-15", "2026-12-02");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));
        RightsFixtures.step(
                officerSession, id, "propose", Map.of("outcome", "corrected", "note", "Eigen kenmerk aangepast."));

        var approve = RightsFixtures.step(secondSession, id, "approve", Map.of());

        assertThat(approve.statusCode()).isEqualTo(302);
        assertThat(signalIds()).containsExactly(teacherSignal);
        var row = jdbc.sql("select status, proposal, proposal_note, proposed_by, decided_by from rights_requests"
                        + " where id = ?")
                .param(id)
                .query()
                .singleRow();
        assertThat(row.get("status")).isEqualTo("approved");
        assertThat(row.get("proposal")).isEqualTo("corrected");
        assertThat(row.get("proposal_note")).isEqualTo("Eigen kenmerk aangepast.");
        assertThat(row.get("proposed_by")).isEqualTo(officer);
        assertThat(row.get("decided_by")).isEqualTo(secondOfficer);
        assertThat(jdbc.sql("select count(*) from objection_messages")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void destroyedChildLeavesNoRequestRow() {
        var officerSession = loggedIn(MUNICIPAL_OFFICER);
        var id = RightsFixtures.record(officerSession, "inspection", "parent-and-child", "12-to-15", "2026-12-02");
        RightsFixtures.step(officerSession, id, "look-up", Map.of("bsn", CHILD_13));
        var destruction = context.getBean(nl.verwijsindex.registration.ChildDestruction.class);

        new org.springframework.transaction.support.TransactionTemplate(
                        context.getBean(org.springframework.transaction.PlatformTransactionManager.class))
                .executeWithoutResult(status -> destruction.destroyEverything(
                        pseudonymisation.pseudonymise(Bsn.of(CHILD_13)),
                        nl.verwijsindex.registration.DestructionReason.TWENTY_THIRD_BIRTHDAY));

        assertThat(jdbc.sql("select count(*) from rights_requests")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private UUID register(String token, String bsn, UUID professional, @Nullable String ownReference) {
        var body = new java.util.HashMap<String, String>();
        body.put("bsn", bsn);
        body.put("professionalId", professional.toString());
        if (ownReference != null) {
            body.put("ownReference", ownReference);
        }
        var response = api.post(token, "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    private List<Long> signalNumbers(UUID first, UUID second) {
        return List.of(number(first), number(second));
    }

    private long number(UUID signal) {
        return jdbc.sql("select number from signals where id = ?")
                .param(signal)
                .query(Long.class)
                .single();
    }

    private List<UUID> signalIds() {
        return jdbc.sql("select id from signals order by number")
                .query(UUID.class)
                .list();
    }

    /** Waits for the dispatcher's entries, which it records after the approving request has returned. */
    private List<AuditChain.Row> awaitEntries(long before, int count) throws InterruptedException {
        for (int attempt = 0; attempt < 100; attempt++) {
            var entries = chain.after(before);
            if (entries.size() >= count) {
                return entries;
            }
            Thread.sleep(100);
        }
        return chain.after(before);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String pseudonym(String bsn) {
        return HexFormat.of()
                .formatHex(pseudonymisation.pseudonymise(Bsn.of(bsn)).value());
    }

    private AuditChain.Row officerEntry(long sequence, UUID account, String action, UUID request, String child) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                action,
                "success",
                "account",
                account.toString(),
                "municipal-officer",
                null,
                MUNICIPALITY,
                null,
                "127.0.0.1",
                "rights-request",
                request.toString(),
                child,
                1,
                "rights-request");
    }

    private AuditChain.Row destructionEntry(long sequence, UUID signal, String child) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                "write",
                "success",
                "system",
                "child-destruction",
                null,
                null,
                null,
                null,
                null,
                "signal",
                signal.toString(),
                child,
                1,
                "destroy-objection-upheld");
    }

    /** Queues an objection message that is due only next year, so that the dispatcher leaves it waiting. */
    private UUID queueObjectionMessage(UUID professional, byte[] child) {
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into objection_messages (id, recipient_professional_id, signal_id, signal_number,
                               own_reference, child_pseudonym, pseudonym_key_version, created_at, next_attempt_at)
                        values (?, ?, ?, 17, 'LLN-0042', ?, 1, ?, ?)
                        """)
                .params(
                        id,
                        professional,
                        UUID.randomUUID(),
                        child,
                        java.sql.Timestamp.from(clock.instant()),
                        java.sql.Timestamp.from(java.time.Instant.parse("2027-12-04T00:00:00Z")))
                .update();
        return id;
    }

    private List<String> objectionMessageIds() {
        return jdbc.sql("select id::text from objection_messages")
                .query(String.class)
                .list();
    }
}
