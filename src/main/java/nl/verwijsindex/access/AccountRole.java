package nl.verwijsindex.access;

import java.util.Arrays;

/** The role of a login account. The account also names the organisation or municipality of the role. */
public enum AccountRole {
    /** A professional of an organisation, linked to a row of {@code professionals}. */
    PROFESSIONAL("professional"),
    /** Manages the professionals and signals of one organisation. */
    ORGANISATION_ADMINISTRATOR("organisation-administrator"),
    /** Works for one municipality, for example on objections and moves. */
    MUNICIPAL_OFFICER("municipal-officer"),
    /** Manages the index itself, for every municipality. */
    FUNCTIONAL_ADMINISTRATOR("functional-administrator");

    private final String code;

    AccountRole(String code) {
        this.code = code;
    }

    /** Returns the code stored in the database and used in message keys, such as {@code municipal-officer}. */
    public String code() {
        return code;
    }

    /** Returns the Spring Security authority of this role, such as {@code ROLE_MUNICIPAL_OFFICER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static AccountRole ofCode(String code) {
        return Arrays.stream(values())
                .filter(role -> role.code.equals(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown account role '" + code + "'"));
    }
}
