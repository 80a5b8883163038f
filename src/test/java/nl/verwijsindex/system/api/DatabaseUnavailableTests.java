package nl.verwijsindex.system.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

class DatabaseUnavailableTests {

    @Test
    void recognisesServerShutdownBehindSpringException() {
        var shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");

        assertThat(DatabaseUnavailable.causedBy(new DataAccessResourceFailureException("update failed", shutdown)))
                .isTrue();
    }

    @Test
    void recognisesRefusedConnection() {
        var refused = new SQLException("Connection to 127.0.0.1:5432 refused", "08001");

        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", refused)))
                .isTrue();
    }

    @Test
    void recognisesPoolTimeout() {
        var timeout =
                new SQLTransientConnectionException("Connection is not available, request timed out after 5000ms");

        assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("no connection", timeout)))
                .isTrue();
    }

    @Test
    void recognisesFailedRollbackOnDroppedConnection() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void recognisesRollbackThatReplacedLostConnection() {
        var rollback = new TransactionSystemException("Rollback failed");
        rollback.initApplicationException(
                new DataAccessResourceFailureException("select failed", new SQLException("terminating", "57P01")));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void ignoresRollbackThatReplacedOtherFailure() {
        var rollback = new TransactionSystemException("Rollback failed");
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(DatabaseUnavailable.causedBy(rollback)).isFalse();
    }

    @Test
    void ignoresConstraintViolation() {
        var duplicate = new SQLException("duplicate key value violates unique constraint", "23505");

        assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("insert failed", duplicate)))
                .isFalse();
    }

    @Test
    void problemIs503WithRetryAfter() {
        var response = new MockHttpServletResponse();

        var problem = DatabaseUnavailable.problem(response);

        assertThat(problem.getStatus()).isEqualTo(503);
        assertThat(problem.getTitle()).isEqualTo("Database unavailable");
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
    }
}
