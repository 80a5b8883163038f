package nl.verwijsindex.retention.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Starts the population re-check on its schedule, {@code VERWIJSINDEX_POPULATION_RECHECK_CRON}, on
 * one node at a time through ShedLock, like the ending jobs. The lock is held for at most six hours,
 * because a run sends one request per child. A run that takes longer may overlap the next node's
 * run, which can then publish a move twice at most.
 *
 * <p>It runs only with the BRP Personen API as population register. The persons file and the
 * synthetic population are read once at start, so a re-check against them would find nothing new.
 */
@Component
@ConditionalOnProperty(prefix = "verwijsindex.population.brp", name = "url")
class PopulationRecheckSchedule {

    private final PopulationRecheckJob recheck;

    PopulationRecheckSchedule(PopulationRecheckJob recheck) {
        this.recheck = recheck;
    }

    @Scheduled(cron = "${verwijsindex.population.recheck.cron:0 30 2 * * *}", zone = "${verwijsindex.retention.zone}")
    @SchedulerLock(
            name = PopulationRecheckJob.NAME,
            lockAtLeastFor = "${verwijsindex.scheduling.lock-at-least-for}",
            lockAtMostFor = "PT6H")
    public void recheckPopulation() {
        recheck.run();
    }
}
