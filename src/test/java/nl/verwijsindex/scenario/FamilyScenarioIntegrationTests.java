package nl.verwijsindex.scenario;

import static nl.verwijsindex.scenario.ScenarioChildren.ANNEKE;
import static nl.verwijsindex.scenario.ScenarioChildren.ANOESKA;
import static nl.verwijsindex.scenario.ScenarioChildren.CAROLA;
import static nl.verwijsindex.scenario.ScenarioChildren.DAAN;
import static nl.verwijsindex.scenario.ScenarioChildren.ESTHER;
import static nl.verwijsindex.scenario.ScenarioChildren.EVELINE;
import static nl.verwijsindex.scenario.ScenarioChildren.FABIENNE;
import static nl.verwijsindex.scenario.ScenarioChildren.FELICIA;
import static nl.verwijsindex.scenario.ScenarioChildren.FIEN;
import static nl.verwijsindex.scenario.ScenarioChildren.FUCILI;
import static nl.verwijsindex.scenario.ScenarioChildren.GIJS;
import static nl.verwijsindex.scenario.ScenarioChildren.JAFFE;
import static nl.verwijsindex.scenario.ScenarioChildren.JOEP;
import static nl.verwijsindex.scenario.ScenarioChildren.KYLIAN;
import static nl.verwijsindex.scenario.ScenarioChildren.KYONA;
import static nl.verwijsindex.scenario.ScenarioChildren.KYRA;
import static nl.verwijsindex.scenario.ScenarioChildren.LAETICIA;
import static nl.verwijsindex.scenario.ScenarioChildren.LARISSA;
import static nl.verwijsindex.scenario.ScenarioChildren.LAURENTIEN;
import static nl.verwijsindex.scenario.ScenarioChildren.LEONIE;
import static nl.verwijsindex.scenario.ScenarioChildren.MAYA;
import static nl.verwijsindex.scenario.ScenarioChildren.MIRTHE;
import static nl.verwijsindex.scenario.ScenarioChildren.PATRICIA;
import static nl.verwijsindex.scenario.ScenarioChildren.RAGHNILD;
import static nl.verwijsindex.scenario.ScenarioChildren.TAYEH;
import static nl.verwijsindex.scenario.ScenarioChildren.TEUN;
import static nl.verwijsindex.scenario.ScenarioChildren.THURAYYA;
import static nl.verwijsindex.scenario.ScenarioChildren.TRIX;
import static nl.verwijsindex.scenario.ScenarioChildren.VICTORIA;
import static nl.verwijsindex.scenario.ScenarioChildren.YOUNG;
import static nl.verwijsindex.scenario.ScenarioChildren.ZACH;
import static nl.verwijsindex.scenario.ScenarioChildren.ZEUS;
import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import nl.verwijsindex.scenario.Mailbox.Email;
import nl.verwijsindex.scenario.SignalsApi.Response;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.TestRegion.Person;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Registers signals for 32 children of 16 families from the RvIG test persons file, one after
 * another, and checks the response to each registration, the emails each one causes, and at the end
 * every match of every professional. The expected values were worked out by hand from the file,
 * and README.md beside this class shows the work family by family.
 */
class FamilyScenarioIntegrationTests extends IntegrationTest {

    private static final String CHILD = "child";
    private static final String FAMILY = "family";
    private static final String TODAY = "2026-12-04";
    /** The test region's organisations keep a signal 12 months by default. */
    private static final String END_DATE = "2027-12-04";
    /**
     * A signal ends at the latest the day before the child's 23rd birthday: Laurentien is born on
     * 2003-12-24 and Zeus on 2003-12-31, both turning 23 before the default end date.
     */
    private static final Map<Child, String> END_DATE_BEFORE_23RD_BIRTHDAY = Map.of(
            ScenarioChildren.LAURENTIEN, "2026-12-23",
            ScenarioChildren.ZEUS, "2026-12-30");

