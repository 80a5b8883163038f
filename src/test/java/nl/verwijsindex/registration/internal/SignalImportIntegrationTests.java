package nl.verwijsindex.registration.internal;

import static nl.verwijsindex.testing.TestRegion.CARER;
import static nl.verwijsindex.testing.TestRegion.FORMER_OFFICER;
import static nl.verwijsindex.testing.TestRegion.HEADTEACHER;
import static nl.verwijsindex.testing.TestRegion.NURSE;
import static nl.verwijsindex.testing.TestRegion.SCHOOL;
import static nl.verwijsindex.testing.TestRegion.SUSPENDED_WORKER;
import static nl.verwijsindex.testing.TestRegion.TEACHER;
import static nl.verwijsindex.testing.TestRegion.YOUTH_CARE;
import static nl.verwijsindex.testing.TestRegion.YOUTH_DOCTOR;
import static nl.verwijsindex.testing.TestRegion.YOUTH_HEALTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import nl.verwijsindex.registration.ImportSignalsCommand;
import nl.verwijsindex.registration.SignalImportException;
import nl.verwijsindex.registration.SignalImports;
import nl.verwijsindex.system.database.OwnerDatabase;
import nl.verwijsindex.testing.BrpIntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

/**
 * The bulk import against the BRP stub: the report of rejected rows, the stored signals with their
 * audit entries, reruns, a failure after a committed chunk, matching, the lock and the command.
 */
@ExtendWith(OutputCaptureExtension.class)
class SignalImportIntegrationTests extends BrpIntegrationTest {

    private static final String HEADER = "bsn,professional_id,registered_on,end_date,own_reference,ended_on,end_reason";

    private static final String USAGE = "Usage: java -jar verwijsindex.jar import-signals FILE [--setting=value ...],"
            + " where FILE is a CSV file that starts with the header line " + HEADER;

    /** Born 2017-01-01; shares both parents with {@link #SISTER}. */
    private static final String CHILD = "999970033";

    private static final String SISTER = "999970045";

    /** Turns 23 on 2026-12-24. */
    private static final String TURNS_23_ON_24_DECEMBER_2026 = "999970677";

    private static final UUID UNKNOWN_PROFESSIONAL = UUID.fromString("00000000-0000-4000-8000-000000000099");

    @Autowired
    SignalImport imports;

    @Autowired
    Pseudonymisation pseudonymisation;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    AuditChain chain;
    TestApi api;
    Path folder;

    @BeforeEach
    void prepare() throws Exception {
        chain = new AuditChain(jdbc, context);
        api = new TestApi(port);
        folder = Files.createTempDirectory("signal-import-");
    }

