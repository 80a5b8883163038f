package nl.verwijsindex.population;

/**
 * The population register rejected the request in a way that only an operator can fix: the
 * credentials are wrong or lack the authorisation ({@code 401}, {@code 403}), or the register found
 * the request itself invalid ({@code 400}). Retrying does not help. The message names the status,
 * the problem's {@code title} and {@code code}, and the settings to check, never a BSN.
 */
public class PopulationRegisterConfigurationException extends RuntimeException {

    private final int status;

    public PopulationRegisterConfigurationException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** Returns the HTTP status that the register returned. */
    public int status() {
        return status;
    }
}