    private static final Duration EMAIL_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(2);

    private static final List<Person> ACTIVE_PROFESSIONALS =
            List.of(TEACHER, HEADTEACHER, NURSE, YOUTH_DOCTOR, CARER, COACH, OFFICER);

    /** The registrations in the order they are sent. */
    private static final List<Registration> REGISTRATIONS = List.of(
            registers(1, TEUN, TEACHER),
            registers(2, FIEN, TEACHER),
            registers(3, FIEN, NURSE),
            registers(4, TRIX, CARER),
            registers(5, KYRA, YOUTH_DOCTOR),
            registers(6, KYONA, OFFICER),
            registers(7, KYLIAN, HEADTEACHER),
            registers(8, MAYA, NURSE),
            registers(9, MIRTHE, CARER),
            registers(10, GIJS, TEACHER),
            registers(11, THURAYYA, COACH),
            registers(12, TAYEH, OFFICER),
            registers(13, PATRICIA, NURSE),
            registers(14, ANOESKA, HEADTEACHER),
            registers(15, CAROLA, CARER),
            registers(16, ESTHER, YOUTH_DOCTOR),
            registers(17, EVELINE, COACH),
            registers(18, ZACH, OFFICER),
            registers(19, YOUNG, CARER),
            registers(20, FELICIA, TEACHER),
            registers(21, FELICIA, HEADTEACHER),
            registers(22, FABIENNE, NURSE),
            registers(23, ANNEKE, YOUTH_DOCTOR),
            rejects(24, JOEP, OFFICER, "person-deceased"),
            registers(25, LAURENTIEN, COACH),
            registers(26, LARISSA, NURSE),
            registers(27, LAETICIA, CARER),
            registers(28, ZEUS, YOUTH_DOCTOR),
            registers(29, ZEUS, HEADTEACHER),
            registers(30, JAFFE, OFFICER),
            registers(31, FUCILI, TEACHER),
            registers(32, DAAN, CARER),
            registers(33, DAAN, COACH),
            registers(34, DAAN, OFFICER),
            registers(35, VICTORIA, NURSE),
            registers(36, LEONIE, HEADTEACHER),
            registers(37, RAGHNILD, YOUTH_DOCTOR),
            registers(38, TRIX, OFFICER));

    /** 38 registrations, of which step 24 is rejected. */
    private static final long STORED_SIGNALS = 37;