    @Test
    void rejectsEveryInvalidRowWithReportLine() throws Exception {
        assertThat(api.register(SCHOOL.apiToken(), CHILD, TEACHER.id()).status())
                .isEqualTo(201);
        assertThat(api.register(YOUTH_HEALTH.apiToken(), SISTER, YOUTH_DOCTOR.id())
                        .status())
                .isEqualTo(201);
        var file = file(
                "1,2,3",
                CHILD + ",not-a-uuid,2026-10-01,,,,",
                CHILD + "," + TEACHER.id() + ",2026-02-30,,,,",
                CHILD + "," + TEACHER.id() + ",,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,01-12-2027,,,",
                "999970034," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,2028-10-02,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,ref " + SISTER + ",,",
                CHILD + "," + TEACHER.id() + ",2026-12-05,,,,",
                CHILD + "," + TEACHER.id() + ",2026-01-05,,,,risk-gone",
                CHILD + "," + TEACHER.id() + ",2026-01-05,,,2026-03-01,unjustified",
                CHILD + "," + TEACHER.id() + ",2026-01-05,,,2026-01-04,risk-gone",
                CHILD + "," + TEACHER.id() + ",2021-01-05,,,2021-12-04,end-date",
                CHILD + "," + UNKNOWN_PROFESSIONAL + ",2026-10-01,,,,",
                CHILD + "," + FORMER_OFFICER.id() + ",2026-10-01,,,,",
                CHILD + "," + SUSPENDED_WORKER.id() + ",2026-10-01,,,,",
                "123456782," + TEACHER.id() + ",2026-10-01,,,,",
                "999970422," + TEACHER.id() + ",2026-10-01,,,,",
                "999993410," + TEACHER.id() + ",2026-10-01,,,,",
                "999995066," + TEACHER.id() + ",2026-10-01,,,,",
                "000009830," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + "," + HEADTEACHER.id() + ",2025-06-01,2025-12-01,,,",
                SISTER + "," + NURSE.id() + ",2026-10-01,,N-1,,",
                SISTER + "," + NURSE.id() + ",2026-10-01,,N-2,,",
                SISTER + "," + NURSE.id() + ",2026-10-02,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,,",
                SISTER + "," + YOUTH_DOCTOR.id() + ",2026-12-04,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,\"LL, 7,,,");

        var result = importFile(file);

        assertThat(result.summary()).isEqualTo("imported=1 already-present=1 rejected=26");
        assertThat(Files.readAllLines(result.report()))
                .containsExactly(
                        "line,code,detail",
                        "2,column-count,\"The line has 3 columns, the import format has 7: " + HEADER + "\"",
                        "3,professional-id-invalid,\"professional_id must be the UUID of a professional in"
                                + " this index, such as 7d4c2f1e-0b7a-4c52-9a35-2f5d8c1e6a90\"",
                        "4,date-invalid,\"registered_on, 2026-02-30, is not an existing date; check the day and the"
                                + " month\"",
                        "5,date-invalid,registered_on is missing; give the date as yyyy-mm-dd",
                        "6,date-invalid,\"end_date must be a date written as yyyy-mm-dd, for example 2026-12-04\"",
                        "7,bsn-invalid,bsn must be 9 digits that pass the 11-test; check for a typing error or a"
                                + " missing leading zero",
                        "8,end-date-invalid,\"end_date must be from registered_on 2026-10-01 to 2028-10-01; correct"
                                + " it, or leave it empty for the organisation's default\"",
                        "9,own-reference-invalid,own_reference: the own reference looks like a BSN; leave the BSN out"
                                + " and use your organisation's own client number",
                        "10,registered-on-invalid,\"registered_on 2026-12-05 is after today, 2026-12-04; give the day"
                                + " the signal was registered in the index it comes from\"",
                        "11,end-reason-invalid,\"end_reason is set but ended_on is empty; leave end_reason empty for"
                                + " an active signal, or give the day it ended in ended_on\"",
                        "12,end-reason-invalid,end_reason must be risk-gone or end-date when ended_on is set; signals"
                                + " destroyed as unjustified are not imported",
                        "13,ended-on-invalid,\"ended_on 2026-01-04 must be from registered_on 2026-01-05 to today,"
                                + " 2026-12-04; correct the day the signal ended\"",
                        "14,archive-expired,\"ended_on 2021-12-04 is five years ago or longer, so the index would"
                                + " destroy the signal at once; leave the line out\"",
                        "15,professional-unknown,professional_id " + UNKNOWN_PROFESSIONAL
                                + " is not a professional in this index; add the professional first or correct the id",
                        "16,professional-inactive,\"professional_id " + FORMER_OFFICER.id()
                                + " is deactivated or its organisation is not connected, so it may not register"
                                + " signals; activate the professional or transfer the signal to a colleague in the"
                                + " file\"",
                        "17,professional-inactive,\"professional_id " + SUSPENDED_WORKER.id()
                                + " is deactivated or its organisation is not connected, so it may not register"
                                + " signals; activate the professional or transfer the signal to a colleague in the"
                                + " file\"",
                        "18,person-not-found,bsn: the population register has no person with this BSN; check the"
                                + " number in the index the signal comes from",
                        "19,person-deceased,\"bsn: the population register records this person as deceased, and a"
                                + " signal is only for a living child; leave the line out\"",
                        "20,person-not-resident,\"bsn: this person does not live in a Dutch municipality (emigrated"
                                + " or registered as non-resident), so the index does not apply; leave the line out\"",
                        "21,person-birth-date-unknown,\"bsn: the population register has no birth year for this"
                                + " person, so the index cannot establish that they are younger than 23; leave the"
                                + " line out\"",
                        "22,person-too-old,\"bsn: this person is 23 or older on registered_on 2026-10-01, and the"
                                + " index is for children and young people up to their 23rd birthday; correct"
                                + " registered_on or leave the line out\"",
                        "23,end-date-passed,\"end_date 2025-12-01 is before today, 2026-12-04, while ended_on is"
                                + " empty; give ended_on and end_reason end-date to import the signal as archived\"",
                        "25,duplicate-in-file,\"bsn, professional_id and registered_on are the same as on line 24;"
                                + " remove one of the two lines\"",
                        "26,duplicate-in-file,\"line 24 already has an active signal of this professional_id on the"
                                + " same bsn, and a professional has one active signal per child; give one of the two"
                                + " an ended_on and end_reason\"",
                        "27,signal-already-active,\"professional_id " + TEACHER.id()
                                + " already has an active signal on this child, registered on another day; end that"
                                + " signal first, or leave the line out\"",
                        "29,column-count,\"A quoted field is not closed, or text follows its closing quote; put"
                                + " each field that contains a comma or a quote in double quotes and double the quotes"
                                + " inside, and keep each field on one line\"");
        assertThat(signals())
                .containsExactlyInAnyOrder(
                        TEACHER.id() + "|2026-12-04|active",
                        YOUTH_DOCTOR.id() + "|2026-12-04|active",
                        NURSE.id() + "|2026-10-01|active");
    }

