package nl.verwijsindex.organisations.municipality;

import java.util.UUID;

/**
 * A municipality as its pages show it.
 *
 * @param code the four-digit municipality code of BRP table 33, such as {@code 0363}
 * @param organisationCount how many organisations are connected or suspended
 */
record Municipality(UUID id, String code, String name, int organisationCount) {}
