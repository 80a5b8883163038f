package nl.verwijsindex.registration.internal;

import java.util.UUID;
import nl.verwijsindex.system.api.ApiProblemException;
import org.springframework.http.HttpStatus;

/** The problems that the changes to a stored signal share. */
final class SignalProblems {

    private SignalProblems() {}

    static ApiProblemException notFound(UUID signalId) {
        return ApiProblemException.notFound("Your organisation has no signal with id " + signalId);
    }

    /** Returns the 409 problem for a change to a signal that is in the archive. */
    static ApiProblemException archived(Signal signal, String change) {
        return new ApiProblemException(
                HttpStatus.CONFLICT,
                "Signal already ended",
                "The signal " + signal.id() + " ended on " + signal.endedOn() + " and is in the archive, so " + change
                        + " is no longer possible; register the child again if you are still involved");
    }

    /** Returns the 503 problem for a change that needs the population register while it cannot be reached. */
    static ApiProblemException registerUnavailable() {
        return new ApiProblemException(
                HttpStatus.SERVICE_UNAVAILABLE,
                "Population register unavailable",
                "The population register cannot be reached, so nothing was changed; try again in a few minutes");
    }
}