    @Test
    void storesActiveAndArchivedSignalsWithAuditEntries() throws Exception {
        long before = chain.lastSequence();
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-10-01,,LL-1,,",
                CHILD + "," + CARER.id() + ",2021-01-05,2022-06-30,,2021-12-05,end-date",
                SISTER + "," + NURSE.id() + ",2026-11-02,2027-03-01,,2026-11-20,risk-gone");

        var result = importFile(file);

        assertThat(result.summary()).isEqualTo("imported=3 already-present=0 rejected=0");
        assertThat(Files.readAllLines(result.report())).containsExactly("line,code,detail");
        var stored = jdbc.sql("""
                        select professional_id, organisation_id, registered_on, end_date, own_reference, status,
                               ended_on, end_reason, earliest_23rd_birthday, cardinality(parent_pseudonyms) as parents
                          from signals order by registered_on
                        """)
                .query((rs, row) -> rs.getObject("professional_id") + "|" + rs.getObject("organisation_id") + "|"
                        + rs.getObject("registered_on") + "|" + rs.getObject("end_date") + "|"
                        + rs.getString("own_reference") + "|" + rs.getString("status") + "|"
                        + rs.getObject("ended_on") + "|" + rs.getString("end_reason") + "|"
                        + rs.getObject("earliest_23rd_birthday") + "|" + rs.getInt("parents"))
                .list();
        assertThat(stored)
                .containsExactly(
                        CARER.id() + "|" + YOUTH_CARE.id() + "|2021-01-05|2022-06-30|null|archived|2021-12-05|end-date"
                                + "|2040-01-01|2",
                        TEACHER.id() + "|" + SCHOOL.id() + "|2026-10-01|2027-10-01|LL-1|active|null|null|2040-01-01|2",
                        NURSE.id() + "|" + YOUTH_HEALTH.id()
                                + "|2026-11-02|2027-03-01|null|archived|2026-11-20|risk-gone|2040-01-01|2");
        assertThat(jdbc.sql("select municipality_code, register_status, checked_on from child_residences")
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getObject(3))
                        .list())
                .containsExactly("0518|resident|2026-12-04");

        var entries = chain.after(before);
        assertThat(entries).hasSize(4);
        var runId = jdbc.sql("select id from signal_imports").query(UUID.class).single();
        var expected = new ArrayList<String>();
        for (var professional : List.of(CARER.id(), TEACHER.id(), NURSE.id())) {
            var signal = jdbc.sql("select id, child_pseudonym from signals where professional_id = ?")
                    .param(professional)
                    .query((rs, row) -> rs.getObject(1) + "|" + HexFormat.of().formatHex(rs.getBytes(2)))
                    .single()
                    .split("\\|");
            expected.add("write|success|system|import-signals|null|null|null|" + professional + "|null|signal|"
                    + signal[0] + "|" + signal[1] + "|1|import-signal");
        }
        expected.add("write|success|system|import-signals|null|null|null|null|null|signal-import|" + runId
                + "|null|null|import-signals");
        assertThat(entries.stream().map(SignalImportIntegrationTests::entry).toList())
                .containsExactlyElementsOf(expected);
        assertThat(jdbc.sql("select status, rows_read, imported, already_present, rejected from signal_imports")
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getLong(2) + "|" + rs.getLong(3) + "|"
                                + rs.getLong(4) + "|" + rs.getLong(5))
                        .single())
                .isEqualTo("finished|3|3|0|0");
    }

    @Test
    void rerunImportsNothing() throws Exception {
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + "," + CARER.id() + ",2026-10-05,,,,",
                SISTER + "," + NURSE.id() + ",2026-11-02,,,,",
                "123456782," + TEACHER.id() + ",2026-10-01,,,,");
        importFile(file);
        var matches = matchRows();
        long before = chain.lastSequence();

        var second = importFile(file);

        assertThat(second.summary()).isEqualTo("imported=0 already-present=3 rejected=1");
        assertThat(signalCount()).isEqualTo(3);
        assertThat(matchRows()).isEqualTo(matches);
        assertThat(entries(chain.after(before))).containsExactly("write|success|import-signals|signal-import");
    }

    /**
     * A trigger that the owner adds fails the insert of the second chunk, as a crash would stop it:
     * the first chunk stays, the second leaves nothing, and a rerun stores the second only.
     */
    @Test
    void rerunAfterFailedChunkContinues() throws Exception {
        try (var owner = OwnerDatabase.connect(context);
                var statement = owner.createStatement()) {
            statement.execute("""
                    create or replace function import_test_fail() returns trigger language plpgsql as $$
                    begin
                        if new.own_reference = 'FAIL' then raise exception 'simulated crash'; end if;
                        return new;
                    end $$""");
            statement.execute("create trigger import_test_fail before insert on signals"
                    + " for each row execute function import_test_fail()");
        }
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + "," + CARER.id() + ",2026-10-02,,,,",
                SISTER + "," + NURSE.id() + ",2026-10-03,,FAIL,,",
                SISTER + "," + YOUTH_DOCTOR.id() + ",2026-10-04,,,,");

        try {
            assertThatThrownBy(() -> imports.importFile(file, quiet(), false, 2))
                    .hasMessageContaining("simulated crash");
        } finally {
            try (var owner = OwnerDatabase.connect(context);
                    var statement = owner.createStatement()) {
                statement.execute("drop trigger import_test_fail on signals");
                statement.execute("drop function import_test_fail()");
            }
        }
        assertThat(signals())
                .containsExactlyInAnyOrder(TEACHER.id() + "|2026-10-01|active", CARER.id() + "|2026-10-02|active");
        assertThat(jdbc.sql("select status, imported from signal_imports")
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getLong(2))
                        .single())
                .isEqualTo("failed|2");

        var rerun = imports.importFile(file, quiet(), false, 2);

        assertThat(rerun.summary()).isEqualTo("imported=2 already-present=2 rejected=0");
        assertThat(signalCount()).isEqualTo(4);
    }

    /**
     * The same rows registered through the API, each on its day, and imported, give the same
     * matches, members and introductions.
     */
    @Test
    void matchesAsRegistrationWould() throws Exception {
        var rows = List.of(
                new Object[] {CHILD, TEACHER, "2026-10-01"},
                new Object[] {SISTER, NURSE, "2026-10-03"},
                new Object[] {CHILD, CARER, "2026-10-05"},
                new Object[] {SISTER, TEACHER, "2026-10-08"},
                new Object[] {CHILD, YOUTH_DOCTOR, "2026-11-02"});
        for (var row : rows) {
            var person = (TestRegion.Person) row[1];
            clock.setDate(LocalDate.parse((String) row[2]));
            assertThat(api.register(person.organisation().apiToken(), (String) row[0], person.id())
                            .status())
                    .isEqualTo(201);
        }
        var registered = matchRows();
        var registeredIntroductions = introductionRows();
        region.reset();

        var lines = rows.stream()
                .map(row -> row[0] + "," + ((TestRegion.Person) row[1]).id() + "," + row[2] + ",,,,")
                .toList();
        var result = importFile(file(lines.toArray(String[]::new)));

        assertThat(result.summary()).isEqualTo("imported=5 already-present=0 rejected=0");
        assertThat(registered).hasSize(10);
        assertThat(matchRows()).isEqualTo(registered);
        assertThat(introductionRows()).isEqualTo(registeredIntroductions);
        assertThat(notificationCount()).isZero();
    }

    @Test
    void professionalsOfRegisteredSignalAreEmailed() throws Exception {
        clock.setDate(LocalDate.of(2026, 11, 1));
        assertThat(api.register(SCHOOL.apiToken(), CHILD, TEACHER.id()).status())
                .isEqualTo(201);
        clock.setDate(LocalDate.of(2026, 12, 4));

        importFile(file(CHILD + "," + CARER.id() + ",2026-11-15,,,,", CHILD + "," + NURSE.id() + ",2026-11-20,,,,"));

        assertThat(jdbc.sql("select recipient_professional_id from notification_messages")
                        .query(UUID.class)
                        .list())
                .containsExactlyInAnyOrder(TEACHER.id(), CARER.id(), TEACHER.id(), NURSE.id());
        assertThat(introductionRows()).hasSize(6);
    }

    @ParameterizedTest(name = "today {0}: {1}")
    @CsvSource({
        "2026-12-23, imported=1 already-present=0 rejected=0",
        "2026-12-24, imported=0 already-present=0 rejected=1",
        "2026-12-25, imported=0 already-present=0 rejected=1"
    })
    void rejectsChildWhoTurned23ByToday(LocalDate today, String summary) throws Exception {
        clock.setDate(today);

        var result = importFile(file(TURNS_23_ON_24_DECEMBER_2026 + "," + TEACHER.id() + ",2026-12-01,,,,"));

        assertThat(result.summary()).isEqualTo(summary);
        if (today.equals(LocalDate.of(2026, 12, 24))) {
            assertThat(Files.readAllLines(result.report()))
                    .containsExactly(
                            "line,code,detail",
                            "2,person-too-old,\"bsn: this person is 23 or older on 2026-12-24, so the index would"
                                    + " destroy the signal at once; leave the line out\"");
        }
    }

    @ParameterizedTest(name = "ended {0}: {1}")
    @CsvSource({
        "2021-12-03, archive-expired",
        "2021-12-04, archive-expired",
        "2021-12-05, imported",
    })
    void rejectsArchivedSignalFiveYearsAfterItEnded(LocalDate endedOn, String outcome) throws Exception {
        var result = importFile(file(CHILD + "," + TEACHER.id() + ",2021-06-01,,," + endedOn + ",risk-gone"));

        if (outcome.equals("imported")) {
            assertThat(result.summary()).isEqualTo("imported=1 already-present=0 rejected=0");
        } else {
            assertThat(Files.readAllLines(result.report()).get(1)).startsWith("2," + outcome + ",");
        }
    }

    @Test
    void asksRegisterAboutTwentyBsnsPerRequest() throws Exception {
        var bsns = List.of(
                "999970033",
                "999970045",
                "999970677",
                "999970422",
                "999993410",
                "999995066",
                "000009830",
                "999998535",
                "999999369",
                "999992107",
                "999990482",
                "900194042",
                "999971207",
                "999996745",
                "999996794",
                "999996782",
                "999971098",
                "999999242",
                "999970100",
                "999999618",
                "999970598",
                "123456782");
        var lines = bsns.stream()
                .map(bsn -> bsn + "," + TEACHER.id() + ",2026-10-01,,,,")
                .toList();

        importFile(file(lines.toArray(String[]::new)));

        var sizes = brp.received("/personen").stream()
                .map(request -> request.json().path("burgerservicenummer").size())
                .sorted()
                .toList();
        assertThat(sizes).containsExactly(2, 20);
        var asked = brp.received("/personen").stream()
                .flatMap(request -> request.json().path("burgerservicenummer").valueStream())
                .map(value -> value.asString())
                .toList();
        assertThat(asked).containsExactlyInAnyOrderElementsOf(bsns);
    }

    @Test
    void secondImportAtOnceIsRejected() throws Exception {
        var file = file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,");

        try (var held = ImportLock.acquire(dataSource)) {
            assertThatThrownBy(() -> importFile(file))
                    .isInstanceOf(SignalImportException.class)
                    .hasMessage("Another import-signals run is importing into this database; wait until it has"
                            + " finished, then run this import again");
        }
        assertThat(signalCount()).isZero();
    }

    @Test
    void keepsBsnOutOfReportProgressAndLogs(CapturedOutput output) throws Exception {
        var progress = new ByteArrayOutputStream();
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,,",
                "999970422," + TEACHER.id() + ",2026-10-01,,,,",
                "123456782," + UNKNOWN_PROFESSIONAL + ",2026-10-01,,,,",
                "999970034," + TEACHER.id() + ",2026-10-01,,,,");

        var result = imports.importFile(file, new PrintStream(progress, true, StandardCharsets.UTF_8), false);

        var texts =
                List.of(Files.readString(result.report()), progress.toString(StandardCharsets.UTF_8), output.getAll());
        for (var text : texts) {
            assertThat(text).doesNotContain(CHILD, "999970422", "123456782", "999970034");
        }
        var lines = progress.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines.get(lines.size() - 1))
                .startsWith("[" + "#".repeat(30) + "] 100% read=4 imported=1 already-present=0 rejected=3 rows/s=");
    }

    @Test
    void rejectsFileWithoutHeader() throws Exception {
        var file = folder.resolve("signals.csv");
        Files.writeString(file, CHILD + "," + TEACHER.id() + ",2026-10-01,,,,\n");
        var earlierReport = folder.resolve("signals.csv.rejected.csv");
        Files.writeString(earlierReport, "line,code,detail\n2,bsn-invalid,from an earlier run\n");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOf(SignalImportException.class)
                .hasMessage("Line 1 of " + file + " is not the header of the import format; start the file with the"
                        + " line " + HEADER);
        assertThat(signalCount()).isZero();
        assertThat(Files.exists(earlierReport)).isFalse();
    }

    @Test
    void rejectsEmptyFileWithoutReport() throws Exception {
        var file = folder.resolve("signals.csv");
        Files.writeString(file, "");

        assertThatThrownBy(() -> importFile(file))
                .isInstanceOf(SignalImportException.class)
                .hasMessage("The import file " + file + " is empty; start it with the header line " + HEADER
                        + " and put one signal on each line after it");
        assertThat(Files.exists(folder.resolve("signals.csv.rejected.csv"))).isFalse();
        assertThat(jdbc.sql("select status, rows_read from signal_imports")
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getLong(2))
                        .single())
                .isEqualTo("failed|0");
    }

    @Test
    void namesEmptyLinesAndSpacesAroundValues() throws Exception {
        var file = file(
                "",
                "   ",
                " " + CHILD + "," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + " ," + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + ", " + TEACHER.id() + ",2026-10-01,,,,",
                CHILD + "," + TEACHER.id() + ", 2026-10-01,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,2027-01-01 ,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,2026-11-01 ,risk-gone",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,,2026-11-01, risk-gone",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,  LL 1 ,,");

        var result = importFile(file);

        assertThat(result.summary()).isEqualTo("imported=1 already-present=0 rejected=9");
        var empty = "\"The line is empty or contains only spaces; delete it, or give the 7 columns of the import"
                + " format: " + HEADER + "\"";
        assertThat(Files.readAllLines(result.report()))
                .containsExactly(
                        "line,code,detail",
                        "2,column-count," + empty,
                        "3,column-count," + empty,
                        "4,bsn-invalid,bsn has a space before or after its value; remove the space",
                        "5,bsn-invalid,bsn has a space before or after its value; remove the space",
                        "6,professional-id-invalid,professional_id has a space before or after its value; remove the"
                                + " space",
                        "7,date-invalid,registered_on has a space before or after its value; remove the space",
                        "8,date-invalid,end_date has a space before or after its value; remove the space",
                        "9,date-invalid,ended_on has a space before or after its value; remove the space",
                        "10,end-reason-invalid,end_reason has a space before or after its value; remove the space");
        assertThat(jdbc.sql("select own_reference from signals")
                        .query(String.class)
                        .single())
                .isEqualTo("  LL 1 ");
    }

    /** A rejected row is no duplicate's first line, so the valid row after it is imported. */
    @Test
    void importsRowAfterRejectedRowOfSameSignal() throws Exception {
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-06-01,2026-11-01,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,ok,,");

        var result = importFile(file);

        assertThat(result.summary()).isEqualTo("imported=1 already-present=0 rejected=1");
        assertThat(Files.readAllLines(result.report()))
                .containsExactly(
                        "line,code,detail",
                        "2,end-date-passed,\"end_date 2026-11-01 is before today, 2026-12-04, while ended_on is"
                                + " empty; give ended_on and end_reason end-date to import the signal as archived\"");
        assertThat(signals()).containsExactly(TEACHER.id() + "|2026-10-01|active");
    }

    @Test
    void countsRowAfterSignalAlreadyActiveAsPresent() throws Exception {
        assertThat(api.register(SCHOOL.apiToken(), CHILD, TEACHER.id()).status())
                .isEqualTo(201);
        var file = file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,", CHILD + "," + TEACHER.id() + ",2026-12-04,,,,");

        var result = importFile(file);

        assertThat(result.summary()).isEqualTo("imported=0 already-present=1 rejected=1");
        assertThat(Files.readAllLines(result.report()))
                .containsExactly(
                        "line,code,detail",
                        "2,signal-already-active,\"professional_id " + TEACHER.id()
                                + " already has an active signal on this child, registered on another day; end that"
                                + " signal first, or leave the line out\"");
    }

    /** One row per chunk, so that each duplicate meets its first line in an earlier chunk, also on a rerun. */
    @Test
    void findsDuplicatesAcrossChunks() throws Exception {
        var file = file(
                CHILD + "," + TEACHER.id() + ",2026-10-05,,,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,B,,",
                CHILD + "," + TEACHER.id() + ",2026-10-01,,C,,",
                CHILD + "," + TEACHER.id() + ",2026-09-01,,,2026-09-20,risk-gone");
        var expected = List.of(
                "line,code,detail",
                "2,duplicate-in-file,\"line 3 already has an active signal of this professional_id on the same bsn,"
                        + " and a professional has one active signal per child; give one of the two an ended_on and"
                        + " end_reason\"",
                "4,duplicate-in-file,\"bsn, professional_id and registered_on are the same as on line 3; remove one"
                        + " of the two lines\"");

        var first = imports.importFile(file, quiet(), false, 1);
        var firstReport = Files.readAllLines(first.report());
        var second = imports.importFile(file, quiet(), false, 1);

        assertThat(first.summary()).isEqualTo("imported=2 already-present=0 rejected=2");
        assertThat(firstReport).containsExactlyElementsOf(expected);
        assertThat(second.summary()).isEqualTo("imported=0 already-present=2 rejected=2");
        assertThat(Files.readAllLines(second.report())).containsExactlyElementsOf(expected);
        assertThat(signals())
                .containsExactlyInAnyOrder(TEACHER.id() + "|2026-10-01|active", TEACHER.id() + "|2026-09-01|archived");
    }

    @Test
    void marksRunLeftRunningAsFailed() throws Exception {
        var killed = UUID.randomUUID();
        jdbc.sql("insert into signal_imports (id, file_name, started_at, status) values (?, 'old.csv', ?, 'running')")
                .params(killed, java.sql.Timestamp.valueOf("2026-12-03 10:00:00"))
                .update();
        long before = chain.lastSequence();

        var result = importFile(file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,"));

        assertThat(result.summary()).isEqualTo("imported=1 already-present=0 rejected=0");
        assertThat(jdbc.sql("select status, finished_at, rows_read from signal_imports where id = ?")
                        .param(killed)
                        .query((rs, row) -> rs.getString(1) + "|" + rs.getObject(2) + "|" + rs.getLong(3))
                        .single())
                .isEqualTo("failed|null|0");
        var entries = chain.after(before);
        assertThat(entries).hasSize(3);
        assertThat(entry(entries.get(0)))
                .isEqualTo("write|failed|system|import-signals|null|null|null|null|null|signal-import|" + killed
                        + "|null|null|import-signals");
    }

    /** A trigger fails the first chunk and reports what the run's row shows at that moment. */
    @Test
    void recordsRowsReadBeforeFirstChunk() throws Exception {
        try (var owner = OwnerDatabase.connect(context);
                var statement = owner.createStatement()) {
            statement.execute("""
                    create or replace function import_test_progress() returns trigger language plpgsql as $$
                    begin
                        raise exception 'run row: %', (select rows_read || '|' || rejected from signal_imports
                                                         where status = 'running');
                    end $$""");
            statement.execute("create trigger import_test_progress before insert on signals"
                    + " for each row execute function import_test_progress()");
        }
        var file =
                file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,", "999970034," + TEACHER.id() + ",2026-10-01,,,,");

        try {
            assertThatThrownBy(() -> importFile(file)).hasMessageContaining("run row: 2|1");
        } finally {
            try (var owner = OwnerDatabase.connect(context);
                    var statement = owner.createStatement()) {
                statement.execute("drop trigger import_test_progress on signals");
                statement.execute("drop function import_test_progress()");
            }
        }
    }

    @Test
    void namesRegisterUrlWhenRegisterIsDown() throws Exception {
        var file = file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,");

        brp.down();
        try {
            assertThatThrownBy(() -> importFile(file))
                    .isInstanceOf(SignalImportException.class)
                    .hasMessage("The population register at " + brp.url() + " refused the connection, so the import"
                            + " stopped; check that the register is reachable and that VERWIJSINDEX_POPULATION_BRP_URL"
                            + " is right, then run the same file again, which keeps the chunks stored so far and"
                            + " continues");
        } finally {
            brp.up();
        }
        assertThat(signalCount()).isZero();
    }

    @Test
    void rejectsMissingFile() {
        var missing = folder.resolve("missing.csv");

        assertThatThrownBy(() -> importFile(missing))
                .isInstanceOf(SignalImportException.class)
                .hasMessage("The import file " + missing
                        + " does not exist or cannot be read; check the path and its permissions");
        assertThat(Files.exists(folder.resolve("missing.csv.rejected.csv"))).isFalse();
        assertThat(jdbc.sql("select status from signal_imports")
                        .query(String.class)
                        .single())
                .isEqualTo("failed");
    }

    /** Runs the whole command with its own context against the test database as an external database. */
    @Test
    void commandPrintsSummaryAndExitsWithZero() throws Exception {
        var file =
                file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,", "123456782," + TEACHER.id() + ",2026-10-01,,,,");
        var out = new ByteArrayOutputStream();
        var original = System.out;

        int status;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            status = ImportSignalsCommand.run(
                    file.toString(),
                    // The same folder as the tests' context, for the same generated pseudonymisation keys.
                    "--verwijsindex.data-dir=" + context.getEnvironment().getProperty("verwijsindex.data-dir"),
                    "--verwijsindex.database.url=" + OwnerDatabase.url(context),
                    "--verwijsindex.database.username=" + OwnerDatabase.applicationRole(context),
                    "--verwijsindex.database.owner-username=postgres",
                    "--verwijsindex.population.brp.url=" + brp.url(),
                    "--verwijsindex.population.brp.api-key=" + nl.verwijsindex.population.BrpStub.API_KEY,
                    "--logging.level.root=info");
        } finally {
            System.setOut(original);
        }

        assertThat(status).isEqualTo(ImportSignalsCommand.RAN);
        // Log lines go to standard output too; at the default level warn none follows the summary.
        var printed = out.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("20"))
                .toList();
        assertThat(printed).containsExactly("imported=1 already-present=0 rejected=1");
        assertThat(signalCount()).isEqualTo(1);
    }

    @Test
    void commandExitsWithTwoWithoutFile() {
        var err = new ByteArrayOutputStream();

        int status = withStandardStreams(new ByteArrayOutputStream(), err, () -> ImportSignalsCommand.run("--x=y"));

        assertThat(status).isEqualTo(ImportSignalsCommand.ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(USAGE + System.lineSeparator());
    }

    @Test
    void commandPrintsHelpAndExitsWithZero() {
        var out = new ByteArrayOutputStream();

        int status = withStandardStreams(out, new ByteArrayOutputStream(), () -> ImportSignalsCommand.run("--help"));

        assertThat(status).isEqualTo(ImportSignalsCommand.RAN);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(USAGE + System.lineSeparator());
    }

    /** The database URL names a closed port on 127.0.0.1, so the context cannot start. */
    @Test
    void commandNamesUnreachableDatabaseInOneLine() throws Exception {
        int closedPort;
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        var url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/verwijsindex?password=";
        var file = file(CHILD + "," + TEACHER.id() + ",2026-10-01,,,,");
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int status = withStandardStreams(
                out,
                err,
                () -> ImportSignalsCommand.run(
                        file.toString(),
                        "--verwijsindex.data-dir=" + folder,
                        "--verwijsindex.database.url=" + url + "secret",
                        "--verwijsindex.database.username=verwijsindex",
                        "--verwijsindex.database.owner-username=postgres"));

        assertThat(status).isEqualTo(ImportSignalsCommand.ERROR);
        assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("\tat ", "Exception", "secret");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("import-signals could not start: connecting to the database at " + url + "*** failed:"
                        + " Connection to 127.0.0.1:" + closedPort + " refused. Check that the hostname and port are"
                        + " correct and that the postmaster is accepting TCP/IP connections. Start the database, or"
                        + " correct VERWIJSINDEX_DATABASE_URL." + System.lineSeparator());
    }

    private static int withStandardStreams(
            ByteArrayOutputStream out, ByteArrayOutputStream err, java.util.function.IntSupplier command) {
        var originalOut = System.out;
        var originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return command.getAsInt();
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    private SignalImports.Result importFile(Path file) {
        return imports.importFile(file, quiet(), false);
    }

    private static PrintStream quiet() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    private Path file(String... lines) throws Exception {
        var file = folder.resolve("signals.csv");
        Files.writeString(file, HEADER + "\n" + String.join("\n", lines) + "\n");
        return file;
    }

    private List<String> signals() {
        return jdbc.sql("select professional_id, registered_on, status from signals")
                .query((rs, row) -> rs.getObject(1) + "|" + rs.getObject(2) + "|" + rs.getString(3))
                .list();
    }

    private long signalCount() {
        return jdbc.sql("select count(*) from signals").query(Long.class).single();
    }

    private long notificationCount() {
        return jdbc.sql("select count(*) from notification_messages")
                .query(Long.class)
                .single();
    }

    /** Returns each member of each match: type, children, since, the member's professional and child, joined. */
    private List<String> matchRows() {
        return jdbc.sql("""
                        select m.type, encode(m.child_pseudonym, 'hex') as child,
                               coalesce(encode(m.other_child_pseudonym, 'hex'), '-') as other, m.since,
                               s.professional_id, encode(s.child_pseudonym, 'hex') as member_child, mm.joined_on
                          from matches m join match_members mm on mm.match_id = m.id
                          join signals s on s.id = mm.signal_id
                         order by 1, 2, 3, 5, 6
                        """)
                .query((rs, row) -> String.join(
                        "|",
                        rs.getString("type"),
                        rs.getString("child"),
                        rs.getString("other"),
                        rs.getString("since"),
                        rs.getString("professional_id"),
                        rs.getString("member_child"),
                        rs.getString("joined_on")))
                .list();
    }

    private List<String> introductionRows() {
        return jdbc.sql("""
                        select m.type, encode(m.child_pseudonym, 'hex') as child,
                               coalesce(encode(m.other_child_pseudonym, 'hex'), '-') as other,
                               i.professional_id, i.other_professional_id
                          from match_introductions i join matches m on m.id = i.match_id
                         order by 1, 2, 3, 4, 5
                        """)
                .query((rs, row) -> String.join(
                        "|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)))
                .list();
    }

    private static String entry(AuditChain.Row row) {
        return String.join(
                "|",
                row.action(),
                row.outcome(),
                String.valueOf(row.actorType()),
                String.valueOf(row.actorId()),
                String.valueOf(row.actorRole()),
                String.valueOf(row.actorOrganisationId()),
                String.valueOf(row.actorMunicipalityId()),
                String.valueOf(row.onBehalfOf()),
                String.valueOf(row.origin()),
                String.valueOf(row.objectType()),
                String.valueOf(row.objectId()),
                String.valueOf(row.child()),
                String.valueOf(row.pseudonymKeyVersion()),
                row.purpose());
    }

    private static List<String> entries(List<AuditChain.Row> rows) {
        return rows.stream()
                .map(row -> row.action() + "|" + row.outcome() + "|" + row.actorId() + "|" + row.objectType())
                .toList();
    }
}
