package nl.verwijsindex.audit.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Period;
import java.time.ZonedDateTime;
import nl.verwijsindex.audit.AuditAction;
import nl.verwijsindex.audit.AuditActor;
import nl.verwijsindex.audit.AuditEntry;
import nl.verwijsindex.audit.AuditOutcome;
import nl.verwijsindex.audit.AuditTrail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes audit entries older than the retention ({@code VERWIJSINDEX_AUDIT_RETENTION}) every
 * night, through the database function {@code audit_delete_expired}, which keeps the hash of the
 * last deleted entry as the chain's new anchor. Every node runs the job; the function takes the
 * append lock and deletes nothing the second time, so running it twice is harmless. A run that
 * deletes entries records that in the trail, naming the new anchor.
 *
 * <p>The default of 7 years covers the longest a child's data stays in the index by its own rules:
 * a signal is active for at most 2 years and then archived for 5, and a child or parent who asks
 * for inspection has the right to learn who accessed that data.
 */
@Component
class AuditRetention {

    static final Period MINIMUM = Period.ofYears(1);

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    static final String PURPOSE = "audit-retention";

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final Clock clock;
    private final Period retention;

    AuditRetention(
            JdbcClient jdbc,
            AuditTrail trail,
            Clock clock,
            @Value("${verwijsindex.audit.retention}") Period retention) {
        // Compared in months, because a period given in days has no fixed length in years.
        if (retention.isNegative() || retention.toTotalMonths() < MINIMUM.toTotalMonths()) {
            throw new IllegalArgumentException("Invalid audit retention " + retention
                    + ": set VERWIJSINDEX_AUDIT_RETENTION to at least 1 year in years or months, for example 7y");
        }
        this.jdbc = jdbc;
        this.trail = trail;
        this.clock = clock;
        this.retention = retention;
    }

    /** Deletes the expired entries and returns how many it deleted. */
    @Scheduled(cron = "0 40 3 * * *", zone = "Europe/Amsterdam")
    @Transactional
    public long deleteExpired() {
        var cutoff = ZonedDateTime.now(clock).minus(retention).toInstant();
        var deleted = jdbc.sql("select audit_delete_expired(?)")
                .param(Timestamp.from(cutoff))
                .query(Long.class)
                .single();

        if (deleted > 0) {
            var anchor = jdbc.sql("select sequence from audit_anchor where id = 1")
                    .query(Long.class)
                    .single();
            trail.record(AuditEntry.of(AuditAction.WRITE, AuditOutcome.SUCCESS, PURPOSE)
                    .by(AuditActor.system(PURPOSE))
                    .about("audit-anchor", anchor));
        }
        log.info("Audit retention deleted {} entries recorded before {}", deleted, cutoff);
        return deleted;
    }
}