    /**
     * The emails each step causes: the recipient, then the professionals the email introduces.
     * A step that is not listed causes no email.
     */
    private static final List<EmailSummary> EMAILS = List.of(
            // Child match on Fien, then family match Teun–Fien, where the teacher on both
            // children meets only the nurse.
            email(3, NURSE, TEACHER),
            email(3, TEACHER, NURSE),
            email(3, NURSE, TEACHER),
            email(3, TEACHER, NURSE),
            // Family matches Teun–Trix, then Fien–Trix.
            email(4, CARER, TEACHER),
            email(4, TEACHER, CARER),
            email(4, CARER, TEACHER, NURSE),
            email(4, TEACHER, CARER),
            email(4, NURSE, CARER),
            // Family matches Kyra–Kylian, then Kylian–Kyona. Kyra and Kyona share no parent.
            email(7, HEADTEACHER, YOUTH_DOCTOR),
            email(7, YOUTH_DOCTOR, HEADTEACHER),
            email(7, HEADTEACHER, OFFICER),
            email(7, OFFICER, HEADTEACHER),
            // Family match Maya–Mirthe.
            email(9, CARER, NURSE),
            email(9, NURSE, CARER),
            // Family match Thurayya–Tayeh.
            email(12, OFFICER, COACH),
            email(12, COACH, OFFICER),
            // Family matches Carola–Patricia, then Carola–Anoeska.
            email(15, CARER, NURSE),
            email(15, NURSE, CARER),
            email(15, CARER, HEADTEACHER),
            email(15, HEADTEACHER, CARER),
            // Family match Esther–Eveline.
            email(17, COACH, YOUTH_DOCTOR),
            email(17, YOUTH_DOCTOR, COACH),
            // Child match on Felicia.
            email(21, HEADTEACHER, TEACHER),
            email(21, TEACHER, HEADTEACHER),
            // Family match Felicia–Fabiënne.
            email(22, NURSE, TEACHER, HEADTEACHER),
            email(22, TEACHER, NURSE),
            email(22, HEADTEACHER, NURSE),
            // Family match Larissa–Laeticia.
            email(27, CARER, NURSE),
            email(27, NURSE, CARER),
            // Child match on Zeus.
            email(29, HEADTEACHER, YOUTH_DOCTOR),
            email(29, YOUTH_DOCTOR, HEADTEACHER),
            // Family match Zeus–Jaffe.
            email(30, OFFICER, YOUTH_DOCTOR, HEADTEACHER),
            email(30, YOUTH_DOCTOR, OFFICER),
            email(30, HEADTEACHER, OFFICER),
            // Child match on Daan, with two professionals and then three.
            email(33, COACH, CARER),
            email(33, CARER, COACH),
            email(34, OFFICER, CARER, COACH),
            email(34, CARER, OFFICER),
            email(34, COACH, OFFICER),
            // Child match on Trix, then the officer joins Teun–Trix and Fien–Trix.
            email(38, OFFICER, CARER),
            email(38, CARER, OFFICER),
            email(38, OFFICER, TEACHER),
            email(38, TEACHER, OFFICER),
            email(38, OFFICER, TEACHER, NURSE),
            email(38, TEACHER, OFFICER),
            email(38, NURSE, OFFICER));

    /**
     * Every entry that {@code GET /api/v1/matches} returns at the end, by the step that registered
     * the own signal: the match type, for a family match the other child, and the other
     * professionals. A step that is not listed registered a signal that is in no match.
     */
    private static final List<ExpectedMatch> MATCHES = List.of(
            // Groot Esselink. The teacher on Teun and Fien is never matched with themself.
            family(1, FIEN, NURSE),
            family(1, TRIX, CARER, OFFICER),
            child(2, NURSE),
            family(2, TRIX, CARER, OFFICER),
            child(3, TEACHER),
            family(3, TEUN, TEACHER),
            family(3, TRIX, CARER, OFFICER),
            child(4, OFFICER),
            family(4, TEUN, TEACHER),
            family(4, FIEN, TEACHER, NURSE),
            child(38, CARER),
            family(38, TEUN, TEACHER),
            family(38, FIEN, TEACHER, NURSE),
            // Krelissen and Kornelissen: no match between Kyra and Kyona.
            family(5, KYLIAN, HEADTEACHER),
            family(6, KYLIAN, HEADTEACHER),
            family(7, KYRA, YOUTH_DOCTOR),
            family(7, KYONA, OFFICER),
            // Maasland and Meulengraaf.
            family(8, MIRTHE, CARER),
            family(9, MAYA, NURSE),
            // Taher and Geus: Gijs (step 10) is in no match.
            family(11, TAYEH, OFFICER),
            family(12, THURAYYA, COACH),
            // De Boer and Veekers: no match between Patricia and Anoeska.
            family(13, CAROLA, CARER),
            family(14, CAROLA, CARER),
            family(15, PATRICIA, NURSE),
            family(15, ANOESKA, HEADTEACHER),
            // Ederveen.
            family(16, EVELINE, COACH),
            family(17, ESTHER, YOUTH_DOCTOR),
            // Precise: Zach (step 18) and Young (step 19) are in no match.
            // Felsen and Freitag.
            child(20, HEADTEACHER),
            family(20, FABIENNE, NURSE),
            child(21, TEACHER),
            family(21, FABIENNE, NURSE),
            family(22, FELICIA, TEACHER, HEADTEACHER),
            // Van der Breggen: Anneke (step 23) is in no match.
            // Van Leeuwen, Leijten and Luiten: Laurentien (step 25) is in no match.
            family(26, LAETICIA, CARER),
            family(27, LARISSA, NURSE),
            // De Jager.
            child(28, HEADTEACHER),
            family(28, JAFFE, OFFICER),
            child(29, YOUTH_DOCTOR),
            family(29, JAFFE, OFFICER),
            family(30, ZEUS, YOUTH_DOCTOR, HEADTEACHER),
            // Daan. Fuçili, Victoria, Leonie and Raghnild (steps 31, 35, 36, 37) are in no match.
            child(32, COACH, OFFICER),
            child(33, CARER, OFFICER),
            child(34, CARER, COACH));

