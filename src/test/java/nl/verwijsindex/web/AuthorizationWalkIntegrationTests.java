package nl.verwijsindex.web;

import static java.util.stream.Collectors.toCollection;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import nl.verwijsindex.audit.AuditChain;
import nl.verwijsindex.testing.IntegrationTest;
import nl.verwijsindex.testing.TestApi;
import nl.verwijsindex.testing.TestRegion;
import nl.verwijsindex.testing.WebSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every page and API endpoint as every kind of caller, once with an object of the caller's own
 * organisation or municipality and once with a foreign one. A caller without the right role is
 * rejected before anything is read. A caller with the role gets the exact status of the table for its
 * own object and 404 for a foreign one. No response to a caller contains what that caller may not see:
 * another organisation's own references, professionals it has no match with, or a BSN.
 * {@link #tableCoversEveryEndpoint()} fails when an endpoint is added without a row here.
 */
class AuthorizationWalkIntegrationTests extends IntegrationTest {

    /** A child registered by the teacher and the carer, so that they form a child match. */
    private static final String MATCHED_CHILD = "999999369";
    /** A child registered by the police officer and the nurse, whose match the teacher is not in. */
    private static final String POLICE_CHILD = "999970021";
    /** A child registered by the teacher of the other municipality. */
    private static final String OTHER_TOWN_CHILD = "999999151";

    private static final List<String> ALL_BSNS = List.of(MATCHED_CHILD, POLICE_CHILD, OTHER_TOWN_CHILD);

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    AuditChain chain;

    @BeforeEach
    void readChain() {
        chain = new AuditChain(jdbc, context);
    }

    /** Who calls: a visitor without login, each role of the web pages, and an organisation's API client. */
    enum Caller {
        VISITOR,
        PROFESSIONAL,
        ORGANISATION_ADMINISTRATOR,
        MUNICIPAL_OFFICER,
        FUNCTIONAL_ADMINISTRATOR,
        API_CLIENT
    }

    /**
     * The signals and ids the walk uses, registered through the API before each row.
     *
     * @param teacherMatch the child match of the teacher and the carer
     * @param policeMatch the child match of the police officer and the nurse, which the teacher is not in
     * @param schoolApiClient an API client of the school that the walk may rotate and revoke
     * @param otherTownApiClient an API client of the other town's school that the walk may rotate and revoke
     */
    record Fixture(
            UUID teacherSignal,
            UUID carerSignal,
            UUID policeSignal,
            UUID otherTownSignal,
            UUID teacherMatch,
            UUID policeMatch,
            UUID schoolApiClient,
            UUID otherTownApiClient) {}

    /** One request: a form post or GET of a page, or a JSON call of the API. */
    record Call(
            String method,
            String path,
            @Nullable Map<String, String> form,
            @Nullable String json) {

        static Call get(String path) {
            return new Call("GET", path, null, null);
        }

        static Call post(String path, Map<String, String> form) {
            return new Call("POST", path, form, null);
        }

        static Call postJson(String path, String json) {
            return new Call("POST", path, null, json);
        }

        static Call putJson(String path, String json) {
            return new Call("PUT", path, null, json);
        }
    }

    /**
     * A row of the table.
     *
     * @param allowed the callers whose role may use the endpoint
     * @param ownStatus the status an allowed caller gets for its own object
     * @param own the request for the caller's own object
     * @param foreign the request for a foreign object, which an allowed caller gets 404 for;
     *     {@code null} when the endpoint names no object
     */
    record Endpoint(
            String method,
            String pattern,
            Set<Caller> allowed,
            int ownStatus,
            BiFunction<Fixture, Caller, Call> own,
            @Nullable BiFunction<Fixture, Caller, Call> foreign) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private static final Set<String> NO_ENTRY = Set.of();

    /**
     * The purposes of the audit entry that each endpoint's request for the caller's own object appends,
     * whatever its outcome. The request must append an entry with one of them. {@link #NO_ENTRY} marks
     * a page that records nothing: a public page, an empty form, the account's own home page, or an
     * intermediate step of adding a passkey. The audit page records its own opening, which
     * {@code AuditPageIntegrationTests} checks. The municipality pages show a functional administrator
     * the list of every municipality instead.
     */
    private static final Map<String, Set<String>> AUDIT_PURPOSES = Map.ofEntries(
            Map.entry("GET /", NO_ENTRY),
            Map.entry("GET /login", NO_ENTRY),
            Map.entry("GET /home", NO_ENTRY),
            Map.entry("GET /signals", Set.of("list-signals")),
            Map.entry("GET /signals/{id}", Set.of("read-signal")),
            Map.entry("POST /signals/{id}/end", Set.of("end-signal")),
            Map.entry("POST /signals/{id}/informing", Set.of("record-informing")),
            Map.entry("POST /signals/{id}/informing/postponement", Set.of("postpone-informing")),
            Map.entry("POST /signals/{id}/extension", Set.of("extend-signal")),
            Map.entry("PUT /api/v1/signals/{id}/informing", Set.of("record-informing")),
            Map.entry("POST /api/v1/signals/{id}/extension", Set.of("extend-signal")),
            Map.entry("GET /signals/new", NO_ENTRY),
            Map.entry("POST /signals/new", Set.of("register-signal")),
            Map.entry("GET /matches", Set.of("list-matches")),
            Map.entry("GET /invitation/{token}", Set.of("read-invitation")),
            Map.entry("POST /invitation/{token}", Set.of("accept-invitation")),
            Map.entry("GET /profile", Set.of("read-profile")),
            Map.entry("POST /profile/language", Set.of("change-language")),
            Map.entry("POST /profile/phone", Set.of("change-phone")),
            Map.entry("GET /profile/password", NO_ENTRY),
            Map.entry("POST /profile/password", Set.of("change-password")),
            Map.entry("GET /profile/authenticator", NO_ENTRY),
            Map.entry("POST /profile/authenticator", Set.of("replace-authenticator")),
            Map.entry("GET /profile/recovery-codes", NO_ENTRY),
            Map.entry("POST /profile/recovery-codes", Set.of("replace-recovery-codes")),
            Map.entry("GET /profile/passkeys", Set.of("list-passkeys")),
            Map.entry("POST /profile/passkeys/new", Set.of("add-passkey")),
            Map.entry("GET /profile/passkeys/new", NO_ENTRY),
            Map.entry("POST /profile/passkeys/new/options", NO_ENTRY),
            Map.entry("POST /profile/passkeys/new/credential", Set.of("add-passkey")),
            Map.entry("POST /profile/passkeys/remove", Set.of("remove-passkey")),
            Map.entry("POST /matches/{id}/coordinator/propose", Set.of("propose-coordinator")),
            Map.entry("POST /matches/{id}/coordinator/accept", Set.of("accept-coordinator")),
            Map.entry("POST /matches/{id}/coordinator/decline", Set.of("decline-coordinator")),
            Map.entry("POST /matches/{id}/contact", Set.of("record-contact")),
            Map.entry("GET /api/v1/openapi.json", NO_ENTRY),
            Map.entry("POST /api/v1/signals", Set.of("register-signal")),
            Map.entry("GET /api/v1/signals/{id}", Set.of("read-signal")),
            Map.entry("POST /api/v1/signals/{id}/end", Set.of("end-signal")),
            Map.entry("GET /api/v1/matches", Set.of("list-matches")),
            Map.entry("GET /municipality", Set.of("read-municipality", "list-municipalities")),
            Map.entry("GET /municipality/settings", Set.of("read-municipality-settings", "list-municipalities")),
            Map.entry("GET /municipality/{code:[0-9]{4}}", Set.of("read-municipality")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/settings", Set.of("read-municipality-settings")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/settings", Set.of("change-municipality-settings")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/organisations/new", NO_ENTRY),
            Map.entry("POST /municipality/{code:[0-9]{4}}/organisations/new", Set.of("connect-organisation")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/organisations/{id}/suspend", Set.of("read-organisation")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/organisations/{id}/suspend", Set.of("suspend-organisation")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/organisations/{id}/resume", Set.of("resume-organisation")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/coordinator-priority", Set.of("read-coordinator-priority")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/coordinator-priority", Set.of("set-coordinator-priority")),
            Map.entry("GET /municipality/rights-requests", Set.of("rights-request")),
            Map.entry("GET /municipality/rights-requests/new", NO_ENTRY),
            Map.entry("POST /municipality/rights-requests/new", Set.of("rights-request")),
            Map.entry("GET /municipality/rights-requests/{id}", Set.of("rights-request")),
            Map.entry("POST /municipality/rights-requests/{id}/look-up", Set.of("rights-request")),
            Map.entry("POST /municipality/rights-requests/{id}/propose", Set.of("rights-request")),
            Map.entry("POST /municipality/rights-requests/{id}/approve", Set.of("rights-request")),
            Map.entry("POST /municipality/rights-requests/{id}/send-back", Set.of("rights-request")),
            Map.entry("GET /municipality/rights-requests/{id}/letter", Set.of("rights-request")),
            Map.entry("GET /administration", Set.of("list-municipalities")),
            Map.entry("GET /administration/municipalities/new", NO_ENTRY),
            Map.entry("POST /administration/municipalities/new", Set.of("add-municipality")),
            Map.entry("GET /administration/outbox", Set.of("list-outbox")),
            Map.entry("GET /administration/outbox/{fileName}", Set.of("read-outbox-message")),
            Map.entry("GET /administration/audit", NO_ENTRY),
            Map.entry("GET /organisation", Set.of("read-organisation")),
            Map.entry("GET /organisation/settings", Set.of("read-organisation-settings")),
            Map.entry("POST /organisation/settings", Set.of("change-organisation-settings")),
            Map.entry("GET /organisation/professionals", Set.of("list-professionals")),
            Map.entry("GET /organisation/professionals/new", NO_ENTRY),
            Map.entry("POST /organisation/professionals", Set.of("designate-professional")),
            Map.entry("POST /organisation/professionals/{id}/deactivate", Set.of("deactivate-professional")),
            Map.entry("POST /organisation/professionals/{id}/reactivate", Set.of("reactivate-professional")),
            Map.entry("POST /organisation/professionals/{id}/invite", Set.of("reinvite-professional")),
            Map.entry("GET /organisation/professionals/{id}/transfer", Set.of("read-transfer-signals")),
            Map.entry("POST /organisation/professionals/{id}/transfer", Set.of("transfer-signals")),
            Map.entry("GET /organisation/signals", Set.of("list-organisation-signals")),
            Map.entry("GET /organisation/api-clients", Set.of("list-api-clients")),
            Map.entry("POST /organisation/api-clients", Set.of("create-api-client")),
            Map.entry("GET /organisation/api-clients/{id}/rotate", Set.of("read-api-client")),
            Map.entry("POST /organisation/api-clients/{id}/rotate", Set.of("rotate-api-client")),
            Map.entry("GET /organisation/api-clients/{id}/revoke", Set.of("read-api-client")),
            Map.entry("POST /organisation/api-clients/{id}/revoke", Set.of("revoke-api-client")),
            // officers of a municipality
            Map.entry("GET /municipality/officers", Set.of("list-officers", "list-municipalities")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/officers", Set.of("list-officers")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/officers", Set.of("invite-officer")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/officers/{id}/invite", Set.of("reinvite-officer")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/officers/{id}/deactivate", Set.of("deactivate-officer")),
            Map.entry("POST /municipality/{code:[0-9]{4}}/officers/{id}/reactivate", Set.of("reactivate-officer")),
            // municipal oversight of matches
            Map.entry("GET /municipality/{code:[0-9]{4}}/matches", Set.of("list-matches-without-contact")),
            // regions of municipalities
            Map.entry("GET /administration/regions", Set.of("list-regions")),
            Map.entry("POST /administration/regions", Set.of("add-region")),
            Map.entry("POST /administration/regions/placement", Set.of("place-municipality")),
            // statistics of a municipality and a region
            Map.entry("GET /municipality/{code:[0-9]{4}}/statistics", Set.of("read-municipality-statistics")),
            Map.entry("GET /municipality/{code:[0-9]{4}}/statistics.csv", Set.of("export-municipality-statistics")),
            Map.entry("GET /region/{regionId}/statistics", Set.of("read-region-statistics")),
            Map.entry("GET /region/{regionId}/statistics.csv", Set.of("export-region-statistics")));

    private static final Set<Caller> EVERYONE = EnumSet.allOf(Caller.class);
    private static final Set<Caller> WEB_ACCOUNTS = EnumSet.of(
            Caller.PROFESSIONAL,
            Caller.ORGANISATION_ADMINISTRATOR,
            Caller.MUNICIPAL_OFFICER,
            Caller.FUNCTIONAL_ADMINISTRATOR);

    static Stream<Endpoint> endpoints() {
        var professional = EnumSet.of(Caller.PROFESSIONAL);
        var api = EnumSet.of(Caller.API_CLIENT);
        var pages = Stream.of(
                new Endpoint("GET", "/", EVERYONE, 200, (f, c) -> Call.get("/"), null),
                new Endpoint("GET", "/login", EVERYONE, 200, (f, c) -> Call.get("/login"), null),
                new Endpoint("GET", "/home", WEB_ACCOUNTS, 200, (f, c) -> Call.get("/home"), null),
                new Endpoint("GET", "/signals", professional, 200, (f, c) -> Call.get("/signals"), null),
                new Endpoint(
                        "GET",
                        "/signals/{id}",
                        professional,
                        200,
                        (f, c) -> Call.get("/signals/" + f.teacherSignal()),
                        (f, c) -> Call.get("/signals/" + f.policeSignal())),
                new Endpoint(
                        "POST",
                        "/signals/{id}/end",
                        professional,
                        422,
                        (f, c) -> Call.post("/signals/" + f.teacherSignal() + "/end", Map.of("reason", "")),
                        (f, c) -> Call.post("/signals/" + f.policeSignal() + "/end", Map.of("reason", "risk-gone"))),
                new Endpoint(
                        "POST",
                        "/signals/{id}/informing",
                        professional,
                        422,
                        (f, c) -> Call.post("/signals/" + f.teacherSignal() + "/informing", Map.of("informedOn", "")),
                        (f, c) -> Call.post(
                                "/signals/" + f.policeSignal() + "/informing",
                                Map.of("informedOn", "2026-12-04", "informedParties", "parents"))),
                new Endpoint(
                        "POST",
                        "/signals/{id}/informing/postponement",
                        professional,
                        302,
                        (f, c) -> Call.post("/signals/" + f.teacherSignal() + "/informing/postponement", Map.of()),
                        (f, c) -> Call.post("/signals/" + f.policeSignal() + "/informing/postponement", Map.of())),
                new Endpoint(
                        "POST",
                        "/signals/{id}/extension",
                        professional,
                        422,
                        (f, c) -> Call.post("/signals/" + f.teacherSignal() + "/extension", Map.of("endDate", "")),
                        (f, c) -> Call.post(
                                "/signals/" + f.policeSignal() + "/extension", Map.of("endDate", "2027-12-31"))),
                new Endpoint(
                        "PUT",
                        "/api/v1/signals/{id}/informing",
                        api,
                        400,
                        (f, c) -> Call.putJson("/api/v1/signals/" + f.teacherSignal() + "/informing", "{}"),
                        (f, c) -> Call.putJson(
                                "/api/v1/signals/" + f.policeSignal() + "/informing", "{\"status\":\"postponed\"}")),
                new Endpoint(
                        "POST",
                        "/api/v1/signals/{id}/extension",
                        api,
                        400,
                        (f, c) -> Call.postJson("/api/v1/signals/" + f.teacherSignal() + "/extension", "{}"),
                        (f, c) -> Call.postJson(
                                "/api/v1/signals/" + f.policeSignal() + "/extension", "{\"endDate\":\"2027-12-31\"}")),
                new Endpoint("GET", "/signals/new", professional, 200, (f, c) -> Call.get("/signals/new"), null),
                new Endpoint(
                        "POST",
                        "/signals/new",
                        professional,
                        422,
                        (f, c) -> Call.post("/signals/new", Map.of("bsn", "", "ownReference", "", "endDate", "")),
                        null),
                new Endpoint("GET", "/matches", professional, 200, (f, c) -> Call.get("/matches"), null),
                // A malformed token, because well-formed guesses count towards the address's login limit.
                new Endpoint(
                        "GET",
                        "/invitation/{token}",
                        EVERYONE,
                        404,
                        (f, c) -> Call.get("/invitation/not-a-token"),
                        null),
                new Endpoint(
                        "POST",
                        "/invitation/{token}",
                        WEB_ACCOUNTS,
                        404,
                        (f, c) -> Call.post("/invitation/not-a-token", Map.of("password", "", "code", "")),
                        null),
                new Endpoint("GET", "/profile", WEB_ACCOUNTS, 200, (f, c) -> Call.get("/profile"), null),
                new Endpoint(
                        "POST",
                        "/profile/language",
                        WEB_ACCOUNTS,
                        422,
                        (f, c) -> Call.post("/profile/language", Map.of("language", "")),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/phone",
                        professional,
                        422,
                        (f, c) -> Call.post("/profile/phone", Map.of("phone", "12345")),
                        null),
                new Endpoint(
                        "GET", "/profile/password", WEB_ACCOUNTS, 200, (f, c) -> Call.get("/profile/password"), null),
                new Endpoint(
                        "POST",
                        "/profile/password",
                        WEB_ACCOUNTS,
                        422,
                        (f, c) -> Call.post("/profile/password", Map.of("currentPassword", "")),
                        null),
                new Endpoint(
                        "GET",
                        "/profile/authenticator",
                        WEB_ACCOUNTS,
                        200,
                        (f, c) -> Call.get("/profile/authenticator"),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/authenticator",
                        WEB_ACCOUNTS,
                        422,
                        (f, c) -> Call.post("/profile/authenticator", Map.of("currentPassword", "", "code", "")),
                        null),
                new Endpoint(
                        "GET",
                        "/profile/recovery-codes",
                        WEB_ACCOUNTS,
                        200,
                        (f, c) -> Call.get("/profile/recovery-codes"),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/recovery-codes",
                        WEB_ACCOUNTS,
                        422,
                        (f, c) -> Call.post("/profile/recovery-codes", Map.of("currentPassword", "")),
                        null),
                // Passkeys belong to the account itself, so no row names a foreign object.
                new Endpoint(
                        "GET", "/profile/passkeys", WEB_ACCOUNTS, 200, (f, c) -> Call.get("/profile/passkeys"), null),
                new Endpoint(
                        "POST",
                        "/profile/passkeys/new",
                        WEB_ACCOUNTS,
                        200,
                        (f, c) -> Call.post("/profile/passkeys/new", Map.of("label", "", "password", "")),
                        null),
                new Endpoint(
                        "GET",
                        "/profile/passkeys/new",
                        WEB_ACCOUNTS,
                        200,
                        (f, c) -> Call.get("/profile/passkeys/new"),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/passkeys/new/options",
                        WEB_ACCOUNTS,
                        409,
                        (f, c) -> Call.post("/profile/passkeys/new/options", Map.of()),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/passkeys/new/credential",
                        WEB_ACCOUNTS,
                        409,
                        (f, c) -> Call.post("/profile/passkeys/new/credential", Map.of()),
                        null),
                new Endpoint(
                        "POST",
                        "/profile/passkeys/remove",
                        WEB_ACCOUNTS,
                        200,
                        (f, c) -> Call.post("/profile/passkeys/remove", Map.of("passkey", "", "password", "")),
                        null),
                new Endpoint(
                        "POST",
                        "/matches/{id}/coordinator/propose",
                        professional,
                        302,
                        (f, c) -> Call.post(
                                "/matches/" + f.teacherMatch() + "/coordinator/propose",
                                Map.of("professionalId", TestRegion.CARER.id().toString())),
                        (f, c) -> Call.post(
                                "/matches/" + f.policeMatch() + "/coordinator/propose",
                                Map.of("professionalId", TestRegion.NURSE.id().toString()))),
                new Endpoint(
                        "POST",
                        "/matches/{id}/coordinator/accept",
                        professional,
                        302,
                        (f, c) -> Call.post("/matches/" + f.teacherMatch() + "/coordinator/accept", Map.of()),
                        (f, c) -> Call.post("/matches/" + f.policeMatch() + "/coordinator/accept", Map.of())),
                new Endpoint(
                        "POST",
                        "/matches/{id}/coordinator/decline",
                        professional,
                        302,
                        (f, c) -> Call.post("/matches/" + f.teacherMatch() + "/coordinator/decline", Map.of()),
                        (f, c) -> Call.post("/matches/" + f.policeMatch() + "/coordinator/decline", Map.of())),
                new Endpoint(
                        "POST",
                        "/matches/{id}/contact",
                        professional,
                        302,
                        (f, c) -> Call.post("/matches/" + f.teacherMatch() + "/contact", Map.of()),
                        (f, c) -> Call.post("/matches/" + f.policeMatch() + "/contact", Map.of())),
                new Endpoint(
                        "GET", "/api/v1/openapi.json", EVERYONE, 200, (f, c) -> Call.get("/api/v1/openapi.json"), null),
                new Endpoint(
                        "POST", "/api/v1/signals", api, 400, (f, c) -> Call.postJson("/api/v1/signals", "{}"), null),
                new Endpoint(
                        "GET",
                        "/api/v1/signals/{id}",
                        api,
                        200,
                        (f, c) -> Call.get("/api/v1/signals/" + f.teacherSignal()),
                        (f, c) -> Call.get("/api/v1/signals/" + f.policeSignal())),
                new Endpoint(
                        "POST",
                        "/api/v1/signals/{id}/end",
                        api,
                        400,
                        (f, c) -> Call.postJson("/api/v1/signals/" + f.teacherSignal() + "/end", "{}"),
                        (f, c) -> Call.postJson(
                                "/api/v1/signals/" + f.policeSignal() + "/end", "{\"reason\":\"risk-gone\"}")),
                new Endpoint(
                        "GET",
                        "/api/v1/matches",
                        api,
                        200,
                        (f, c) -> Call.get("/api/v1/matches?professionalId=" + TestRegion.TEACHER.id()),
                        (f, c) -> Call.get("/api/v1/matches?professionalId=" + TestRegion.OFFICER.id())));
        return Stream.of(
                        pages,
                        municipalityEndpoints(),
                        organisationEndpoints(),
                        rightsRequestEndpoints(),
                        officerEndpoints(),
                        oversightEndpoints(),
                        regionEndpoints(),
                        statisticsEndpoints())
                .flatMap(rows -> rows);
    }

    /**
     * Lists the pages of a municipality and of the functional administrator. A functional administrator
     * manages every municipality, so its foreign object is a municipality or organisation that does
     * not exist. Forms are sent with invalid values, so that an allowed caller gets 422 and nothing
     * changes, except suspending and resuming, which redirect to the municipality.
     */
    static Stream<Endpoint> municipalityEndpoints() {
        var municipality = EnumSet.of(Caller.MUNICIPAL_OFFICER, Caller.FUNCTIONAL_ADMINISTRATOR);
        var administrator = EnumSet.of(Caller.FUNCTIONAL_ADMINISTRATOR);
        var invalidSettings = Map.of("coordinatorEmail", "x", "rightsRequestDays", "0", "matchContactDays", "0");
        var invalidNewMunicipality = Map.of("code", "0363", "name", "");
        return Stream.of(
                new Endpoint("GET", "/municipality", municipality, 200, (f, c) -> Call.get("/municipality"), null),
                new Endpoint(
                        "GET",
                        "/municipality/settings",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/settings"),
                        null),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363"),
                        (f, c) -> Call.get(foreignMunicipality(c))),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/settings",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/settings"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/settings")),
                new Endpoint(
                        "POST",
                        "/municipality/{code:[0-9]{4}}/settings",
                        municipality,
                        422,
                        (f, c) -> Call.post("/municipality/0363/settings", invalidSettings),
                        (f, c) -> Call.post(foreignMunicipality(c) + "/settings", invalidSettings)),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/organisations/new",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/organisations/new"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/organisations/new")),
                new Endpoint(
                        "POST",
                        "/municipality/{code:[0-9]{4}}/organisations/new",
                        municipality,
                        422,
                        (f, c) -> Call.post("/municipality/0363/organisations/new", Map.of()),
                        (f, c) -> Call.post(foreignMunicipality(c) + "/organisations/new", Map.of())),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/organisations/{id}/suspend",
                        municipality,
                        200,
                        (f, c) -> Call.get(organisationPath("0363", TestRegion.YOUTH_HEALTH.id(), "suspend")),
                        (f, c) -> Call.get(foreignOrganisationPath(c, "suspend"))),
                new Endpoint(
                        "POST",
                        "/municipality/{code:[0-9]{4}}/organisations/{id}/suspend",
                        municipality,
                        302,
                        (f, c) ->
                                Call.post(organisationPath("0363", TestRegion.YOUTH_HEALTH.id(), "suspend"), Map.of()),
                        (f, c) -> Call.post(foreignOrganisationPath(c, "suspend"), Map.of())),
                new Endpoint(
                        "POST",
                        "/municipality/{code:[0-9]{4}}/organisations/{id}/resume",
                        municipality,
                        302,
                        (f, c) -> Call.post(organisationPath("0363", TestRegion.SUSPENDED.id(), "resume"), Map.of()),
                        (f, c) -> Call.post(foreignOrganisationPath(c, "resume"), Map.of())),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/coordinator-priority",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/coordinator-priority"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/coordinator-priority")),
                new Endpoint(
                        "POST",
                        "/municipality/{code:[0-9]{4}}/coordinator-priority",
                        municipality,
                        422,
                        (f, c) -> Call.post("/municipality/0363/coordinator-priority", Map.of("kinds", "none")),
                        (f, c) -> Call.post(
                                foreignMunicipality(c) + "/coordinator-priority", Map.of("kinds", "youth-care"))),
                new Endpoint("GET", "/administration", administrator, 200, (f, c) -> Call.get("/administration"), null),
                new Endpoint(
                        "GET",
                        "/administration/municipalities/new",
                        administrator,
                        200,
                        (f, c) -> Call.get("/administration/municipalities/new"),
                        null),
                new Endpoint(
                        "POST",
                        "/administration/municipalities/new",
                        administrator,
                        422,
                        (f, c) -> Call.post("/administration/municipalities/new", invalidNewMunicipality),
                        null),
                new Endpoint(
                        "GET",
                        "/administration/outbox",
                        administrator,
                        200,
                        (f, c) -> Call.get("/administration/outbox"),
                        null),
                new Endpoint(
                        "GET",
                        "/administration/outbox/{fileName}",
                        administrator,
                        404,
                        (f, c) -> Call.get("/administration/outbox/notification-1.eml"),
                        null),
                new Endpoint(
                        "GET",
                        "/administration/audit",
                        administrator,
                        200,
                        (f, c) -> Call.get("/administration/audit"),
                        null));
    }

    /** Returns the rows of the organisation administrator's pages: own objects are the school's, foreign ones the other town's. */
    private static Stream<Endpoint> organisationEndpoints() {
        var administrator = EnumSet.of(Caller.ORGANISATION_ADMINISTRATOR);
        var own = TestRegion.HEADTEACHER.id();
        var foreign = TestRegion.OTHER_TOWN_TEACHER.id();
        var colleague = Map.of("colleague", TestRegion.HEADTEACHER.id().toString());
        return Stream.of(
                new Endpoint("GET", "/organisation", administrator, 200, (f, c) -> Call.get("/organisation"), null),
                new Endpoint(
                        "GET",
                        "/organisation/settings",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/settings"),
                        null),
                new Endpoint(
                        "POST",
                        "/organisation/settings",
                        administrator,
                        422,
                        (f, c) -> Call.post("/organisation/settings", Map.of("kind", "", "defaultSignalMonths", "")),
                        null),
                new Endpoint(
                        "GET",
                        "/organisation/professionals",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/professionals"),
                        null),
                new Endpoint(
                        "GET",
                        "/organisation/professionals/new",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/professionals/new"),
                        null),
                new Endpoint(
                        "POST",
                        "/organisation/professionals",
                        administrator,
                        422,
                        (f, c) -> Call.post("/organisation/professionals", Map.of("name", "", "email", "")),
                        null),
                professionalAction("deactivate", own, foreign),
                professionalAction("reactivate", own, foreign),
                professionalAction("invite", own, foreign),
                new Endpoint(
                        "GET",
                        "/organisation/professionals/{id}/transfer",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/professionals/" + TestRegion.TEACHER.id() + "/transfer"),
                        (f, c) -> Call.get("/organisation/professionals/" + foreign + "/transfer")),
                new Endpoint(
                        "POST",
                        "/organisation/professionals/{id}/transfer",
                        administrator,
                        422,
                        (f, c) -> Call.post(
                                "/organisation/professionals/" + TestRegion.TEACHER.id() + "/transfer", colleague),
                        (f, c) -> Call.post("/organisation/professionals/" + foreign + "/transfer", colleague)),
                new Endpoint(
                        "GET",
                        "/organisation/signals",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/signals"),
                        null),
                new Endpoint(
                        "GET",
                        "/organisation/api-clients",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/api-clients"),
                        null),
                new Endpoint(
                        "POST",
                        "/organisation/api-clients",
                        administrator,
                        422,
                        (f, c) -> Call.post("/organisation/api-clients", Map.of("name", "")),
                        null),
                new Endpoint(
                        "GET",
                        "/organisation/api-clients/{id}/rotate",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/api-clients/" + f.schoolApiClient() + "/rotate"),
                        (f, c) -> Call.get("/organisation/api-clients/" + f.otherTownApiClient() + "/rotate")),
                new Endpoint(
                        "POST",
                        "/organisation/api-clients/{id}/rotate",
                        administrator,
                        200,
                        (f, c) -> Call.post("/organisation/api-clients/" + f.schoolApiClient() + "/rotate", Map.of()),
                        (f, c) ->
                                Call.post("/organisation/api-clients/" + f.otherTownApiClient() + "/rotate", Map.of())),
                new Endpoint(
                        "GET",
                        "/organisation/api-clients/{id}/revoke",
                        administrator,
                        200,
                        (f, c) -> Call.get("/organisation/api-clients/" + f.schoolApiClient() + "/revoke"),
                        (f, c) -> Call.get("/organisation/api-clients/" + f.otherTownApiClient() + "/revoke")),
                new Endpoint(
                        "POST",
                        "/organisation/api-clients/{id}/revoke",
                        administrator,
                        302,
                        (f, c) -> Call.post("/organisation/api-clients/" + f.schoolApiClient() + "/revoke", Map.of()),
                        (f, c) -> Call.post(
                                "/organisation/api-clients/" + f.otherTownApiClient() + "/revoke", Map.of())));
    }

    /** Returns the row of a button on the professionals list, for the school's headteacher and the other town's teacher. */
    private static Endpoint professionalAction(String action, UUID own, UUID foreign) {
        return new Endpoint(
                "POST",
                "/organisation/professionals/{id}/" + action,
                EnumSet.of(Caller.ORGANISATION_ADMINISTRATOR),
                302,
                (f, c) -> Call.post("/organisation/professionals/" + own + "/" + action, Map.of()),
                (f, c) -> Call.post("/organisation/professionals/" + foreign + "/" + action, Map.of()));
    }

    private static String foreignMunicipality(Caller caller) {
        return caller == Caller.FUNCTIONAL_ADMINISTRATOR ? "/municipality/9099" : "/municipality/0479";
    }

    private static String foreignOrganisationPath(Caller caller, String action) {
        return caller == Caller.FUNCTIONAL_ADMINISTRATOR
                ? organisationPath("0363", UUID.randomUUID(), action)
                : organisationPath("0479", TestRegion.OTHER_TOWN_SCHOOL.id(), action);
    }

    private static String organisationPath(String code, UUID organisationId, String action) {
        return "/municipality/" + code + "/organisations/" + organisationId + "/" + action;
    }

    @Test
    void tableCoversEveryEndpoint() {
        var mapped = new TreeSet<String>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var type = handler.getBeanType();
            // The test-only controllers exist only in tests of the API's error handling.
            var ours = type.getPackageName().startsWith("nl.verwijsindex")
                    && !type.getSimpleName().startsWith("TestOnly");
            if (ours || info.getPatternValues().contains("/api/v1/openapi.json")) {
                for (var pattern : info.getPatternValues()) {
                    for (var method : info.getMethodsCondition().getMethods()) {
                        mapped.add(method.name() + " " + pattern);
                    }
                }
            }
        });
        var walked = endpoints().map(Endpoint::toString).collect(toCollection(TreeSet::new));

        assertThat(walked).isEqualTo(mapped);
        assertThat(new TreeSet<>(AUDIT_PURPOSES.keySet())).isEqualTo(walked);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void everyCallerGetsOnlyWhatItsRoleAllows(Endpoint endpoint) {
        var fixture = registerSignals();
        var failures = new ArrayList<String>();

        for (var caller : Caller.values()) {
            var client = client(caller);
            var beforeOwn = chain.lastSequence();
            var own = client.send(endpoint.own().apply(fixture, caller));
            var allowed = endpoint.allowed().contains(caller);
            var expectedOwn = allowed ? endpoint.ownStatus() : refusal(caller, endpoint);
            check(failures, caller, "own", own, expectedOwn, allowed);
            if (allowed) {
                checkAudited(failures, caller, endpoint, beforeOwn);
            }

            if (endpoint.foreign() != null) {
                var foreign = client.send(endpoint.foreign().apply(fixture, caller));
                var expectedForeign = allowed ? 404 : refusal(caller, endpoint);
                check(failures, caller, "foreign", foreign, expectedForeign, allowed);
            }
        }

        assertThat(failures).isEmpty();
    }

    /**
     * Returns the status a caller without the endpoint's role gets, before any object is looked up. A page
     * behind the login sends a caller without a login to the login form, also for a form post, whose
     * session may have expired. Other form posts without a login have no valid CSRF token, so they are
     * refused with 403.
     */
    private static int refusal(Caller caller, Endpoint endpoint) {
        if (endpoint.pattern().startsWith("/api/")) {
            return 401;
        }
        var withoutLogin = caller == Caller.VISITOR || caller == Caller.API_CLIENT;
        var toLoginForm = endpoint.method().equals("GET") || isBehindLogin(endpoint.pattern());
        return withoutLogin && toLoginForm ? 302 : 403;
    }

    private static boolean isBehindLogin(String pattern) {
        return List.of("/home", "/signals", "/matches", "/organisation", "/municipality", "/administration", "/profile")
                .stream()
                .anyMatch(area -> pattern.equals(area) || pattern.startsWith(area + "/"));
    }

    /**
     * Checks the status and that nothing leaks. A refused caller may only be redirected to the login
     * form, and an allowed caller never, because the forms of an allowed caller redirect to their page.
     */
    private void check(
            List<String> failures, Caller caller, String object, Response response, int expected, boolean allowed) {
        if (response.status() != expected) {
            failures.add(caller + " " + object + ": status " + response.status() + ", expected " + expected);
        }
        var location = String.valueOf(response.location());
        var toLoginForm = location.endsWith("/login") || location.endsWith("/login?expired");
        if (response.status() == 302 && allowed == toLoginForm) {
            failures.add(caller + " " + object + ": redirected to " + response.location()
                    + (allowed ? ", expected a page other than /login" : ", expected /login"));
        }
        for (var secret : secretsFor(caller)) {
            if (response.body().contains(secret)) {
                failures.add(caller + " " + object + ": response contains '" + secret + "'");
            }
        }
    }

    /**
     * Checks that the caller's request appended an entry with one of the endpoint's purposes. Entries
     * that the notification dispatcher appends in the background have other purposes and are ignored.
     */
    private void checkAudited(List<String> failures, Caller caller, Endpoint endpoint, long before) {
        var expected = AUDIT_PURPOSES.getOrDefault(endpoint.toString(), NO_ENTRY);
        if (expected.isEmpty()) {
            return;
        }
        var purposes = chain.after(before).stream().map(AuditChain.Row::purpose).toList();
        if (purposes.stream().noneMatch(expected::contains)) {
            failures.add(caller + " own: no audit entry with purpose " + expected + ", found " + purposes);
        }
    }

    /**
     * Lists what a caller may never read. The teacher and the school's API client may see the carer, who
     * shares a match with the teacher, but nothing of the police or the other municipality.
     */
    private static List<String> secretsFor(Caller caller) {
        var secrets = new ArrayList<>(ALL_BSNS);
        secrets.addAll(List.of(
                "REF-POLITIE-3",
                "REF-ZAANDAM-4",
                TestRegion.OFFICER.name(),
                TestRegion.OTHER_TOWN_TEACHER.name(),
                TestRegion.OTHER_TOWN_TEACHER.email()));
        switch (caller) {
            case PROFESSIONAL, API_CLIENT -> secrets.add("REF-ZORG-2");
            case ORGANISATION_ADMINISTRATOR ->
                secrets.addAll(List.of("REF-ZORG-2", TestRegion.CARER.name(), TestRegion.CARER.email()));
            case MUNICIPAL_OFFICER, FUNCTIONAL_ADMINISTRATOR, VISITOR ->
                secrets.addAll(List.of("REF-SCHOOL-1", "REF-ZORG-2"));
        }
        if (caller == Caller.FUNCTIONAL_ADMINISTRATOR) {
            // The functional administrator manages every municipality, so it may see their organisations.
            secrets.removeAll(List.of(TestRegion.OTHER_TOWN_TEACHER.name(), TestRegion.OTHER_TOWN_TEACHER.email()));
        }
        return secrets;
    }

    private Fixture registerSignals() {
        var api = new TestApi(port);
        var teacherSignal = signalId(api, TestRegion.SCHOOL, MATCHED_CHILD, TestRegion.TEACHER, "REF-SCHOOL-1");
        var carerSignal = signalId(api, TestRegion.YOUTH_CARE, MATCHED_CHILD, TestRegion.CARER, "REF-ZORG-2");
        var policeSignal = signalId(api, TestRegion.POLICE, POLICE_CHILD, TestRegion.OFFICER, "REF-POLITIE-3");
        var otherTownSignal = signalId(
                api, TestRegion.OTHER_TOWN_SCHOOL, OTHER_TOWN_CHILD, TestRegion.OTHER_TOWN_TEACHER, "REF-ZAANDAM-4");
        signalId(api, TestRegion.YOUTH_HEALTH, POLICE_CHILD, TestRegion.NURSE, "REF-JGZ-5");
        return new Fixture(
                teacherSignal,
                carerSignal,
                policeSignal,
                otherTownSignal,
                childMatchId(api, TestRegion.SCHOOL, TestRegion.TEACHER),
                childMatchId(api, TestRegion.POLICE, TestRegion.OFFICER),
                walkApiClient(TestRegion.SCHOOL),
                walkApiClient(TestRegion.OTHER_TOWN_SCHOOL));
    }

    /**
     * Adds an API client that the walk may rotate and revoke. The region's own clients must keep
     * their tokens, which the other tests use; {@link TestRegion#reset()} deletes this one.
     */
    private UUID walkApiClient(TestRegion.Organisation organisation) {
        var id = UUID.randomUUID();
        var hash = new byte[32];
        new java.security.SecureRandom().nextBytes(hash);
        jdbc.sql(
                        "insert into api_clients (id, organisation_id, name, token_hash, created_at) values (?, ?, ?, ?, now())")
                .params(id, organisation.id(), "Walk client " + organisation.name(), hash)
                .update();
        return id;
    }

    /** Returns the id of the professional's child match, which the walk's fixture gives each of them once. */
    private static UUID childMatchId(
            TestApi api, TestRegion.Organisation organisation, TestRegion.Person professional) {
        var matches =
                api.matches(organisation.apiToken(), professional.id()).body().path("matches");
        for (var match : matches) {
            if (match.path("type").asString().equals("child")) {
                return UUID.fromString(match.path("id").asString());
            }
        }
        throw new AssertionError("No child match of " + professional.name() + " in " + matches);
    }

    private static UUID signalId(
            TestApi api,
            TestRegion.Organisation organisation,
            String bsn,
            TestRegion.Person professional,
            String reference) {
        var response = api.post(
                organisation.apiToken(),
                "/api/v1/signals",
                Map.of("bsn", bsn, "professionalId", professional.id().toString(), "ownReference", reference));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return UUID.fromString(response.body().get("id").asString());
    }

    private Client client(Caller caller) {
        return switch (caller) {
            case VISITOR -> new WebClient(new WebSession(port), null);
            case PROFESSIONAL -> new WebClient(loggedIn(TestRegion.TEACHER), null);
            case ORGANISATION_ADMINISTRATOR -> new WebClient(loggedIn(TestRegion.SCHOOL_ADMINISTRATOR), null);
            case MUNICIPAL_OFFICER -> new WebClient(loggedIn(TestRegion.MUNICIPAL_OFFICER), null);
            case FUNCTIONAL_ADMINISTRATOR -> new WebClient(loggedIn(TestRegion.FUNCTIONAL_ADMINISTRATOR), null);
            case API_CLIENT -> new WebClient(new WebSession(port), TestRegion.SCHOOL.apiToken());
        };
    }

    record Response(int status, String location, String body) {}

    interface Client {
        Response send(Call call);
    }

    /**
     * Sends pages through a web session and API calls through the API client's token, or, for a
     * caller without a token, through the web session, so that its cookie is shown to the API.
     */
    private final class WebClient implements Client {

        private final WebSession session;
        private final @Nullable String token;

        WebClient(WebSession session, @Nullable String token) {
            this.session = session;
            this.token = token;
        }

        @Override
        public Response send(Call call) {
            if (token != null) {
                var api = new TestApi(port);
                var response = switch (call.method()) {
                    case "GET" -> api.get(token, call.path());
                    case "PUT" -> api.putRaw(token, call.path(), call.json());
                    default ->
                        call.json() != null
                                ? api.postRaw(token, call.path(), call.json())
                                : api.postForm(token, call.path(), call.form());
                };
                return new Response(response.status(), response.header("Location"), response.text());
            }
            if (call.json() != null) {
                var response = session.sendJson(call.method(), call.path(), call.json());
                return new Response(response.statusCode(), WebSession.location(response), response.body());
            }
            if (call.method().equals("GET")) {
                var response = session.get(call.path());
                return new Response(response.statusCode(), WebSession.location(response), response.body());
            }
            // Logging in renews the CSRF token, so read it from a page with a form before posting.
            session.get("/home");
            var response = session.post(call.path(), call.form());
            return new Response(response.statusCode(), WebSession.location(response), response.body());
        }
    }

    // rights requests

    /** An open rights request of the test region's municipality, which {@link #addRightsRequests} adds. */
    private static final UUID OWN_RIGHTS_REQUEST = UUID.fromString("00000000-0000-4000-8000-000000000401");
    /** An open rights request of the other municipality. */
    private static final UUID FOREIGN_RIGHTS_REQUEST = UUID.fromString("00000000-0000-4000-8000-000000000402");

    /**
     * Lists the rights request pages. Only municipal officers may use them; the functional
     * administrator passes the login rules of municipality pages but is refused by the pages. Steps
     * are sent in an order the open request rejects, so that an officer gets 422 and nothing changes.
     */
    static Stream<Endpoint> rightsRequestEndpoints() {
        var officer = EnumSet.of(Caller.MUNICIPAL_OFFICER);
        var list = "/municipality/rights-requests";
        var own = list + "/" + OWN_RIGHTS_REQUEST;
        var foreign = list + "/" + FOREIGN_RIGHTS_REQUEST;
        return Stream.of(
                new Endpoint("GET", list, officer, 200, (f, c) -> Call.get(list), null),
                new Endpoint("GET", list + "/new", officer, 200, (f, c) -> Call.get(list + "/new"), null),
                new Endpoint("POST", list + "/new", officer, 422, (f, c) -> Call.post(list + "/new", Map.of()), null),
                new Endpoint("GET", list + "/{id}", officer, 200, (f, c) -> Call.get(own), (f, c) -> Call.get(foreign)),
                new Endpoint(
                        "POST",
                        list + "/{id}/look-up",
                        officer,
                        422,
                        (f, c) -> Call.post(own + "/look-up", Map.of("bsn", "1")),
                        (f, c) -> Call.post(foreign + "/look-up", Map.of("bsn", "1"))),
                new Endpoint(
                        "POST",
                        list + "/{id}/propose",
                        officer,
                        422,
                        (f, c) -> Call.post(own + "/propose", Map.of("outcome", "letter-ready")),
                        (f, c) -> Call.post(foreign + "/propose", Map.of("outcome", "letter-ready"))),
                new Endpoint(
                        "POST",
                        list + "/{id}/approve",
                        officer,
                        422,
                        (f, c) -> Call.post(own + "/approve", Map.of()),
                        (f, c) -> Call.post(foreign + "/approve", Map.of())),
                new Endpoint(
                        "POST",
                        list + "/{id}/send-back",
                        officer,
                        422,
                        (f, c) -> Call.post(own + "/send-back", Map.of()),
                        (f, c) -> Call.post(foreign + "/send-back", Map.of())),
                new Endpoint(
                        "GET",
                        list + "/{id}/letter",
                        officer,
                        422,
                        (f, c) -> Call.get(own + "/letter"),
                        (f, c) -> Call.get(foreign + "/letter")));
    }

    @org.junit.jupiter.api.BeforeEach
    void addRightsRequests() {
        for (var request : List.of(
                Map.entry(OWN_RIGHTS_REQUEST, TestRegion.MUNICIPALITY),
                Map.entry(FOREIGN_RIGHTS_REQUEST, TestRegion.OTHER_MUNICIPALITY))) {
            jdbc.sql("""
                            insert into rights_requests (id, municipality_id, kind, requester, stated_age, received_on,
                                   deadline, status, recorded_by, created_at)
                            values (?, ?, 'inspection', 'parent', 'under-12', date '2026-12-01', date '2026-12-29',
                                    'open', ?, now())
                            """)
                    .params(request.getKey(), request.getValue(), UUID.randomUUID())
                    .update();
        }
    }

    // officers of a municipality

    /** The account of the test region's officer, which {@link #readOfficerIds} reads before each row. */
    private static volatile UUID regionOfficer;
    /** The account of the other municipality's officer. */
    private static volatile UUID foreignOfficer;

    @BeforeEach
    void readOfficerIds() {
        regionOfficer = accounts.of(TestRegion.MUNICIPAL_OFFICER).accountId();
        foreignOfficer = accounts.of(TestRegion.OTHER_MUNICIPAL_OFFICER).accountId();
    }

    /**
     * Lists the officers pages. The invitation form is sent empty, so an allowed caller gets 422. The
     * buttons name the region's officer: inviting an active officer again and reactivating one are
     * rejected, and so is deactivating for the officer, who may not deactivate themselves. A functional
     * administrator deactivates the officer when the municipality has another active one, and is
     * rejected otherwise. The reset makes the account active again before the next row.
     */
    static Stream<Endpoint> officerEndpoints() {
        var municipality = EnumSet.of(Caller.MUNICIPAL_OFFICER, Caller.FUNCTIONAL_ADMINISTRATOR);
        var officers = "/municipality/{code:[0-9]{4}}/officers";
        return Stream.of(
                new Endpoint(
                        "GET",
                        "/municipality/officers",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/officers"),
                        null),
                new Endpoint(
                        "GET",
                        officers,
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/officers"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/officers")),
                new Endpoint(
                        "POST",
                        officers,
                        municipality,
                        422,
                        (f, c) -> Call.post("/municipality/0363/officers", Map.of()),
                        (f, c) -> Call.post(foreignMunicipality(c) + "/officers", Map.of())),
                officerAction("invite"),
                officerAction("deactivate"),
                officerAction("reactivate"));
    }

    private static Endpoint officerAction(String action) {
        return new Endpoint(
                "POST",
                "/municipality/{code:[0-9]{4}}/officers/{id}/" + action,
                EnumSet.of(Caller.MUNICIPAL_OFFICER, Caller.FUNCTIONAL_ADMINISTRATOR),
                302,
                (f, c) -> Call.post("/municipality/0363/officers/" + regionOfficer + "/" + action, Map.of()),
                (f, c) -> Call.post(foreignMunicipality(c) + "/officers/" + foreignOfficer + "/" + action, Map.of()));
    }

    // municipal oversight of matches

    /** Lists the list of matches without contact, which only the municipality's own officers may read. */
    static Stream<Endpoint> oversightEndpoints() {
        return Stream.of(new Endpoint(
                "GET",
                "/municipality/{code:[0-9]{4}}/matches",
                EnumSet.of(Caller.MUNICIPAL_OFFICER),
                200,
                (f, c) -> Call.get("/municipality/0363/matches"),
                (f, c) -> Call.get("/municipality/0479/matches")));
    }

    // regions of municipalities

    /** Lists the regions page of the functional administrator; its forms are sent with invalid values, so nothing changes. */
    static Stream<Endpoint> regionEndpoints() {
        var administrator = EnumSet.of(Caller.FUNCTIONAL_ADMINISTRATOR);
        return Stream.of(
                new Endpoint(
                        "GET",
                        "/administration/regions",
                        administrator,
                        200,
                        (f, c) -> Call.get("/administration/regions"),
                        null),
                new Endpoint(
                        "POST",
                        "/administration/regions",
                        administrator,
                        422,
                        (f, c) -> Call.post("/administration/regions", Map.of("name", "")),
                        null),
                new Endpoint(
                        "POST",
                        "/administration/regions/placement",
                        administrator,
                        422,
                        (f, c) -> Call.post(
                                "/administration/regions/placement", Map.of("municipality", "0001", "region", "none")),
                        null));
    }

    // statistics of a municipality and a region

    /** The region of the test region's municipality, which {@link #addStatisticsRegions} adds before each row. */
    private static final UUID OWN_REGION = UUID.nameUUIDFromBytes("walk-own-region".getBytes(StandardCharsets.UTF_8));
    /** The region of the other municipality. */
    private static final UUID FOREIGN_REGION =
            UUID.nameUUIDFromBytes("walk-foreign-region".getBytes(StandardCharsets.UTF_8));

    @BeforeEach
    void addStatisticsRegions() {
        jdbc.sql("insert into regions (id, name) values (?, 'Walk own region'), (?, 'Walk foreign region')")
                .params(OWN_REGION, FOREIGN_REGION)
                .update();
        jdbc.sql("update municipalities set region_id = ? where id = ?")
                .params(OWN_REGION, TestRegion.MUNICIPALITY)
                .update();
        jdbc.sql("update municipalities set region_id = ? where id = ?")
                .params(FOREIGN_REGION, TestRegion.OTHER_MUNICIPALITY)
                .update();
    }

    /**
     * Lists the statistics pages and CSV files. The foreign region of a functional administrator, who may
     * read every region, is one that does not exist.
     */
    static Stream<Endpoint> statisticsEndpoints() {
        var municipality = EnumSet.of(Caller.MUNICIPAL_OFFICER, Caller.FUNCTIONAL_ADMINISTRATOR);
        return Stream.of(
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/statistics",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/statistics"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/statistics")),
                new Endpoint(
                        "GET",
                        "/municipality/{code:[0-9]{4}}/statistics.csv",
                        municipality,
                        200,
                        (f, c) -> Call.get("/municipality/0363/statistics.csv"),
                        (f, c) -> Call.get(foreignMunicipality(c) + "/statistics.csv")),
                new Endpoint(
                        "GET",
                        "/region/{regionId}/statistics",
                        municipality,
                        200,
                        (f, c) -> Call.get("/region/" + OWN_REGION + "/statistics"),
                        (f, c) -> Call.get("/region/" + foreignRegion(c) + "/statistics")),
                new Endpoint(
                        "GET",
                        "/region/{regionId}/statistics.csv",
                        municipality,
                        200,
                        (f, c) -> Call.get("/region/" + OWN_REGION + "/statistics.csv"),
                        (f, c) -> Call.get("/region/" + foreignRegion(c) + "/statistics.csv")));
    }

    private static UUID foreignRegion(Caller caller) {
        return caller == Caller.FUNCTIONAL_ADMINISTRATOR ? UUID.randomUUID() : FOREIGN_REGION;
    }
}
