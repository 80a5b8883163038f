package nl.verwijsindex.retention.internal;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import nl.verwijsindex.registration.SignalsImported;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores the municipality of each child with an imported active signal in {@code child_residences},
 * from the register's response that the import already read, so that the first nightly re-check can
 * notice a move. It inserts with one batch in the importing transaction, and keeps a row the index
 * already has. A registration stores the row after its commit instead ({@link ResidenceAtRegistration}).
 */
@Component
class ResidenceAtImport {

    private final JdbcTemplate jdbc;

    ResidenceAtImport(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(SignalsImported event) {
        var byChild = new LinkedHashMap<ByteBuffer, SignalsImported.ImportedSignal>();
        event.signals()
                .forEach(signal ->
                        byChild.putIfAbsent(ByteBuffer.wrap(signal.child().value()), signal));
        var rows = new ArrayList<>(byChild.values());
        jdbc.batchUpdate("""
                insert into child_residences
                       (child_pseudonym, pseudonym_key_version, municipality_code, register_status, checked_on)
                values (?, ?, ?, ?, ?)
                on conflict (child_pseudonym) do nothing
                """, rows, rows.size(), (statement, row) -> {
            statement.setBytes(1, row.child().value());
            statement.setInt(2, row.child().keyVersion());
            statement.setString(3, row.residence().municipality().orElse(null));
            statement.setString(4, ChildResidences.statusOf(row.residence()));
            statement.setDate(5, Date.valueOf(event.checkedOn()));
        });
    }
}
