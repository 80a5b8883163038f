package nl.verwijsindex.audit;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a use case's change and its success entry in one transaction, so that both commit or
 * neither does. The services' own transactions join it, and so does {@link AuditTrail#record}
 * when the callback calls it as its last step.
 *
 * <p>A callback that throws rolls back the change and the entry, and the exception reaches the
 * caller unchanged. The caller then records the rejected or failed outcome in a transaction of its
 * own, through {@link AuditTrail#recordSeparately}.
 *
 * <p>The transaction keeps its database connection for the whole callback, also while a service
 * waits for the population register, as extending a signal or recording informing does.
 */
@Component
public class AuditedChange {

    private final TransactionTemplate transaction;

    AuditedChange(TransactionTemplate transaction) {
        this.transaction = transaction;
    }

    /** Runs the change and its entry in one transaction and returns the change's result. */
    public <T extends @Nullable Object> T run(Supplier<T> changeAndEntry) {
        return transaction.execute(status -> changeAndEntry.get());
    }

    /** Runs the change and its entry in one transaction. */
    public void run(Runnable changeAndEntry) {
        transaction.executeWithoutResult(status -> changeAndEntry.run());
    }
}
