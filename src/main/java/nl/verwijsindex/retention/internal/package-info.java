@org.jspecify.annotations.NullMarked
package nl.verwijsindex.retention.internal;
