package nl.verwijsindex.registration.internal;

/**
 * The outcome of a registration request.
 *
 * @param signal the professional's active signal on the child
 * @param created true when the signal is new, false when the professional already had it
 */
record Registration(Signal signal, boolean created) {}
