package nl.verwijsindex.organisations;

import java.time.Period;
import java.util.UUID;

/**
 * A professional as needed to register a signal in their name.
 *
 * @param id the professional's id
 * @param organisationId the organisation that designated the professional
 * @param mayRegister whether the account is active and the organisation is connected
 * @param defaultSignalDuration how long a signal runs when no end date is given (the organisation's setting)
 */
public record Professional(UUID id, UUID organisationId, boolean mayRegister, Period defaultSignalDuration) {}
