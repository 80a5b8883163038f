package nl.verwijsindex.population;

/** The population register could not be reached or did not respond in time. */
public class PopulationRegisterUnavailableException extends RuntimeException {

    public PopulationRegisterUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
