/**
 * The benchmark tools that {@code bench/run} starts beside the index. Each tool is a class with its
 * own {@code main}, run as {@code java -cp "bench/target/classes:bench/target/lib/*" CLASS}. None of
 * them is part of the index: the population register stub and the mail sink stand in for the systems
 * outside it, and the load driver plays the client systems.
 */
package nl.verwijsindex.bench;
