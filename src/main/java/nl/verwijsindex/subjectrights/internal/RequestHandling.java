package nl.verwijsindex.subjectrights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.organisations.MunicipalityDirectory;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a rights request and looks the child up inside it. Only municipal officers may do so,
 * and each reads only the requests of their own municipality, so another municipality's request
 * is not found.
 */
@Service
class RequestHandling {

    private static final Logger log = LoggerFactory.getLogger(RequestHandling.class);

    private final RightsRequests requests;
    private final MunicipalityDirectory municipalities;
    private final LookUpRules lookUpRules;
    private final RightsAudit audit;
    private final Pseudonymisation pseudonymisation;
    private final Clock clock;

    RequestHandling(
            RightsRequests requests,
            MunicipalityDirectory municipalities,
            LookUpRules lookUpRules,
            RightsAudit audit,
            Pseudonymisation pseudonymisation,
            Clock clock) {
        this.requests = requests;
        this.municipalities = municipalities;
        this.lookUpRules = lookUpRules;
        this.audit = audit;
        this.pseudonymisation = pseudonymisation;
        this.clock = clock;
    }

    /** Returns the municipality's requests: first those not yet approved, each group by deadline. */
    List<RightsRequest> list(SignedInAccount account) {
        return requests.ofMunicipality(municipalityOf(account));
    }

    /**
     * Returns the days from the day a request is received to its deadline, as the officer's
     * municipality set them (1 to 90, 28 unless changed).
     */
    int deadlineDays(SignedInAccount account) {
        var municipality = municipalityOf(account);
        return municipalities
                .find(municipality)
                .orElseThrow(() -> new IllegalStateException("Municipality " + municipality + " not found"))
                .rightsRequestDays();
    }

    /**
     * Stores a checked form as an open request and returns its id.
     *
     * @throws IllegalArgumentException when the form has errors, which the caller checks first
     */
    @Transactional
    UUID record(SignedInAccount account, NewRequest form, String origin) {
        var municipality = municipalityOf(account);
        if (!form.errors(today()).isEmpty()) {
            throw new IllegalArgumentException(
                    "Invalid rights request form: " + form.errors(today()).keySet());
        }
        var receivedOn = form.parseDate();
        var deadline = receivedOn.plusDays(deadlineDays(account));
        var id = UUID.randomUUID();

        var number = requests.insert(
                id,
                municipality,
                RequestKind.fromCode(form.kind()).orElseThrow(),
                Requester.fromCode(form.requester()).orElseThrow(),
                AgeCategory.fromCode(form.statedAge()).orElseThrow(),
                receivedOn,
                deadline,
                account.id(),
                clock.instant());
        audit.record(AuditAction.WRITE, account, origin, id, null);

        log.info("Recorded rights request {} ({}) in municipality {}", number, id, municipality);
        return id;
    }

    /**
     * Returns the request and records the read in the audit trail, with the child once it is known.
     *
     * @throws RequestNotFoundException when the request is not of the officer's municipality
     */
    @Transactional
    RightsRequest show(SignedInAccount account, UUID id, String origin) {
        var request = find(account, id);
        audit.record(AuditAction.READ, account, origin, id, request.childKnown() ? request.child() : null);
        return request;
    }

    /** Returns the request without recording a read, for a step that records its own entry. */
    RightsRequest find(SignedInAccount account, UUID id) {
        return requests.find(id, municipalityOf(account)).orElseThrow(() -> new RequestNotFoundException(id));
    }

    /**
     * Checks the BSN, finds the child in the population register, checks that the child is alive,
     * younger than 23 today and born on or before the day received, checks that the officer's
     * municipality handles the child ({@link ResidenceRule}), checks the age rule against the
     * register's birth date on the day received, and stores the child's pseudonym and encrypted BSN
     * on the request. Every attempt records a {@code search} entry, which names the child by
     * pseudonym once the BSN is valid and the register returned the person.
     *
     * @throws RequestRejectedException when the BSN is missing or invalid, the child is unknown,
     *     deceased, 23 or older, born after the day received, lives in another municipality or does
     *     not fit the age rule, the request is no longer open, or the register is unreachable or
     *     rejected the index's request
     */
    @Transactional
    void lookUp(SignedInAccount account, UUID id, String bsnText, String origin) {
        var request = requests.lock(id, municipalityOf(account)).orElseThrow(() -> new RequestNotFoundException(id));
        if (request.childKnown() || request.status() != RequestStatus.OPEN) {
            throw new RequestRejectedException("child-already-known");
        }
        var bsn = Bsn.parse(bsnText.trim());
        if (bsn.isEmpty()) {
            audit.recordRejected(AuditAction.SEARCH, account, origin, id, null);
            var code = bsnText.isBlank() ? "bsn-missing" : "bsn-invalid";
            throw new RequestRejectedException(code).recorded();
        }
        var child = pseudonymisation.pseudonymise(bsn.get());

        var person = lookUpRules.findPerson(account, id, bsn.get(), origin);
        var rejection = lookUpRules.violation(request, person, child, today());
        if (rejection.isPresent()) {
            audit.recordRejected(AuditAction.SEARCH, account, origin, id, child);
            throw new RequestRejectedException(rejection.get()).recorded();
        }
        var age = AgeCategory.of(person.birthDate(), request.receivedOn()).orElseThrow();

        requests.storeChild(id, child, pseudonymisation.encrypt(bsn.get()), age);
        audit.record(AuditAction.SEARCH, account, origin, id, child);
        log.info("Looked up the child of rights request {}", request.number());
    }

    /**
     * Returns the municipality of a municipal officer.
     *
     * @throws AccessDeniedException for any other account
     */
    static UUID municipalityOf(SignedInAccount account) {
        if (account.role() != AccountRole.MUNICIPAL_OFFICER || account.municipalityId() == null) {
            throw new AccessDeniedException("Only municipal officers handle rights requests");
        }
        return account.municipalityId();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
