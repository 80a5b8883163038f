/**
 * The web application's public pages: the start page, the login form and the error pages, in
 * Dutch (the default) and English, styled with the NL Design System. Login itself is not built
 * yet.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.web;
