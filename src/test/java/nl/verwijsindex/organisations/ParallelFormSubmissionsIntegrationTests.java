package nl.verwijsindex.organisations;

import static nl.verwijsindex.organisations.MunicipalityPagesIntegrationTests.connectForm;
import static nl.verwijsindex.testing.TestRegion.FUNCTIONAL_ADMINISTRATOR;
import static nl.verwijsindex.testing.TestRegion.MUNICIPALITY;
import static nl.verwijsindex.testing.TestRegion.MUNICIPAL_OFFICER;
import static nl.verwijsindex.testing.TestRegion.SCHOOL_ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.WebSession;
import org.junit.jupiter.api.Test;

/**
 * Forms that add a row with a unique value, sent ten times at once: a municipality, an organisation
 * and a designated professional. One submission wins and the
 * others get the form error of a taken value, never a 500 from the unique key.
 */
class ParallelFormSubmissionsIntegrationTests extends IntegrationTest {

    private static final int SUBMISSIONS = 10;

    @Test
    void parallelMunicipalityCodeAddsOne() throws Exception {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var responses = postAtOnce(
                administrator,
                "/administration/municipalities/new",
                index -> municipalityForm("1905", "Parallel " + index, "officer" + index + "@parallel.test"));

        assertThat(statuses(responses)).containsExactlyInAnyOrder(statusesOfOneWinner());
        assertThat(rejections(responses))
                .allSatisfy(
                        body -> assertThat(body).contains("href=\"#code\">Er bestaat al een gemeente met deze code."));
        assertThat(count("select count(*) from municipalities where code = '1905'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from accounts where email like '%@parallel.test'"))
                .isEqualTo(1);
    }

    @Test
    void parallelInviteeEmailAddsOneMunicipality() throws Exception {
        var administrator = loggedIn(FUNCTIONAL_ADMINISTRATOR);
        administrator.get("/administration/municipalities/new");

        var responses = postAtOnce(
                administrator,
                "/administration/municipalities/new",
                index -> municipalityForm(String.valueOf(1910 + index), "Parallel " + index, "sam@parallel.test"));

        assertThat(statuses(responses)).containsExactlyInAnyOrder(statusesOfOneWinner());
        assertThat(rejections(responses))
                .allSatisfy(body -> assertThat(body).contains("Er bestaat al een account met dit e-mailadres."));
        assertThat(count("select count(*) from municipalities where name like 'Parallel %'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from accounts where email = 'sam@parallel.test'"))
                .isEqualTo(1);
    }

    @Test
    void parallelOrganisationNameConnectsOne() throws Exception {
        var officer = loggedIn(MUNICIPAL_OFFICER);
        officer.get("/municipality/0363/organisations/new");

        var responses = postAtOnce(
                officer,
                "/municipality/0363/organisations/new",
                index -> connectForm("Stichting Parallel", "beheer" + index + "@parallel.test"));

        assertThat(statuses(responses)).containsExactlyInAnyOrder(statusesOfOneWinner());
        assertThat(rejections(responses))
                .allSatisfy(body -> assertThat(body)
                        .contains("Bij deze gemeente is al een organisatie met deze naam aangesloten."));
        assertThat(jdbc.sql("select count(*) from organisations where municipality_id = ? and name = ?")
                        .params(MUNICIPALITY, "Stichting Parallel")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(count("select count(*) from accounts where email like '%@parallel.test'"))
                .isEqualTo(1);
    }

    @Test
    void parallelDesignationAddsOneProfessional() throws Exception {
        var administrator = loggedIn(SCHOOL_ADMINISTRATOR);
        administrator.get("/organisation/professionals");

        var responses = postAtOnce(
                administrator,
                "/organisation/professionals",
                index -> designationForm("Rik " + index, "rik@parallel.test"));

        assertThat(statuses(responses)).containsExactlyInAnyOrder(statusesOfOneWinner());
        assertThat(rejections(responses))
                .allSatisfy(
                        body -> assertThat(body)
                                .contains(
                                        "Het e-mailadres rik@parallel.test hoort al bij een beroepskracht van uw organisatie."));
        assertThat(count("select count(*) from professionals where email = 'rik@parallel.test'"))
                .isEqualTo(1);
        assertThat(count("select count(*) from accounts where email = 'rik@parallel.test'"))
                .isEqualTo(1);
    }

    /** Sends the forms from threads that wait for each other, so the requests reach the server together. */
    private static List<HttpResponse<String>> postAtOnce(
            WebSession session, String path, IntFunction<Map<String, String>> formOfIndex) throws Exception {
        var start = new CountDownLatch(1);
        var futures = new ArrayList<Future<HttpResponse<String>>>();
        ExecutorService threads = Executors.newFixedThreadPool(SUBMISSIONS);
        try {
            for (int index = 0; index < SUBMISSIONS; index++) {
                var form = formOfIndex.apply(index);
                futures.add(threads.submit(() -> {
                    start.await();
                    return session.post(path, form);
                }));
            }
            start.countDown();

            var responses = new ArrayList<HttpResponse<String>>();
            for (var future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static Integer[] statusesOfOneWinner() {
        var statuses = new Integer[SUBMISSIONS];
        statuses[0] = 302;
        for (int index = 1; index < SUBMISSIONS; index++) {
            statuses[index] = 422;
        }
        return statuses;
    }

    private static List<Integer> statuses(List<HttpResponse<String>> responses) {
        return responses.stream().map(HttpResponse::statusCode).toList();
    }

    private static List<String> rejections(List<HttpResponse<String>> responses) {
        return responses.stream()
                .filter(response -> response.statusCode() == 422)
                .map(HttpResponse::body)
                .toList();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private static Map<String, String> designationForm(String name, String email) {
        var form = new LinkedHashMap<String, String>();
        form.put("name", name);
        form.put("email", email);
        form.put("phone", "");
        form.put("language", "nl");
        return form;
    }

    private static Map<String, String> municipalityForm(String code, String name, String inviteeEmail) {
        var form = new LinkedHashMap<String, String>();
        form.put("code", code);
        form.put("name", name);
        form.put("inviteeName", "Sam Gemeente");
        form.put("inviteeEmail", inviteeEmail);
        form.put("inviteeLanguage", "nl");
        return form;
    }
}
