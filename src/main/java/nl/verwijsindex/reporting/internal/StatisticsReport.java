package nl.verwijsindex.reporting.internal;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the suppressed tables of an area. For a region it also counts each of its municipalities,
 * because the region's tables hide a count that differs from a municipality's by 1 to 4.
 */
@Service
@Transactional(readOnly = true)
class StatisticsReport {

    private final Areas areas;
    private final StatisticsCalculator calculator;

    StatisticsReport(Areas areas, StatisticsCalculator calculator) {
        this.areas = areas;
        this.calculator = calculator;
    }

    List<StatisticsTable> tables(Area area, StatisticsRange range) {
        var statistics = calculator.calculate(area, range);
        if (!Area.REGION.equals(area.type())) {
            return StatisticsTable.of(statistics);
        }
        var municipalities = areas.municipalitiesOf(area).stream()
                .map(municipality -> calculator.calculate(municipality, range))
                .toList();
        return StatisticsTable.of(statistics, municipalities);
    }
}
