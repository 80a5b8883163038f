package nl.verwijsindex.coordination.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import nl.verwijsindex.coordination.BorderChecks;
import nl.verwijsindex.coordination.MatchCrossedMunicipalBorder;
import nl.verwijsindex.matching.MatchMembers;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.organisations.ProfessionalOrganisations;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalReferences;
import nl.verwijsindex.retention.ChildMunicipalities;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Finds the municipalities of each match's children and notifies their coordinators when the match
 * crosses a municipal border.
 *
 * <p>The matching transaction marks the match's check as due in {@code overseen_matches}, so the
 * check is never lost. The children's municipalities are stored only after the registering
 * transaction commits, so the check runs after the commit, and again on a schedule until it
 * succeeds. Each check locks the match's row, and the row of each municipality records the day its
 * coordinator was notified, in the transaction that queues the notice, so no coordinator gets two
 * notices about one match.
 *
 * <p>A match crosses the border when its members' organisations belong to more than one
 * municipality. The coordinator of each municipality where a child of the match is registered gets
 * one notice: when the match is made across the border, or when a member from another municipality
 * joins it later. A member joining a match whose coordinators were notified before sends nothing new.
 */
@Component
class BorderCheck implements BorderChecks {

    /** Days a check waits for the register to name a child's municipality before it goes on without it. */
    static final int DAYS_TO_WAIT_FOR_REGISTER = 2;

    private static final int CHECKS_PER_RUN = 500;

    /** Requests that may check after their commit at once, well below the pool's 20 connections. */
    static final int CHECKS_AFTER_COMMIT = 4;

    private static final Logger log = LoggerFactory.getLogger(BorderCheck.class);

    private final OversightRepository oversight;
    private final MatchMembers matchMembers;
    private final SignalReferences signals;
    private final ChildMunicipalities childMunicipalities;
    private final ProfessionalOrganisations organisations;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Semaphore checksAfterCommit = new Semaphore(CHECKS_AFTER_COMMIT);

    BorderCheck(
            OversightRepository oversight,
            MatchMembers matchMembers,
            SignalReferences signals,
            ChildMunicipalities childMunicipalities,
            ProfessionalOrganisations organisations,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.oversight = oversight;
        this.matchMembers = matchMembers;
        this.signals = signals;
        this.childMunicipalities = childMunicipalities;
        this.organisations = organisations;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        // After a commit the finished transaction's connection is still bound, and a joining
        // transaction would never commit, so each check starts a new one.
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Marks the check due inside the matching transaction, so that it commits with the match. */
    @EventListener
    void markDue(ProfessionalsMatched event) {
        oversight.markDue(event.matchId(), event.since(), LocalDate.now(clock));
    }

    /**
     * Checks the match once the matching transaction committed. Registration stores a new child's
     * municipality inside that transaction, so the check reads it.
     *
     * <p>The check takes a second pooled connection while the finished transaction still keeps its
     * own. At most {@link #CHECKS_AFTER_COMMIT} requests do so at once, and a request that finds
     * them all busy leaves its check to the scheduled run, so that concurrent requests never hold
     * every connection while each waits for a second.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void checkAfterCommit(ProfessionalsMatched event) {
        if (!checksAfterCommit.tryAcquire()) {
            log.debug(
                    "Match {} is left to the scheduled border check, because {} checks run already",
                    event.matchId(),
                    CHECKS_AFTER_COMMIT);
            return;
        }
        try {
            check(event.matchId());
        } catch (RuntimeException e) {
            log.warn(
                    "Checking the municipalities of match {} failed; the next scheduled run tries again",
                    event.matchId(),
                    e);
        } finally {
            checksAfterCommit.release();
        }
    }

    /** Deletes the rows of destroyed matches inside the destroying transaction. */
    @EventListener
    void delete(MatchesDestroyed event) {
        oversight.delete(event.matchIds());
    }

    @Scheduled(
            fixedDelayString = "${verwijsindex.oversight.border-check-interval}",
            initialDelayString = "${verwijsindex.oversight.border-check-interval}")
    void checkOnSchedule() {
        checkAllDue();
    }

    @Override
    public int checkAllDue() {
        var due = oversight.due(CHECKS_PER_RUN);
        int finished = 0;
        int failed = 0;
        for (var matchId : due) {
            try {
                if (check(matchId)) {
                    finished++;
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn("Checking the municipalities of match {} failed; the next run tries again", matchId, e);
            }
        }
        if (!due.isEmpty()) {
            log.info("Border check run: {} matches due, {} checked, {} failed", due.size(), finished, failed);
        }
        return finished;
    }

    /**
     * Checks one match in a transaction of its own and returns whether the check finished. It
     * does not finish while the register has not named a child's municipality, for up to {@link
     * #DAYS_TO_WAIT_FOR_REGISTER} days.
     */
    boolean check(UUID matchId) {
        return Boolean.TRUE.equals(transactions.execute(status -> checkLocked(matchId)));
    }

    private boolean checkLocked(UUID matchId) {
        var dueSince = oversight.lockDue(matchId);
        if (dueSince.isEmpty()) {
            return false;
        }
        var match = matchMembers.findActive(matchId);
        if (match.isEmpty()) {
            oversight.markChecked(matchId);
            log.info("Match {} ended before its municipalities were checked", matchId);
            return true;
        }

        var codes = childMunicipalityCodes(match.get(), dueSince.get());
        if (codes.isEmpty()) {
            return false;
        }
        oversight.replaceMunicipalities(matchId, codes.get());

        int notices = 0;
        if (crossesBorder(match.get())) {
            for (var code : oversight.currentWithoutNotice(matchId)) {
                oversight.markNoticed(matchId, code, LocalDate.now(clock));
                events.publishEvent(new MatchCrossedMunicipalBorder(matchId, code));
                notices++;
            }
        }
        oversight.markChecked(matchId);
        log.info(
                "Checked match {}: children in {} municipalities, {} new notices about crossing a border",
                matchId,
                codes.get().size(),
                notices);
        return true;
    }

    /**
     * Returns the codes of the municipalities where the match's children are registered, or empty
     * while the register has not named one of them and the check may still wait.
     */
    private Optional<TreeSet<String>> childMunicipalityCodes(MatchMembers.ActiveMatch match, LocalDate dueSince) {
        var children = new HashSet<Pseudonym>();
        for (var member : match.members()) {
            for (var signalId : member.signalIds()) {
                signals.childOf(signalId).ifPresent(children::add);
            }
        }

        var codes = new TreeSet<String>();
        int unknown = 0;
        for (var child : children) {
            var municipality = childMunicipalities.find(child);
            if (municipality.isEmpty()) {
                unknown++;
            } else if (municipality.get().municipalityCode() != null) {
                codes.add(municipality.get().municipalityCode());
            }
        }
        if (unknown == 0) {
            return Optional.of(codes);
        }
        if (dueSince.plusDays(DAYS_TO_WAIT_FOR_REGISTER).isAfter(LocalDate.now(clock))) {
            log.debug("Match {} waits for the municipality of {} children", match.id(), unknown);
            return Optional.empty();
        }
        log.warn(
                "Match {} is checked without the municipality of {} children: the register named none since {}",
                match.id(),
                unknown,
                dueSince);
        return Optional.of(codes);
    }

    private boolean crossesBorder(MatchMembers.ActiveMatch match) {
        var ids = match.members().stream()
                .map(MatchMembers.Member::professionalId)
                .toList();
        var municipalities = organisations.of(ids).values().stream()
                .map(ProfessionalOrganisations.ProfessionalOrganisation::municipalityId)
                .distinct()
                .count();
        return municipalities > 1;
    }
}