    /** 5 child matches (Fien, Trix, Felicia, Zeus, Daan) and 13 family matches. */
    private static final int MATCH_COUNT = 18;

    private SignalsApi api;
    private Mailbox mailbox;
    private final Map<String, Integer> stepsBySignalId = new HashMap<>();

    @BeforeEach
    void connect() {
        api = new SignalsApi(port);
        mailbox = new Mailbox(smtp);
    }

    @Test
    void matchesAndNotifiesAsWorkedOutByHand() throws InterruptedException {
        assertTablesConsistent();

        for (var registration : REGISTRATIONS) {
            send(registration);
            assertEmailsCausedBy(registration);
        }
        Thread.sleep(GRACE_PERIOD.toMillis());

        assertThat(mailbox.takeNew())
                .as("emails that arrived after the expected ones")
                .isEmpty();
        assertThat(storedSignals()).as("signals stored").isEqualTo(STORED_SIGNALS);
        assertMatchesOfEveryProfessional();
    }

    private void send(Registration registration) {
        long storedBefore = storedSignals();

        var response = api.register(registration.child(), registration.professional());

        if (registration.rejection() == null) {
            assertAccepted(registration, response);
        } else {
            assertRejected(registration, response, storedBefore);
        }
    }

    private void assertAccepted(Registration registration, Response response) {
        var context = registration + ", response " + response.text();
        assertThat(response.status()).as(context).isEqualTo(201);
        assertThat(response.field("id")).as(context).isNotBlank();
        assertThat(response.body().path("number").isNumber())
                .as("number of " + context)
                .isTrue();
        assertThat(response.field("professionalId"))
                .as(context)
                .isEqualTo(registration.professional().id().toString());
        assertThat(response.field("status")).as(context).isEqualTo("active");
        assertThat(response.field("registeredOn")).as(context).isEqualTo(TODAY);
        assertThat(response.field("endDate"))
                .as(context)
                .isEqualTo(END_DATE_BEFORE_23RD_BIRTHDAY.getOrDefault(registration.child(), END_DATE));

        stepsBySignalId.put(response.field("id"), registration.step());
    }

    private void assertRejected(Registration registration, Response response, long storedBefore) {
        var context = registration + ", response " + response.text();
        var code = response.body().path("errors").path(0).path("code");

        assertThat(response.status()).as(context).isEqualTo(422);
        assertThat(response.contentType()).as(context).startsWith("application/problem+json");
        assertThat(Response.string(code)).as(context).isEqualTo(registration.rejection());
        assertThat(storedSignals()).as("signals stored after " + registration).isEqualTo(storedBefore);
    }

    private void assertEmailsCausedBy(Registration registration) throws InterruptedException {
        var expected = EMAILS.stream()
                .filter(email -> email.step() == registration.step())
                .toList();

        var received = expected.isEmpty() ? mailbox.takeNew() : mailbox.awaitNew(expected.size(), EMAIL_TIMEOUT);

        var actual =
                received.stream().map(email -> summarise(registration, email)).toList();
        assertThat(actual).as("emails after " + registration).containsExactlyInAnyOrderElementsOf(expected);
    }

