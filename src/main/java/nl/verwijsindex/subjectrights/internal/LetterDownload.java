package nl.verwijsindex.subjectrights.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.audit.AuditAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Hands out the inspection letter of a request once its outcome is proposed, as an audited export. */
@Service
class LetterDownload {

    private static final Logger log = LoggerFactory.getLogger(LetterDownload.class);

    private final RequestHandling handling;
    private final InspectionLetter letter;
    private final RightsAudit audit;
    private final Clock clock;

    LetterDownload(RequestHandling handling, InspectionLetter letter, RightsAudit audit, Clock clock) {
        this.handling = handling;
        this.letter = letter;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Returns the letter as PDF and records an {@code export} entry. The entry is recorded after the
     * letter is written, so the letter lists the accesses before this download.
     *
     * @throws RequestRejectedException unless the request is an inspection whose letter is proposed or approved
     */
    @Transactional
    byte[] download(SignedInAccount account, UUID id, String origin) {
        var request = handling.find(account, id);
        if (request.kind() != RequestKind.INSPECTION
                || request.child() == null
                || request.status() == RequestStatus.OPEN
                || request.proposal() != Proposal.LETTER_READY) {
            throw new RequestRejectedException("letter-unavailable");
        }

        var pdf = letter.write(request, request.child(), LocalDate.now(clock));
        audit.record(AuditAction.EXPORT, account, origin, id, request.child());
        log.info("Exported the inspection letter of rights request {}", request.number());
        return pdf;
    }
}
