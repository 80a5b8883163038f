/**
 * The web application's pages: the start page, the login form, the home page after login and the
 * error pages, in Dutch (the default) and English, styled with the NL Design System.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.web;
