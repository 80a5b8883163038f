package nl.verwijsindex.matching;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Child and family matches on RvIG test persons. The children used, from their own records:
 * 999970033 and 999970045 are full siblings (parents 999999126 and 999999163); 999970021 shares
 * only 999999126 with them; 999970070 (parents 999970057, 999970069) and 999970082 (999970057)
 * share one parent; 999970100 has no sibling with a signal in these tests.
 */
class MatchingIntegrationTests extends IntegrationTest {

    TestApi api;

    @BeforeEach
    void client() {
        api = new TestApi(port);
    }

    @Test
    void matchesTwoProfessionalsOnSameChild() {
        var own = register(TEACHER, "999970033");
        var other = register(NURSE, "999970033");

        var teacherMatches = matches(TEACHER);
        var nurseMatches = matches(NURSE);

        assertThat(teacherMatches).hasSize(1);
        assertThat(teacherMatches.get(0).path("type").asString()).isEqualTo("child");
        assertThat(teacherMatches.get(0).path("since").asString()).isEqualTo("2026-12-04");
        assertThat(teacherMatches.get(0).path("ownSignalId").asString()).isEqualTo(own);
        assertThat(others(teacherMatches.get(0)))
                .containsExactly(Map.of(
                        "name",
                        "Carla Smit",
                        "organisation",
                        "JGZ Haaglanden",
                        "email",
                        "carla.smit@jgz.test",
                        "phone",
                        "070 222 1111"));
        assertThat(nurseMatches).hasSize(1);
        assertThat(nurseMatches.get(0).path("ownSignalId").asString()).isEqualTo(other);
        assertThat(nurseMatches.get(0).path("id").asString())
                .isEqualTo(teacherMatches.get(0).path("id").asString());
        assertThat(names(nurseMatches.get(0))).containsExactly("Anna de Vries");
    }

    @Test
    void addsThirdProfessionalToExistingChildMatch() {
        register(TEACHER, "999970033");
        register(NURSE, "999970033");
        clock.setDate(LocalDate.of(2026, 12, 10));
        register(CARER, "999970033");

        var teacherMatches = matches(TEACHER);

        assertThat(teacherMatches).hasSize(1);
        assertThat(teacherMatches.get(0).path("since").asString()).isEqualTo("2026-12-04");
        assertThat(names(teacherMatches.get(0))).containsExactlyInAnyOrder("Carla Smit", "Eva Visser");
        assertThat(names(matches(CARER).get(0))).containsExactlyInAnyOrder("Anna de Vries", "Carla Smit");
        assertThat(activeMatchCount()).isEqualTo(1);
    }

    @Test
    void matchesProfessionalsOnFullSiblings() {
        register(TEACHER, "999970033");
        register(NURSE, "999970045");

        var teacherMatches = matches(TEACHER);

        assertThat(teacherMatches).hasSize(1);
        assertThat(teacherMatches.get(0).path("type").asString()).isEqualTo("family");
        assertThat(names(teacherMatches.get(0))).containsExactly("Carla Smit");
        assertThat(names(matches(NURSE).get(0))).containsExactly("Anna de Vries");
        assertThat(activeMatchCount()).isEqualTo(1);
    }

    @Test
    void matchesHalfSiblingsSharingOneParent() {
        register(CARER, "999970070");
        register(OFFICER, "999970082");

        assertThat(matches(CARER)).hasSize(1);
        assertThat(matches(CARER).get(0).path("type").asString()).isEqualTo("family");
        assertThat(names(matches(OFFICER).get(0))).containsExactly("Eva Visser");
    }

    @Test
    void keepsFamilyMatchesPerPairOfChildren() {
        register(TEACHER, "999970033");
        register(NURSE, "999970045");
        register(CARER, "999970021");

        var teacherMatches = matches(TEACHER);

        assertThat(teacherMatches).hasSize(2);
        assertThat(teacherMatches)
                .allSatisfy(match -> assertThat(match.path("type").asString()).isEqualTo("family"));
        assertThat(teacherMatches.stream().flatMap(match -> names(match).stream()))
                .containsExactlyInAnyOrder("Carla Smit", "Eva Visser");
        assertThat(activeMatchCount()).isEqualTo(3);
    }

    @Test
    void neverMatchesProfessionalWithThemself() {
        register(TEACHER, "999970033");
        register(TEACHER, "999970045");

        assertThat(matches(TEACHER)).isEmpty();
        assertThat(activeMatchCount()).isZero();
    }

    @Test
    void listsChildAndFamilyMatchOfSameSignal() {
        var own = register(TEACHER, "999970033");
        register(NURSE, "999970033");
        register(COACH, "999970045");

        var teacherMatches = matches(TEACHER);

        assertThat(teacherMatches).hasSize(2);
        assertThat(teacherMatches)
                .allSatisfy(match ->
                        assertThat(match.path("ownSignalId").asString()).isEqualTo(own));
        assertThat(teacherMatches.stream().map(match -> match.path("type").asString()))
                .containsExactlyInAnyOrder("child", "family");
        assertThat(matches(COACH)).hasSize(1);
        assertThat(names(matches(COACH).get(0))).containsExactlyInAnyOrder("Anna de Vries", "Carla Smit");
    }

    @Test
    void makesNoMatchForChildrenWithoutSharedParent() {
        register(TEACHER, "999970033");
        register(NURSE, "999970100");

        assertThat(matches(TEACHER)).isEmpty();
        assertThat(matches(NURSE)).isEmpty();
    }

