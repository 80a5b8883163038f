package nl.verwijsindex.registration;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.OTHER_TOWN_TEACHER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import nl.verwijsindex.notification.Emails;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Handing a departing professional's signals over to a colleague: the signals, the matches and
 * their members, the colleague's matches in the pages and the API, and the emails that introduce
 * the colleague to the others.
 */
class SignalTransferIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01; shares both parents with {@link #SISTER}. */
    private static final String CHILD = "999970033";

    private static final String SISTER = "999970045";

    /** Raghnild Rooyakkers, born 2012-05-01, shares no parent with the other children here. */
    private static final String OTHER_CHILD = "999999618";

    private static final LocalDate TODAY = DEFAULT_TODAY;

    @Test
    void transferMovesSignalAndIntroducesColleague() throws Exception {
        var signal = register(TEACHER, CHILD, "LL-0042");
        register(CARER, CHILD, null);
        var match = matchOf(signal);
        awaitEmails(2);
        smtp.purgeEmailFromAllMailboxes();

        var response = transfer(TEACHER, HEADTEACHER, List.of(signal));
        var outcome = adminSession.get(WebSession.location(response)).body();

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(WebSession.location(response)).isEqualTo("/organisation/signals");
        assertThat(outcome).contains("1 melding is overgedragen.").doesNotContain("gearchiveerd", "overgeslagen");
        var stored = jdbc.sql("select professional_id, status, own_reference, number from signals where id = ?")
                .param(signal)
                .query()
                .singleRow();
        assertThat(stored.get("professional_id")).isEqualTo(HEADTEACHER.id());
        assertThat(stored.get("status")).isEqualTo("active");
        assertThat(stored.get("own_reference")).isEqualTo("LL-0042");
        assertThat(candidateProfessional(signal)).isEqualTo(HEADTEACHER.id());
        assertThat(members(match)).hasSize(2).contains(signal);
        assertThat(matchEndedOn(match)).isNull();
        assertThat(matchedNames(HEADTEACHER)).containsExactly(CARER.name());
        assertThat(matchedNames(CARER)).containsExactly(HEADTEACHER.name());
        assertThat(matchedNames(TEACHER)).isEmpty();
        assertThat(loggedIn(HEADTEACHER).get("/matches").body()).contains(CARER.name(), CARER.email(), "LL-0042");
        var emails = awaitEmails(2);
        assertThat(introductions(emails))
                .containsExactlyInAnyOrder(
                        HEADTEACHER.email() + " <- " + CARER.email(), CARER.email() + " <- " + HEADTEACHER.email());
    }

    @Test
    void transferArchivesDuplicateAndEndsItsMatch() throws Exception {
        var teacherOnOther = register(TEACHER, OTHER_CHILD, "LL-1");
        var headteacherOnOther = register(HEADTEACHER, OTHER_CHILD, "LL-2");
        var teacherOnChild = register(TEACHER, CHILD, null);
        register(CARER, CHILD, null);
        var otherMatch = matchOf(teacherOnOther);
        var childMatch = matchOf(teacherOnChild);
        awaitEmails(4);
        smtp.purgeEmailFromAllMailboxes();

        var response = transfer(TEACHER, HEADTEACHER, List.of(teacherOnOther, teacherOnChild));
        var outcome = adminSession.get(WebSession.location(response)).body();

        assertThat(outcome).contains("1 melding is overgedragen.");
        assertThat(outcome)
                .contains(
                        "1 melding is gearchiveerd, omdat de collega al een actieve melding over hetzelfde kind had.");
        var archived = jdbc.sql("select professional_id, status, end_reason, ended_on from signals where id = ?")
                .param(teacherOnOther)
                .query()
                .singleRow();
        assertThat(archived.get("professional_id")).isEqualTo(TEACHER.id());
        assertThat(archived.get("status")).isEqualTo("archived");
        assertThat(archived.get("end_reason")).isEqualTo("transferred");
        assertThat(archived.get("ended_on")).isEqualTo(java.sql.Date.valueOf(TODAY));
        assertThat(status(headteacherOnOther)).isEqualTo("active");
        assertThat(matchEndedOn(otherMatch)).isEqualTo(java.sql.Date.valueOf(TODAY));
        assertThat(matchEndedOn(childMatch)).isNull();
        assertThat(activeSignals(HEADTEACHER)).isEqualTo(2);
        assertThat(activeSignals(TEACHER)).isZero();
        assertThat(matchedNames(HEADTEACHER)).containsExactly(CARER.name());
        assertThat(introductions(awaitEmails(2)))
                .containsExactlyInAnyOrder(
                        HEADTEACHER.email() + " <- " + CARER.email(), CARER.email() + " <- " + HEADTEACHER.email());
    }

