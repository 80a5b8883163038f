package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import nl.verwijsindex.coordination.MatchCrossedMunicipalBorder;
import nl.verwijsindex.matching.MatchesDestroyed;
import nl.verwijsindex.organisations.MunicipalCoordinators;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues the notice to a municipal coordinator about a match across municipal borders, inside the
 * transaction that records the notification. The table keeps one notice per match and
 * municipality (a unique key), so the notice is stored at most once. A
 * municipality that the index does not have, or that has no coordinator address, gets nothing, and
 * a log line says so.
 */
@Component
class BorderNoticeListener {

    private static final Logger log = LoggerFactory.getLogger(BorderNoticeListener.class);

    private final BorderNotices notices;
    private final MunicipalCoordinators coordinators;
    private final Clock clock;

    BorderNoticeListener(BorderNotices notices, MunicipalCoordinators coordinators, Clock clock) {
        this.notices = notices;
        this.coordinators = coordinators;
        this.clock = clock;
    }

    @EventListener
    void queue(MatchCrossedMunicipalBorder event) {
        var coordinator = coordinators.findByMunicipalityCode(event.municipalityCode());
        if (coordinator.isEmpty()) {
            log.info(
                    "No notice about match {} crossing a border: municipality {} is not in the index",
                    event.matchId(),
                    event.municipalityCode());
            return;
        }
        if (!coordinator.get().hasCoordinator()) {
            log.info(
                    "No notice about match {} crossing a border: municipality {} ({}) has no coordinator address",
                    event.matchId(),
                    event.municipalityCode(),
                    coordinator.get().municipalityId());
            return;
        }

        var id = notices.add(event.matchId(), event.municipalityCode(), clock.instant());
        if (id.isPresent()) {
            log.info(
                    "Queued notice {} about match {} crossing a border to municipality {}",
                    id.get(),
                    event.matchId(),
                    event.municipalityCode());
        }
    }

    /** Deletes the waiting notices about destroyed matches in the destroying transaction. */
    @EventListener
    void delete(MatchesDestroyed event) {
        int deleted = notices.deleteOfMatches(event.matchIds());
        if (deleted > 0) {
            log.info("Deleted {} waiting notices about destroyed matches", deleted);
        }
    }
}