    @Test
    void endsMatchWhenArchivingLeavesOneSignal() {
        register(TEACHER, "999970033");
        var nurseSignal = register(NURSE, "999970033");
        clock.setDate(LocalDate.of(2027, 1, 15));

        api.end(NURSE.organisation().apiToken(), nurseSignal, "risk-gone");

        assertThat(matches(TEACHER)).isEmpty();
        assertThat(matches(NURSE)).isEmpty();
        assertThat(jdbc.sql("select ended_on from matches")
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(LocalDate.of(2027, 1, 15));
    }

    @Test
    void keepsMatchWhileTwoSignalsRemain() {
        register(TEACHER, "999970033");
        var nurseSignal = register(NURSE, "999970033");
        register(CARER, "999970033");

        api.end(NURSE.organisation().apiToken(), nurseSignal, "risk-gone");

        assertThat(names(matches(TEACHER).get(0))).containsExactly("Eva Visser");
        assertThat(activeMatchCount()).isEqualTo(1);
    }

    @Test
    void destroyedSignalLeavesNoTraceInMatching() {
        register(TEACHER, "999970033");
        var nurseSignal = register(NURSE, "999970033");

        api.end(NURSE.organisation().apiToken(), nurseSignal, "unjustified");

        assertThat(matches(TEACHER)).isEmpty();
        assertThat(countWhereSignal("match_members", nurseSignal)).isZero();
        assertThat(countWhereSignal("match_candidates", nurseSignal)).isZero();
    }

    @Test
    void introducesAgainAfterUnjustifiedSignal() {
        register(TEACHER, "999970033");
        var wrong = register(NURSE, "999970033");
        register(CARER, "999970033");
        api.end(NURSE.organisation().apiToken(), wrong, "unjustified");

        var again = register(NURSE, "999970033");

        assertThat(activeMatchCount()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from match_introductions")
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        var toNurse = jdbc.sql("""
                        select cardinality(other_professional_ids) from notification_messages
                         where recipient_signal_id = ?::uuid
                        """).param(again).query(Integer.class).list();
        assertThat(toNurse).containsExactly(2);
    }

    @Test
    void reintroducesAcrossSiblingsAfterUnjustifiedSignal() {
        register(NURSE, "999970045");
        register(TEACHER, "999970033");
        var wrong = register(CARER, "999970033");
        register(CARER, "999970045");
        api.end(CARER.organisation().apiToken(), wrong, "unjustified");
        long lastMessage = jdbc.sql("select coalesce(max(number), 0) from notification_messages")
                .query(Long.class)
                .single();

        register(CARER, "999970033");

        var familyMessagesToNurseAboutCarer = jdbc.sql("""
                        select count(*) from notification_messages
                         where match_type = 'family' and recipient_professional_id = ?
                           and ? = any(other_professional_ids) and number > ?
                        """)
                .params(NURSE.id(), CARER.id(), lastMessage)
                .query(Long.class)
                .single();
        assertThat(familyMessagesToNurseAboutCarer).isEqualTo(1);
        assertThat(matches(NURSE).stream()
                        .filter(match -> match.path("type").asString().equals("family"))
                        .flatMap(match -> names(match).stream()))
                .containsExactlyInAnyOrder("Anna de Vries", "Eva Visser");
    }

    @Test
    void newMatchAfterEndedMatch() {
        register(TEACHER, "999970033");
        var nurseSignal = register(NURSE, "999970033");
        api.end(NURSE.organisation().apiToken(), nurseSignal, "risk-gone");
        clock.setDate(LocalDate.of(2027, 2, 1));

        register(NURSE, "999970033");

        assertThat(matches(TEACHER)).hasSize(1);
        assertThat(matches(TEACHER).get(0).path("since").asString()).isEqualTo("2027-02-01");
        assertThat(jdbc.sql("select count(*) from matches").query(Long.class).single())
                .isEqualTo(2);
    }

    @Test
    void foreignProfessionalNotFound() {
        var response = api.matches(TEACHER.organisation().apiToken(), NURSE.id());

        assertThat(response.status()).isEqualTo(404);
    }

    private String register(Person professional, String bsn) {
        var response = api.register(professional.organisation().apiToken(), bsn, professional.id());
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response.body().path("id").asString();
    }

    private List<JsonNode> matches(Person professional) {
        var response = api.matches(professional.organisation().apiToken(), professional.id());
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return StreamSupport.stream(response.body().path("matches").spliterator(), false)
                .toList();
    }

    private static List<String> names(JsonNode match) {
        return StreamSupport.stream(match.path("others").spliterator(), false)
                .map(other -> other.path("name").asString())
                .toList();
    }

    private static List<Map<String, String>> others(JsonNode match) {
        return StreamSupport.stream(match.path("others").spliterator(), false)
                .map(other -> Map.of(
                        "name", other.path("name").asString(),
                        "organisation", other.path("organisation").asString(),
                        "email", other.path("email").asString(),
                        "phone", other.path("phone").asString()))
                .toList();
    }

    private long activeMatchCount() {
        return jdbc.sql("select count(*) from matches where ended_on is null")
                .query(Long.class)
                .single();
    }

    private long countWhereSignal(String table, String signalId) {
        return jdbc.sql("select count(*) from " + table + " where signal_id = ?::uuid")
                .param(signalId)
                .query(Long.class)
                .single();
    }
}
