package nl.verwijsindex.privacy;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.COACH;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.OFFICER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion.Person;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Registers, matches, rejects and ends signals, then searches every place the index writes to for
 * the BSNs involved: log output, every column of every table, every API response and every email.
 */
@ExtendWith(OutputCaptureExtension.class)
class NoPlainBsnIntegrationTests extends IntegrationTest {

    /** Children and, last, their parents from the RvIG file; the parents are never sent but are pseudonymised. */
    static final List<String> BSNS = List.of(
            "999970033",
            "999970045",
            "999970021",
            "999970070",
            "999970082",
            "999999126",
            "999999163",
            "999970057",
            "999970069");

    @Test
    void bsnAppearsNowhere(CapturedOutput output) throws Exception {
        var api = new TestApi(port);
        var responses = new ArrayList<TestApi.Response>();

        responses.add(register(api, TEACHER, "999970033"));
        responses.add(register(api, NURSE, "999970033"));
        responses.add(register(api, CARER, "999970045"));
        responses.add(register(api, COACH, "999970021"));
        responses.add(register(api, OFFICER, "999970070"));
        responses.add(register(api, TEACHER, "999970082"));
        responses.add(register(api, TEACHER, "999970033"));
        responses.add(api.register(TEACHER.organisation().apiToken(), "999970422", TEACHER.id()));
        responses.add(api.post(
                TEACHER.organisation().apiToken(),
                "/api/v1/signals",
                Map.of("bsn", "999970045", "professionalId", TEACHER.id().toString(), "ownReference", "999970045")));
        responses.add(api.end(
                NURSE.organisation().apiToken(),
                responses.get(1).body().path("id").asString(),
                "risk-gone"));
        for (var professional : List.of(TEACHER, NURSE, CARER, COACH, OFFICER)) {
            responses.add(api.matches(professional.organisation().apiToken(), professional.id()));
        }
        // 2 for the child match on 999970033, 3 for each family match of 999970045 and 999970021 with it,
        // 2 between 999970045 and 999970021, 2 between 999970070 and 999970082.
        var emails = awaitEmails(12);

        for (var bsn : BSNS) {
            assertThat(output.getAll()).as("log output").doesNotContain(bsn);
            assertThat(tablesContaining(bsn)).as("tables containing " + bsn).isEmpty();
            assertThat(responses)
                    .allSatisfy(response -> assertThat(response.text()).doesNotContain(bsn));
            assertThat(emails).allSatisfy(email -> assertThat(email).doesNotContain(bsn));
        }
    }

    @Test
    void malformedQueryLeavesNoBsnInLog(CapturedOutput output) throws Exception {
        String response;
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                    .write(("GET /api/v1/matches?professionalId=999970033% HTTP/1.1\r\n"
                                    + "Host: 127.0.0.1\r\nAuthorization: Bearer "
                                    + TEACHER.organisation().apiToken()
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).contains("application/problem+json").contains("format-invalid");
        assertThat(response).doesNotContain("999970033");
        assertThat(output.getAll()).doesNotContain("999970033");
    }

    private TestApi.Response register(TestApi api, Person professional, String bsn) {
        var response = api.register(professional.organisation().apiToken(), bsn, professional.id());
        assertThat(response.status()).as(response.text()).isIn(200, 201);
        return response;
    }

    /** Returns "table.column" for each column that contains the BSN as text, or as the ASCII bytes of it. */
    private List<String> tablesContaining(String bsn) {
        var hex = HexFormat.of().formatHex(bsn.getBytes(StandardCharsets.US_ASCII));
        var columns = jdbc.sql("""
                        select table_name, column_name from information_schema.columns
                         where table_schema = 'public' order by table_name, ordinal_position
                        """)
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2)))
                .list();
        var found = new ArrayList<String>();
        for (var column : columns) {
            var sql =
                    "select count(*) from \"%s\" where \"%s\"::text like ? or encode(\"%s\"::text::bytea, 'hex') like ?"
                            .formatted(column.get(0), column.get(1), column.get(1));
            long count = jdbc.sql(sql)
                    .params("%" + bsn + "%", "%" + hex + "%")
                    .query(Long.class)
                    .single();
            if (count > 0) {
                found.add(column.get(0) + "." + column.get(1));
            }
        }
        return found;
    }

    /** Returns each email as its raw source followed by the decoded text of every part. */
    private List<String> awaitEmails(int count) throws Exception {
        assertThat(smtp.waitForIncomingEmail(Duration.ofSeconds(15).toMillis(), count))
                .isTrue();
        var texts = new ArrayList<String>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            var raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            texts.add(raw.toString(StandardCharsets.UTF_8) + decoded(message.getContent()));
        }
        assertThat(texts).hasSize(count);
        return texts;
    }

    private static String decoded(Object content) throws Exception {
        if (content instanceof Multipart multipart) {
            var text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(decoded(multipart.getBodyPart(i).getContent()));
            }
            return text.toString();
        }
        return String.valueOf(content);
    }
}
