@org.jspecify.annotations.NullMarked
package nl.verwijsindex.subjectrights.internal;