    /**
     * Identifies the recipient and the professionals an email introduces, and checks that it names
     * each of them and contains no BSN of the scenario. An email introduces a professional when it
     * contains their email address.
     */
    private static EmailSummary summarise(Registration registration, Email email) {
        var context = "email after " + registration + " to " + email.recipients();
        assertThat(email.recipients()).as("recipients of " + context).hasSize(1);
        var recipient = professionalWithEmail(email.recipients().get(0));

        var introduced = ACTIVE_PROFESSIONALS.stream()
                .filter(professional -> professional != recipient)
                .filter(professional -> email.text().contains(professional.email()))
                .toList();

        for (var professional : introduced) {
            assertThat(email.text()).as(context).contains(professional.name());
        }
        for (var child : ScenarioChildren.ALL) {
            assertThat(email.text()).as(context).doesNotContain(child.bsn());
            assertThat(email.raw()).as("raw " + context).doesNotContain(child.bsn());
        }
        return new EmailSummary(registration.step(), recipient.name(), names(introduced));
    }

    private void assertMatchesOfEveryProfessional() {
        var softly = new SoftAssertions();
        var matchIdsByName = new TreeMap<String, Set<String>>();

        for (var professional : ACTIVE_PROFESSIONALS) {
            var response = api.matchesOf(professional);
            softly.assertThat(response.status())
                    .as("matches of %s: %s", professional.name(), response.text())
                    .isEqualTo(200);

            var actual = readEntries(professional, response.body().path("matches"), softly, matchIdsByName);
            softly.assertThat(actual)
                    .as("matches of " + professional.name())
                    .containsExactlyInAnyOrderElementsOf(expectedEntriesOf(professional));
        }

        softly.assertThat(matchIdsByName).as("matches by name").hasSize(MATCH_COUNT);
        matchIdsByName.forEach(
                (name, ids) -> softly.assertThat(ids).as("ids of the " + name).hasSize(1));
        var distinctIds =
                matchIdsByName.values().stream().flatMap(Set::stream).distinct().count();
        softly.assertThat(distinctIds).as("distinct match ids").isEqualTo(matchIdsByName.size());
        softly.assertAll();
    }

    /**
     * Reads one professional's match entries, checks the date and the contact details in each, and
     * records each entry's match id under the name of the expected match it belongs to.
     */
    private List<MatchEntry> readEntries(
            Person professional, JsonNode matches, SoftAssertions softly, Map<String, Set<String>> matchIdsByName) {
        var entries = new ArrayList<MatchEntry>();
        for (var match : matches) {
            var context = "match of " + professional.name() + ": " + match;
            int step = stepsBySignalId.getOrDefault(Response.string(match.path("ownSignalId")), 0);
            var others = new ArrayList<String>();
            for (var other : match.path("others")) {
                others.add(Response.string(other.path("name")));
                checkContact(other, context, softly);
            }
            others.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
            var entry = new MatchEntry(step, Response.string(match.path("type")), others);
            entries.add(entry);

            softly.assertThat(step).as("own signal of " + context).isPositive();
            softly.assertThat(Response.string(match.path("since"))).as(context).isEqualTo(TODAY);
            expectedMatchOf(entry)
                    .ifPresent(expected -> matchIdsByName
                            .computeIfAbsent(expected.matchName(), name -> new HashSet<>())
                            .add(Response.string(match.path("id"))));
        }
        return entries;
    }

    /** Checks the contact details of another professional in a match entry against the test region. */
    private static void checkContact(JsonNode other, String context, SoftAssertions softly) {
        var name = Response.string(other.path("name"));
        var professional = ACTIVE_PROFESSIONALS.stream()
                .filter(candidate -> candidate.name().equals(name))
                .findFirst();
        softly.assertThat(professional)
                .as("professional named %s in %s", name, context)
                .isPresent();

        professional.ifPresent(expected -> {
            softly.assertThat(Response.string(other.path("email"))).as(context).isEqualTo(expected.email());
            softly.assertThat(Response.string(other.path("organisation")))
                    .as(context)
                    .isEqualTo(expected.organisation().name());
            softly.assertThat(Response.string(other.path("phone"))).as(context).isEqualTo(expected.phone());
        });
    }