    @Test
    void transferEndsFamilyMatchWithOneHolder() throws Exception {
        var teacherOnChild = register(TEACHER, CHILD, null);
        register(HEADTEACHER, SISTER, null);
        var familyMatch = matchOf(teacherOnChild);
        awaitEmails(2);
        smtp.purgeEmailFromAllMailboxes();

        transfer(TEACHER, HEADTEACHER, List.of(teacherOnChild));

        assertThat(matchEndedOn(familyMatch)).isEqualTo(java.sql.Date.valueOf(TODAY));
        assertThat(matchedNames(HEADTEACHER)).isEmpty();
        Thread.sleep(1_000);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void transferOfChosenSignalMakesFamilyMatch() throws Exception {
        var onChild = register(TEACHER, CHILD, null);
        var onSister = register(TEACHER, SISTER, null);

        var response = transfer(TEACHER, HEADTEACHER, List.of(onChild));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("select professional_id from signals where id = ?")
                        .param(onSister)
                        .query(UUID.class)
                        .single())
                .isEqualTo(TEACHER.id());
        var match = matchOf(onChild);
        assertThat(members(match)).containsExactlyInAnyOrder(onChild, onSister);
        assertThat(jdbc.sql("select type from matches where id = ?")
                        .param(match)
                        .query(String.class)
                        .single())
                .isEqualTo("family");
        assertThat(matchedNames(HEADTEACHER)).containsExactly(TEACHER.name());
        assertThat(introductions(awaitEmails(2)))
                .containsExactlyInAnyOrder(
                        HEADTEACHER.email() + " <- " + TEACHER.email(), TEACHER.email() + " <- " + HEADTEACHER.email());
    }

