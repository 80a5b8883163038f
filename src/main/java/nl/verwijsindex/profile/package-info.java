/**
 * The profile page of every logged-in account: who it is, the language of its pages and emails,
 * a professional's phone number, and links to the pages of the access module that change the
 * password and second factors.
 */
@org.jspecify.annotations.NullMarked
package nl.verwijsindex.profile;
