package nl.verwijsindex.retention.internal;

import java.util.UUID;

/**
 * The counts of one run of the population re-check, as its log line and tests read them.
 *
 * @param id the run's id, which its audit entries name as object {@code job-run}
 * @param children how many children had active signals at the start
 * @param checked how many of them the register returned a result for
 * @param deceased how many the register reports dead, whose data was destroyed
 * @param moved how many now live in another Dutch municipality, for which {@code ChildMoved} was published
 * @param notResident how many are emigrated or kept in the register of non-residents; their signals stay
 * @param notFound how many the register does not know (any more); their signals stay
 * @param failed how many failed with an error, which the job logged with the child's pseudonym
 * @param forgotten how many stored municipalities of children without active signals were deleted
 * @param stopped whether the run stopped early because the register was unavailable or rejected the client
 */
record RecheckRun(
        UUID id,
        int children,
        int checked,
        int deceased,
        int moved,
        int notResident,
        int notFound,
        int failed,
        int forgotten,
        boolean stopped) {}