    @Test
    void colleagueRegisteringAgainGetsTransferredSignal() {
        var signal = register(TEACHER, CHILD, null);
        transfer(TEACHER, HEADTEACHER, List.of(signal));

        var again = new TestApi(port).register(SCHOOL.apiToken(), CHILD, HEADTEACHER.id());

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("id").asString()).isEqualTo(signal.toString());
    }

    /**
     * Sends a transfer and the colleague's registration of the same child at once. Both take the
     * child's family lock, so one of them waits for the other, and either order ends with exactly one
     * active signal of the colleague on the child.
     */
    @RepeatedTest(5)
    void transferAndColleagueRegistrationSerialise() throws Exception {
        var signal = register(TEACHER, CHILD, null);
        var administrator = admin();
        administrator.get("/organisation/professionals");
        var fields =
                List.of(Map.entry("colleague", HEADTEACHER.id().toString()), Map.entry("signal", signal.toString()));
        var start = new CountDownLatch(1);
        var executor = Executors.newFixedThreadPool(2);

        try {
            var transfer = executor.submit(() -> {
                start.await();
                return administrator.post("/organisation/professionals/" + TEACHER.id() + "/transfer", fields);
            });
            var registration = executor.submit(() -> {
                start.await();
                return new TestApi(port).register(SCHOOL.apiToken(), CHILD, HEADTEACHER.id());
            });
            start.countDown();
            var transferResponse = transfer.get(30, TimeUnit.SECONDS);
            var registered = registration.get(30, TimeUnit.SECONDS);

            assertThat(transferResponse.statusCode()).isEqualTo(302);
            assertThat(activeSignals(HEADTEACHER)).isEqualTo(1);
            assertThat(activeSignals(TEACHER)).isZero();
            if (registered.status() == 200) {
                // The transfer came first, so registering again returned the transferred signal.
                assertThat(registered.body().path("id").asString()).isEqualTo(signal.toString());
            } else {
                assertThat(registered.status()).isEqualTo(201);
                assertThat(status(signal)).isEqualTo("archived");
            }
            assertThat(jdbc.sql("select count(*) from matches where ended_on is null")
                            .query(Integer.class)
                            .single())
                    .isZero();
        } finally {
            executor.shutdownNow();
        }
    }

    @Test
    void transferFormListsSignalsAndColleagues() {
        register(TEACHER, CHILD, "LL-0042");
        register(CARER, OTHER_CHILD, null);

        var response = admin().get("/organisation/professionals/" + TEACHER.id() + "/transfer");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(body).contains("Meldingen van " + TEACHER.name() + " overdragen");
        assertThat(body).contains(", gemeld op 4 december 2026, eigen kenmerk LL-0042");
        assertThat(body).contains("<option value=\"" + HEADTEACHER.id() + "\">" + HEADTEACHER.name() + "</option>");
        assertThat(body).doesNotContain("<option value=\"" + TEACHER.id() + "\"", CARER.name(), CHILD);
    }

    @Test
    void transferRejectsMissingColleagueOrSignals() {
        var signal = register(TEACHER, CHILD, null);
        var carerSignal = register(CARER, OTHER_CHILD, null);

        var noColleague = transfer(TEACHER, null, List.of(signal));
        var sameProfessional = transfer(TEACHER, TEACHER, List.of(signal));
        var noSignals = transfer(TEACHER, HEADTEACHER, List.of());
        var foreignSignal = transfer(TEACHER, HEADTEACHER, List.of(carerSignal));

        assertThat(noColleague.statusCode()).isEqualTo(422);
        assertThat(noColleague.body()).contains("Kies de collega die de meldingen overneemt.");
        assertThat(sameProfessional.statusCode()).isEqualTo(422);
        assertThat(sameProfessional.body())
                .contains("Kies een andere collega dan de beroepskracht van wie de meldingen zijn.");
        assertThat(noSignals.statusCode()).isEqualTo(422);
        assertThat(noSignals.body()).contains("Kies ten minste een melding om over te dragen.");
        assertThat(foreignSignal.statusCode()).isEqualTo(422);
        assertThat(foreignSignal.body()).contains("Kies ten minste een melding om over te dragen.");
        assertThat(activeSignals(TEACHER)).isEqualTo(1);
        assertThat(jdbc.sql("select professional_id from signals where id = ?")
                        .param(carerSignal)
                        .query(UUID.class)
                        .single())
                .isEqualTo(CARER.id());
    }

    @Test
    void transferRejectsInactiveColleague() {
        var signal = register(TEACHER, CHILD, null);
        jdbc.sql("update professionals set active = false where id = ?")
                .param(HEADTEACHER.id())
                .update();

        var response = transfer(TEACHER, HEADTEACHER, List.of(signal));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.body()).contains("Deze collega is niet actief en mag geen meldingen hebben.");
        assertThat(activeSignals(TEACHER)).isEqualTo(1);
    }

    @Test
    void foreignProfessionalIsNotFound() {
        var signal = register(TEACHER, CHILD, null);
        var foreignSignal = new TestApi(port)
                .register(OTHER_TOWN_TEACHER.organisation().apiToken(), OTHER_CHILD, OTHER_TOWN_TEACHER.id());
        var administrator = admin();

        var foreignColleague = transfer(TEACHER, OTHER_TOWN_TEACHER, List.of(signal));
        var foreignForm = administrator.get("/organisation/professionals/" + OTHER_TOWN_TEACHER.id() + "/transfer");
        var foreignDeparting = transfer(
                OTHER_TOWN_TEACHER,
                HEADTEACHER,
                List.of(UUID.fromString(foreignSignal.body().path("id").asString())));
        var malformed = administrator.get("/organisation/professionals/not-an-id/transfer");

        for (var response : List.of(foreignColleague, foreignForm, foreignDeparting, malformed)) {
            assertThat(response.statusCode()).isEqualTo(404);
            assertThat(response.body()).doesNotContain(OTHER_TOWN_TEACHER.name(), OTHER_TOWN_TEACHER.email());
        }
        assertThat(activeSignals(TEACHER)).isEqualTo(1);
        assertThat(activeSignals(OTHER_TOWN_TEACHER)).isEqualTo(1);
        assertThat(activeSignals(HEADTEACHER)).isZero();
    }

    @Test
    void professionalGets403OnTransfer() {
        var signal = register(TEACHER, CHILD, null);
        var headteacher = loggedIn(HEADTEACHER);
        headteacher.get("/signals/new");

        var form = headteacher.get("/organisation/professionals/" + TEACHER.id() + "/transfer");
        var post = headteacher.post(
                "/organisation/professionals/" + TEACHER.id() + "/transfer",
                List.of(Map.entry("colleague", HEADTEACHER.id().toString()), Map.entry("signal", signal.toString())));

        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(activeSignals(TEACHER)).isEqualTo(1);
    }

    @Test
    void signalsListShowsOrganisationSignalsWithoutBsn() {
        var signal = register(TEACHER, CHILD, "LL-0042");
        register(HEADTEACHER, SISTER, null);
        register(CARER, OTHER_CHILD, "JH-7");
        var number = jdbc.sql("select number from signals where id = ?")
                .param(signal)
                .query(Long.class)
                .single();

        var response = admin().get("/organisation/signals");

        var body = response.body();
        int start = body.indexOf("id=\"signal-" + number + "\"");
        var row = body.substring(start, body.indexOf("</tr>", start));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(row).contains(TEACHER.name(), "4 december 2026", "4 december 2027", "LL-0042", "Actief");
        assertThat(body).contains(HEADTEACHER.name());
        assertThat(body).doesNotContain(CHILD, SISTER, OTHER_CHILD, "JH-7", CARER.name());
    }

    private WebSession adminSession;

    private WebSession admin() {
        if (adminSession == null) {
            adminSession = loggedIn(SCHOOL_ADMINISTRATOR);
        }
        return adminSession;
    }

    /** Sends the transfer form of the departing professional as the school's administrator. */
    private java.net.http.HttpResponse<String> transfer(Person from, Person to, List<UUID> signals) {
        var administrator = admin();
        // The list page has forms, so it gives a CSRF token even when the transfer form is not shown.
        administrator.get("/organisation/professionals");
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("colleague", to == null ? "" : to.id().toString()));
        signals.forEach(signal -> fields.add(Map.entry("signal", signal.toString())));
        return administrator.post("/organisation/professionals/" + from.id() + "/transfer", fields);
    }

    private UUID register(Person professional, String bsn, String ownReference) {
        var body = new java.util.HashMap<String, String>();
        body.put("bsn", bsn);
        body.put("professionalId", professional.id().toString());
        if (ownReference != null) {
            body.put("ownReference", ownReference);
        }
        var response = new TestApi(port).post(professional.organisation().apiToken(), "/api/v1/signals", body);
        assertThat(response.status()).as("registration of %s", bsn).isEqualTo(201);
        return UUID.fromString(response.body().path("id").asString());
    }

    private List<String> matchedNames(Person professional) {
        var response = new TestApi(port).matches(professional.organisation().apiToken(), professional.id());
        assertThat(response.status()).isEqualTo(200);
        var names = new ArrayList<String>();
        response.body()
                .path("matches")
                .forEach(match -> match.path("others")
                        .forEach(other -> names.add(other.path("name").asString())));
        return names;
    }

    private UUID matchOf(UUID signal) {
        return jdbc.sql("select match_id from match_members where signal_id = ?")
                .param(signal)
                .query(UUID.class)
                .single();
    }

    private List<UUID> members(UUID match) {
        return jdbc.sql("select signal_id from match_members where match_id = ?")
                .param(match)
                .query(UUID.class)
                .list();
    }

    private Object matchEndedOn(UUID match) {
        return jdbc.sql("select ended_on from matches where id = ?")
                .param(match)
                .query()
                .singleRow()
                .get("ended_on");
    }

    private UUID candidateProfessional(UUID signal) {
        return jdbc.sql("select professional_id from match_candidates where signal_id = ?")
                .param(signal)
                .query(UUID.class)
                .single();
    }

    private String status(UUID signal) {
        return jdbc.sql("select status from signals where id = ?")
                .param(signal)
                .query(String.class)
                .single();
    }

    private int activeSignals(Person professional) {
        return jdbc.sql("select count(*) from signals where professional_id = ? and status = 'active'")
                .param(professional.id())
                .query(Integer.class)
                .single();
    }

    private MimeMessage[] awaitEmails(int count) throws InterruptedException {
        assertThat(smtp.waitForIncomingEmail(15_000, count))
                .as("%d emails arrived", count)
                .isTrue();
        Thread.sleep(500);
        var messages = smtp.getReceivedMessages();
        assertThat(messages).hasSize(count);
        return messages;
    }

    /** Describes each email as "recipient <- introduced professional", by the addresses in its text. */
    private static List<String> introductions(MimeMessage[] emails) throws Exception {
        var all = List.of(TEACHER, HEADTEACHER, CARER);
        var lines = new ArrayList<String>();
        for (var email : emails) {
            var recipient = ((InternetAddress) email.getAllRecipients()[0]).getAddress();
            var text = Emails.text(email);
            for (var person : all) {
                if (!person.email().equals(recipient) && text.contains(person.email())) {
                    lines.add(recipient + " <- " + person.email());
                }
            }
        }
        return lines;
    }
}
