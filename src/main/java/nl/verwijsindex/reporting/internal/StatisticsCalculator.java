package nl.verwijsindex.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.matching.MatchStatistics;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.organisations.OrganisationKind;
import nl.verwijsindex.organisations.ProfessionalOrganisations;
import nl.verwijsindex.organisations.ProfessionalOrganisations.ProfessionalOrganisation;
import nl.verwijsindex.registration.SignalStatistics;
import nl.verwijsindex.registration.SignalStatistics.MonthCount;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the measures of an area. A signal counts for the municipality its organisation is connected
 * to. A match counts for every municipality that one of its members' organisations belongs to, and for
 * each kind among the members' organisations of the area. A child with 4 or more professionals counts
 * the same way, by the organisations of its active signals.
 */
@Service
@Transactional(readOnly = true)
class StatisticsCalculator {

    /** The number of professionals from which a child counts in {@link Measure#CHILDREN_WITH_FOUR_PROFESSIONALS}. */
    static final int MANY_PROFESSIONALS = 4;

    private final SignalStatistics signals;
    private final MatchStatistics matches;
    private final ProfessionalOrganisations professionalOrganisations;
    private final Clock clock;

    StatisticsCalculator(
            SignalStatistics signals,
            MatchStatistics matches,
            ProfessionalOrganisations professionalOrganisations,
            Clock clock) {
        this.signals = signals;
        this.matches = matches;
        this.professionalOrganisations = professionalOrganisations;
        this.clock = clock;
    }

    RawStatistics calculate(Area area, StatisticsRange range) {
        var today = LocalDate.now(clock);
        var organisationIds = area.organisationKinds().keySet();
        Map<Measure, Map<YearMonth, KindCounts>> monthly = new EnumMap<>(Measure.class);
        for (var measure : Measure.values()) {
            if (measure.monthly()) {
                monthly.put(measure, emptyMonths(range));
            }
        }

        addSignals(
                area,
                monthly.get(Measure.SIGNALS_REGISTERED),
                signals.registered(organisationIds, range.from(), range.to()));
        addSignals(area, monthly.get(Measure.SIGNALS_ENDED), signals.ended(organisationIds, range.from(), range.to()));
        var monthBefore = range.from().minusMonths(1);
        var active = monthly.get(Measure.SIGNALS_ACTIVE);
        var activeBeforeRange = new KindCounts();
        active.put(monthBefore, activeBeforeRange);
        addSignals(area, active, signals.activeAtMonthEnd(organisationIds, monthBefore, range.to(), today));
        active.remove(monthBefore);

        var crossing = new KindCounts();
        var other = new KindCounts();
        addMatches(area, range, monthly, crossing, other);

        var children = new KindCounts();
        for (var childOrganisations : signals.organisationsOfChildrenWithProfessionals(
                organisationIds, range.lastDay(today), MANY_PROFESSIONALS)) {
            children.addOnce(kindsInArea(area, childOrganisations));
        }
        return new RawStatistics(range, monthly, activeBeforeRange, crossing, other, children);
    }

    private void addMatches(
            Area area,
            StatisticsRange range,
            Map<Measure, Map<YearMonth, KindCounts>> monthly,
            KindCounts crossing,
            KindCounts other) {
        var madeMatches = matches.madeBetween(range.from().atDay(1), range.to().atEndOfMonth(), area.professionalIds());
        var members = new HashSet<UUID>();
        madeMatches.forEach(match -> members.addAll(match.professionalIds()));
        // NOTE: every member professional of the area's matches is held in memory. This is an estimate,
        // not a measurement: a year of 100 000 matches with their members needs a few megabytes.
        var organisations = professionalOrganisations.of(members);

        for (var match : madeMatches) {
            var memberOrganisations = match.professionalIds().stream()
                    .map(organisations::get)
                    .filter(Objects::nonNull)
                    .toList();
            var kinds = kindsInArea(
                    area,
                    memberOrganisations.stream()
                            .map(ProfessionalOrganisation::organisationId)
                            .toList());
            var measure = match.type() == MatchType.CHILD ? Measure.CHILD_MATCHES : Measure.FAMILY_MATCHES;
            monthly.get(measure).get(YearMonth.from(match.madeOn())).addOnce(kinds);
            if (municipalitiesOf(memberOrganisations) > 1) {
                crossing.addOnce(kinds);
            } else {
                other.addOnce(kinds);
            }
        }
    }

    private static void addSignals(Area area, Map<YearMonth, KindCounts> months, List<MonthCount> counts) {
        for (var count : counts) {
            var kind = area.organisationKinds().get(count.organisationId());
            months.get(count.month()).add(kind, count.count());
        }
    }

    private static Set<OrganisationKind> kindsInArea(Area area, java.util.Collection<UUID> organisationIds) {
        var kinds = EnumSet.noneOf(OrganisationKind.class);
        for (var organisationId : organisationIds) {
            var kind = area.organisationKinds().get(organisationId);
            if (kind != null) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    private static long municipalitiesOf(List<ProfessionalOrganisation> organisations) {
        return organisations.stream()
                .map(ProfessionalOrganisation::municipalityId)
                .distinct()
                .count();
    }

    private static Map<YearMonth, KindCounts> emptyMonths(StatisticsRange range) {
        var months = new LinkedHashMap<YearMonth, KindCounts>();
        range.months().forEach(month -> months.put(month, new KindCounts()));
        return months;
    }
}