    private static List<MatchEntry> expectedEntriesOf(Person professional) {
        return MATCHES.stream()
                .filter(match -> registration(match.step()).professional() == professional)
                .map(ExpectedMatch::entry)
                .toList();
    }

    private static Optional<ExpectedMatch> expectedMatchOf(MatchEntry entry) {
        return MATCHES.stream().filter(match -> match.entry().equals(entry)).findFirst();
    }

    /**
     * Checks that the steps run from 1 without gaps, and that no two expected match entries look
     * alike, so that each entry the API returns points to one expected match.
     */
    private static void assertTablesConsistent() {
        assertThat(REGISTRATIONS.stream().map(Registration::step))
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, REGISTRATIONS.size()).boxed().toList());
        assertThat(MATCHES.stream().map(ExpectedMatch::entry)).doesNotHaveDuplicates();
    }

    private long storedSignals() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }

    private static Person professionalWithEmail(String address) {
        return TestRegion.PROFESSIONALS.stream()
                .filter(professional -> professional.email().equalsIgnoreCase(address))
                .findFirst()
                .orElseThrow(() -> new AssertionError("Email sent to an address outside the test region: " + address));
    }

    private static Registration registration(int step) {
        return REGISTRATIONS.get(step - 1);
    }

    private static List<String> names(List<Person> professionals) {
        return professionals.stream().map(Person::name).sorted().toList();
    }

    private static Registration registers(int step, Child child, Person professional) {
        return new Registration(step, child, professional, null);
    }

    private static Registration rejects(int step, Child child, Person professional, String errorCode) {
        return new Registration(step, child, professional, errorCode);
    }

    private static EmailSummary email(int step, Person recipient, Person... introduced) {
        return new EmailSummary(step, recipient.name(), names(Arrays.asList(introduced)));
    }

    private static ExpectedMatch child(int step, Person... others) {
        return new ExpectedMatch(step, CHILD, null, names(Arrays.asList(others)));
    }

    private static ExpectedMatch family(int step, Child otherChild, Person... others) {
        return new ExpectedMatch(step, FAMILY, otherChild, names(Arrays.asList(others)));
    }

    /**
     * One registration of the scenario.
     *
     * @param rejection the error code the API must return, or null when the signal must be stored
     */
    record Registration(
            int step,
            Child child,
            Person professional,
            @Nullable String rejection) {

        @Override
        public String toString() {
            return "step " + step + " (" + child + " by " + professional.name() + ")";
        }
    }

    /**
     * An email as the test compares it.
     *
     * @param step the registration that caused the email
     * @param recipient the name of the professional it was sent to
     * @param introduced the names of the professionals it introduces, sorted
     */
    record EmailSummary(int step, String recipient, List<String> introduced) {}

    /**
     * A match entry as the test compares it.
     *
     * @param step the registration of the own signal, 0 when the API returned an unknown signal id
     * @param others the names of the other professionals, sorted
     */
    record MatchEntry(int step, @Nullable String type, List<String> others) {}

    /**
     * One expected match entry.
     *
     * @param otherChild the other child of a family match, null for a child match
     */
    record ExpectedMatch(int step, String type, @Nullable Child otherChild, List<String> others) {

        MatchEntry entry() {
            return new MatchEntry(step, type, others);
        }

        /** Names the match the entry belongs to, the same from either child's side. */
        String matchName() {
            var ownChild = registration(step).child();
            if (otherChild == null) {
                return "child match on " + ownChild;
            }
            var children = Stream.of(ownChild.firstName(), otherChild.firstName())
                    .sorted()
                    .toList();
            return "family match " + children.get(0) + "–" + children.get(1);
        }
    }
}
