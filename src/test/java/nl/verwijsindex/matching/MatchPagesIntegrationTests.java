package nl.verwijsindex.matching;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/** The page of a professional's matches, over HTTP with logged-in professionals who register through the form. */
class MatchPagesIntegrationTests extends IntegrationTest {

    /** Born 2017-01-01; shares both parents with {@link #SISTER}. */
    private static final String CHILD = "999970033";

    private static final String SISTER = "999970045";

    @Test
    void childMatchShowsOtherProfessionalsContact() {
        var teacher = loggedIn(TEACHER);
        var signal = register(teacher, CHILD, "LL-0042");
        register(loggedIn(CARER), CHILD, "JH-7");

        var response = teacher.get("/matches");

        var body = response.body();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Cache-Control")).containsExactly("no-store");
        assertThat(body).contains("Kindmatch", "4 december 2026", "LL-0042", "href=\"" + signal + "\"");
        assertThat(body).contains(CARER.name(), CARER.organisation().name(), CARER.phone());
        assertThat(body).contains("href=\"mailto:" + CARER.email() + "\"");
        assertThat(body).doesNotContain(TEACHER.email(), "JH-7", CHILD);
    }

    @Test
    void familyMatchIsExplained() {
        var teacher = loggedIn(TEACHER);
        register(teacher, CHILD, "");
        register(loggedIn(YOUTH_DOCTOR), SISTER, "");

        var body = teacher.get("/matches").body();

        assertThat(body).contains("Gezinsmatch", "een ander kind met dezelfde ouder");
        assertThat(body).contains(YOUTH_DOCTOR.name(), "Niet bekend");
        assertThat(body).doesNotContain(SISTER);
    }

    @Test
    void matchOfOthersIsNotShown() {
        register(loggedIn(NURSE), CHILD, "");
        register(loggedIn(CARER), CHILD, "");
        var headteacher = loggedIn(HEADTEACHER);

        var body = headteacher.get("/matches").body();

        assertThat(body).contains("U hebt geen actieve matches.");
        assertThat(body).doesNotContain(NURSE.name(), CARER.name());
    }

    @Test
    void endedMatchIsNotShown() {
        var teacher = loggedIn(TEACHER);
        var signal = register(teacher, CHILD, "");
        register(loggedIn(CARER), CHILD, "");
        teacher.get(signal);
        teacher.post(signal + "/end", java.util.Map.of("reason", "risk-gone"));

        var body = teacher.get("/matches?lang=en").body();

        assertThat(body).contains("You have no active matches.");
        assertThat(body).doesNotContain(CARER.name());
    }

    private static String register(WebSession session, String bsn, String ownReference) {
        session.get("/signals/new");
        var form = new LinkedHashMap<String, String>();
        form.put("bsn", bsn);
        form.put("ownReference", ownReference);
        form.put("endDate", "");
        var response = session.post("/signals/new", form);
        assertThat(response.statusCode()).isEqualTo(302);
        return WebSession.location(response);
    }
}
