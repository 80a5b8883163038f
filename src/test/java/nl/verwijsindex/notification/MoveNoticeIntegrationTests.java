package nl.verwijsindex.notification;

import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OTHER_MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ChildMoved;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import nl.verwijsindex.registration.DestructionReason;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The notice to a municipality's coordinator when a child with active signals moves there. */
class MoveNoticeIntegrationTests extends IntegrationTest {

    /** Mira Maasland, born 2017-01-01, registered in Amsterdam (0363) in the RvIG test data. */
    private static final String CHILD = "999970033";

    private static final List<String> CHILD_DATA = List.of(CHILD, "Mira", "Maasland", "2017-01-01", "20170101");

    private static final String COORDINATOR = "regie@zaanstad.test";

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    ApplicationContext context;

    TestApi api;
    TransactionTemplate transactions;
    Pseudonym child;

    @BeforeEach
    void setUp() {
        api = new TestApi(port);
        transactions = new TransactionTemplate(transactionManager);
        child = pseudonymisation.pseudonymise(Bsn.of(CHILD));
    }

    @Test
    void moveToMunicipalityWithCoordinatorSendsNotice() throws Exception {
        var teacher = register(TEACHER, "LLN-2291");
        var nurse = register(NURSE, null);
        setCoordinator(COORDINATOR);

        publish(new ChildMoved(child, "0363", "0479"));

        var email = single(received());
        assertThat(email.getRecipients(Message.RecipientType.TO))
                .extracting(Object::toString)
                .containsExactly(COORDINATOR);
        assertThat(email.getSubject())
                .isEqualTo("Verhuizing naar Zaanstad: jeugdige met lopende meldingen in de verwijsindex");
        var text = Emails.text(email);
        assertThat(text).startsWith("Beste regievoerder van de gemeente Zaanstad,\n\n");
        assertThat(text)
                .contains(
                        "Anna de Vries\nOrganisatie: Basisschool De Regenboog\nE-mailadres: anna.devries@school.test\n"
                                + "Telefoonnummer: 070 111 1111\nNummer van hun melding: " + teacher
                                + "\nDatum van de melding: 4 december 2026\n",
                        "Carla Smit\nOrganisatie: JGZ Haaglanden\nE-mailadres: carla.smit@jgz.test\n"
                                + "Telefoonnummer: 070 222 1111\nNummer van hun melding: " + nurse
                                + "\nDatum van de melding: 4 december 2026\n");
        assertThat(Emails.html(email)).contains(">Anna de Vries</th>", ">Carla Smit</th>", "<html lang=\"nl\">");
        assertThat(email.getMessageID()).matches("<move\\.[0-9a-f-]{36}@localhost>");
        assertThat(noticeIds()).isEmpty();
        assertThat(text).doesNotContain("LLN-2291");
        assertNoChildData(email);
    }

    @Test
    void noticeRecordsQueuedAndSentEntries() throws Exception {
        register(TEACHER, null);
        setCoordinator(COORDINATOR);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        publish(new ChildMoved(child, "0363", "0479"));
        var messageId = single(received()).getMessageID();
        var noticeId = messageId.substring(messageId.indexOf('.') + 1, messageId.indexOf('@'));

        var pseudonym = HexFormat.of().formatHex(child.value());
        assertThat(chain.after(before))
                .containsExactly(
                        entry(
                                before + 1,
                                "success",
                                "queue-move-notices",
                                "municipality",
                                OTHER_MUNICIPALITY.toString()),
                        entry(before + 2, "success", "notification-dispatcher", "message", noticeId));
        assertThat(chain.after(before))
                .allSatisfy(row -> assertThat(row.child()).isEqualTo(pseudonym));
    }

    @Test
    void municipalityWithoutCoordinatorGetsNothing() throws Exception {
        register(TEACHER, null);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        publish(new ChildMoved(child, "0363", "0479"));

        assertThat(noticeIds()).isEmpty();
        assertThat(chain.after(before))
                .containsExactly(entry(
                        before + 1, "rejected", "queue-move-notices", "municipality", OTHER_MUNICIPALITY.toString()));
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void municipalityNotInIndexGetsNothing() throws Exception {
        register(TEACHER, null);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        publish(new ChildMoved(child, "0363", "0599"));

        assertThat(noticeIds()).isEmpty();
        assertThat(chain.after(before))
                .containsExactly(entry(before + 1, "rejected", "queue-move-notices", "municipality-code", "0599"));
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void moveReportedTwiceSendsOneNotice() throws Exception {
        register(TEACHER, null);
        setCoordinator(COORDINATOR);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ChildMoved(child, "0363", "0479"));
            events.publishEvent(new ChildMoved(child, "0363", "0479"));
        });

