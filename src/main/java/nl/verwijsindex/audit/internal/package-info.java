@org.jspecify.annotations.NullMarked
package nl.verwijsindex.audit.internal;
