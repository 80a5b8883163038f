package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A request to record that the parents and child of a signal were informed of it, or that informing them
 * is postponed.
 *
 * @param postponed true to record that informing is postponed; the other fields are then unused
 * @param informedOn the day they were informed
 * @param parents whether the parents were informed
 * @param child whether the child was informed
 */
record RecordInforming(boolean postponed, @Nullable LocalDate informedOn, boolean parents, boolean child) {

    static RecordInforming informed(LocalDate informedOn, boolean parents, boolean child) {
        return new RecordInforming(false, informedOn, parents, child);
    }

    static RecordInforming postponing() {
        return new RecordInforming(true, null, false, false);
    }
}
