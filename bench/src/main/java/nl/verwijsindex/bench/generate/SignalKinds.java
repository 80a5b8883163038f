package nl.verwijsindex.bench.generate;

import java.util.Set;
import java.util.SplittableRandom;
import nl.verwijsindex.bench.fixture.OrganisationKind;

/**
 * Which kinds of organisation register signals on a child of a given age, and how often. The
 * weights are estimates. Schools, youth care and youth health care register most. Midwives
 * register only in the first year, childcare under 4, the police from 12 and work and income from 16.
 */
final class SignalKinds {

    private SignalKinds() {}

    static int weight(OrganisationKind kind, int age) {
        return switch (kind) {
            case MIDWIFERY -> age < 1 ? 10 : 0;
            case CHILDCARE -> age < 4 ? 10 : 0;
            case YOUTH_HEALTH_CARE -> age < 18 ? 14 : 0;
            case EDUCATION -> age >= 4 && age < 20 ? 28 : 0;
            case COMPULSORY_EDUCATION -> age >= 5 ? 5 : 0;
            case YOUTH_CARE -> 18;
            case YOUTH_PROTECTION -> age < 18 ? 5 : 0;
            case SAFE_AT_HOME -> 5;
            case SOCIAL_WORK -> 8;
            case POLICE_JUSTICE -> age >= 12 ? 8 : 0;
            case HEALTH_CARE -> 5;
            case WORK_INCOME -> age >= 16 ? 4 : 0;
            case OTHER -> 2;
        };
    }

    /** Draws a kind that fits the age, that the fixture has, and that the child has no signal of yet. */
    static OrganisationKind draw(
            SplittableRandom random, int age, Set<OrganisationKind> taken, Organisations organisations) {
        int total = 0;
        for (var kind : OrganisationKind.ALL) {
            total += usable(kind, age, taken, organisations);
        }
        if (total == 0) {
            return null;
        }
        int ticket = random.nextInt(total);
        for (var kind : OrganisationKind.ALL) {
            ticket -= usable(kind, age, taken, organisations);
            if (ticket < 0) {
                return kind;
            }
        }
        throw new IllegalStateException("ticket outside the weights");
    }

    /** Returns a short prefix for own references of this kind, such as {@code JZ} for youth care. */
    static String referencePrefix(OrganisationKind kind) {
        return switch (kind) {
            case EDUCATION -> "LL";
            case COMPULSORY_EDUCATION -> "LP";
            case CHILDCARE -> "KO";
            case YOUTH_HEALTH_CARE -> "JGZ";
            case MIDWIFERY -> "VK";
            case HEALTH_CARE -> "GZ";
            case YOUTH_CARE -> "JZ";
            case YOUTH_PROTECTION -> "JB";
            case SAFE_AT_HOME -> "VT";
            case SOCIAL_WORK -> "MW";
            case POLICE_JUSTICE -> "PJ";
            case WORK_INCOME -> "WI";
            case OTHER -> "OV";
        };
    }

    private static int usable(
            OrganisationKind kind, int age, Set<OrganisationKind> taken, Organisations organisations) {
        return taken.contains(kind) || !organisations.has(kind) ? 0 : weight(kind, age);
    }
}
