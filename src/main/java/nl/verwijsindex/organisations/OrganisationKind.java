package nl.verwijsindex.organisations;

import java.util.Arrays;
import java.util.Optional;

/** Kind of organisation (soort instantie), with the code used in the API and the database. */
public enum OrganisationKind {
    EDUCATION("education"),
    COMPULSORY_EDUCATION("compulsory-education"),
    CHILDCARE("childcare"),
    YOUTH_HEALTH_CARE("youth-health-care"),
    MIDWIFERY("midwifery"),
    HEALTH_CARE("health-care"),
    YOUTH_CARE("youth-care"),
    YOUTH_PROTECTION("youth-protection"),
    SAFE_AT_HOME("safe-at-home"),
    SOCIAL_WORK("social-work"),
    POLICE_JUSTICE("police-justice"),
    WORK_INCOME("work-income"),
    OTHER("other");

    private final String code;

    OrganisationKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<OrganisationKind> fromCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
    }
}
