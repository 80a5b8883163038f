package nl.verwijsindex.retention.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verwijsindex.population.Residence;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.ChildTracesDestroyed;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code child_residences}: where the population register last reported each child to live. */
@Repository
class ChildResidences {

    /** One child's row. */
    record ChildResidence(@Nullable String municipalityCode, String registerStatus, LocalDate checkedOn) {}

    static final String NOT_FOUND = "not-found";

    private final JdbcClient jdbc;

    ChildResidences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ChildResidence> find(Pseudonym child) {
        return jdbc.sql("select municipality_code, register_status, checked_on from child_residences"
                        + " where child_pseudonym = ?")
                .param(child.value())
                .query((rs, row) -> new ChildResidence(
                        rs.getString("municipality_code"),
                        rs.getString("register_status"),
                        rs.getObject("checked_on", LocalDate.class)))
                .optional();
    }

    /**
     * Stores the register's result. A municipality code replaces the stored one, and a result
     * without one (emigrated, non-resident, not found) keeps the last known code, so that a child who
     * returns to another municipality counts as moved.
     */
    void record(Pseudonym child, String registerStatus, @Nullable String municipalityCode, LocalDate today) {
        jdbc.sql("""
                        insert into child_residences
                               (child_pseudonym, pseudonym_key_version, municipality_code, register_status, checked_on)
                        values (?, ?, ?, ?, ?)
                        on conflict (child_pseudonym) do update
                           set municipality_code = coalesce(excluded.municipality_code, child_residences.municipality_code),
                               register_status = excluded.register_status,
                               checked_on = excluded.checked_on
                        """)
                .params(child.value(), child.keyVersion(), municipalityCode, registerStatus, today)
                .update();
    }

    /** Stores the result only when the child has no row yet, and returns whether it did. */
    boolean recordFirst(Pseudonym child, String registerStatus, @Nullable String municipalityCode, LocalDate today) {
        return jdbc.sql("""
                        insert into child_residences
                               (child_pseudonym, pseudonym_key_version, municipality_code, register_status, checked_on)
                        values (?, ?, ?, ?, ?)
                        on conflict (child_pseudonym) do nothing
                        """)
                        .params(child.value(), child.keyVersion(), municipalityCode, registerStatus, today)
                        .update()
                == 1;
    }

    /**
     * Deletes the rows of children that no longer have active signals, because the index keeps a
     * child's municipality only while it may report a move. Rows stored today are kept, because a
     * registration after the caller listed the children may just have stored one.
     *
     * @return how many rows were deleted
     */
    int deleteAllExcept(List<Pseudonym> children, LocalDate today) {
        return jdbc.sql("delete from child_residences where checked_on < ? and not (child_pseudonym = any(?))")
                .params(today, children.stream().map(Pseudonym::value).toArray(byte[][]::new))
                .update();
    }

    /** Deletes the child's row in the destroying transaction, because no trace of the child may stay. */
    @EventListener
    void on(ChildTracesDestroyed destroyed) {
        jdbc.sql("delete from child_residences where child_pseudonym = ?")
                .param(destroyed.child().value())
                .update();
    }

    static String statusOf(Residence residence) {
        return switch (residence.status()) {
            case RESIDENT -> "resident";
            case EMIGRATED -> "emigrated";
            case NON_RESIDENT -> "non-resident";
        };
    }
}