        assertThat(received()).hasSize(1);
        assertThat(noticeIds()).isEmpty();
    }

    @Test
    void archivedSignalIsLeftOut() throws Exception {
        var teacher = register(TEACHER, null);
        var nurse = register(NURSE, null);
        var ended = api.end(NURSE.organisation().apiToken(), signalId(nurse), "risk-gone");
        assertThat(ended.status()).as(ended.text()).isEqualTo(200);
        setCoordinator(COORDINATOR);

        publish(new ChildMoved(child, "0363", "0479"));

        var text = Emails.text(single(received()));
        assertThat(text).contains("Anna de Vries\n", "Nummer van hun melding: " + teacher + "\n");
        assertThat(text).doesNotContain(NURSE.name(), NURSE.email());
    }

    @Test
    void childWithoutActiveSignalGetsNoNotice() throws Exception {
        setCoordinator(COORDINATOR);
        var chain = new AuditChain(jdbc, context);
        var before = chain.lastSequence();

        publish(new ChildMoved(child, "0363", "0479"));

        assertThat(noticeIds()).isEmpty();
        assertThat(chain.after(before)).isEmpty();
    }

    @Test
    void destroyedChildLeavesNoNotice() throws Exception {
        register(TEACHER, null);
        setCoordinator(COORDINATOR);

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ChildMoved(child, "0363", "0479"));
            events.publishEvent(new ChildTracesDestroyed(child, DestructionReason.DEATH));
        });

        assertThat(noticeIds()).isEmpty();
        Thread.sleep(500);
        assertThat(received()).isEmpty();
    }

    private void publish(ChildMoved event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    /** Registers the child's signal through the API and returns its number. */
    private long register(Person professional, @Nullable String ownReference) {
        var body = new HashMap<String, String>();
        body.put("bsn", CHILD);
        body.put("professionalId", professional.id().toString());
        if (ownReference != null) {
            body.put("ownReference", ownReference);
        }
        var response = api.post(professional.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body().path("number").asLong();
    }

    private UUID signalId(long number) {
        return jdbc.sql("select id from signals where number = ?")
                .param(number)
                .query(UUID.class)
                .single();
    }

    private void setCoordinator(String email) {
        jdbc.sql("update municipalities set coordinator_email = ? where id = ?")
                .params(email, OTHER_MUNICIPALITY)
                .update();
    }

    private List<UUID> noticeIds() {
        return jdbc.sql("select id from move_notices order by number")
                .query(UUID.class)
                .list();
    }

    /**
     * Waits until the outbox has sent or dropped every notice, and returns the emails GreenMail
     * received for the coordinator. Two signals on the child also send match notifications to their
     * professionals, which are left out.
     */
    private List<MimeMessage> received() throws Exception {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from move_notices")
                                .query(Long.class)
                                .single()
                        == 0);
        var toCoordinator = new java.util.ArrayList<MimeMessage>();
        for (var email : smtp.getReceivedMessages()) {
            if (email.getRecipients(Message.RecipientType.TO)[0].toString().equals(COORDINATOR)) {
                toCoordinator.add(email);
            }
        }
        return toCoordinator;
    }

    private static MimeMessage single(List<MimeMessage> emails) {
        assertThat(emails).hasSize(1);
        return emails.get(0);
    }

    private static void assertNoChildData(MimeMessage email) throws Exception {
        for (var part : List.of(email.getSubject(), Emails.text(email), Emails.html(email))) {
            for (var value : CHILD_DATA) {
                assertThat(part).doesNotContain(value);
            }
        }
    }

    private AuditChain.Row entry(long sequence, String outcome, String actor, String objectType, String objectId) {
        return new AuditChain.Row(
                sequence,
                clock.instant(),
                "notification",
                outcome,
                "system",
                actor,
                null,
                null,
                null,
                null,
                null,
                objectType,
                objectId,
                HexFormat.of().formatHex(child.value()),
                child.keyVersion(),
                "tell-move");
    }
}
