package nl.verwijsindex.bench.population;

import java.util.SplittableRandom;

/**
 * One or two households that are related through a parent, computed from the population's seed and
 * the unit's number alone. Members are numbered from 0 within the unit: first the adults and then
 * the children of the first household, then those of the second. Dates are epoch days. The numbers
 * behind each draw are explained on {@link NationalPopulation}.
 */
final class FamilyUnit {

    enum Kind {
        /** Two parents and their children. */
        COUPLE,
        /** One parent and children whose other parent is not in the register. */
        SINGLE,
        /** One parent and the children, while the other parent lives alone in a second household. */
        SEPARATED,
        /**
         * One parent and the children, while the other parent lives with a new partner and their own
         * children in a second household, so the children of both households share that parent.
         */
        BLENDED,
        /** One adult without children at home, used only as the last unit to fill the population exactly. */
        LONE
    }

    static final byte RESIDENT = 0;
    static final byte DECEASED = 1;
    static final byte EMIGRATED = 2;

    static final int MAX_MEMBERS = 15;

    /** Unit kinds per 10,000: 75.2 % couples, the rest one-parent households of three kinds. */
    private static final int COUPLE_PER_10000 = 7518;

    private static final int SINGLE_PER_10000 = 372;
    private static final int SEPARATED_PER_10000 = 1365;
    private static final int[] COUPLE_CHILDREN_PER_1000 = {379, 445, 132, 32, 9, 3};
    private static final int[] SINGLE_CHILDREN_PER_1000 = {615, 290, 71, 17, 5, 2};

    private static final int DAYS_PER_YEAR = 365;

    Kind kind;
    int members;
    /** The first member of the second household, or {@code members} when there is none. */
    int secondHousehold;

    final boolean[] child = new boolean[MAX_MEMBERS];
    final boolean[] male = new boolean[MAX_MEMBERS];
    final int[] birthDay = new int[MAX_MEMBERS];
    final int[] parentA = new int[MAX_MEMBERS];
    final int[] parentB = new int[MAX_MEMBERS];
    final byte[] status = new byte[MAX_MEMBERS];
    final int[] statusDay = new int[MAX_MEMBERS];
    final int[] givenName = new int[MAX_MEMBERS];
    final int[] familyName = new int[MAX_MEMBERS];
    /** Position in {@link Municipalities#ALL} of the first and the second household. */
    final int[] municipality = new int[2];

    private int firstChildren;
    private int secondChildren;

    private final long seed;
    private final int referenceDay;
    private final int oldestChildBirthDay;

    FamilyUnit(long seed, int referenceDay, int oldestChildBirthDay) {
        this.seed = seed;
        this.referenceDay = referenceDay;
        this.oldestChildBirthDay = oldestChildBirthDay;
    }

    /**
     * Fills this object with unit {@code unit}. A {@code forcedSize} above 0 replaces the drawn
     * shape with one of exactly that many members, for the last unit of the population.
     */
    FamilyUnit generate(int unit, int forcedSize) {
        var random = new SplittableRandom(Mix.mix(seed, unit));
        drawShape(random, forcedSize);
        municipality[0] = Municipalities.draw(random);
        municipality[1] = random.nextInt(5) == 0 ? Municipalities.draw(random) : municipality[0];
        switch (kind) {
            case COUPLE -> fillCouple(random);
            case SINGLE -> fillSingle(random);
            case SEPARATED, BLENDED -> fillSplit(random);
            case LONE -> fillLone(random);
        }
        for (int member = 0; member < members; member++) {
            drawStatus(random, member);
        }
        return this;
    }

    /** Returns the number of members of the unit, drawing only its shape. */
    int size(int unit) {
        drawShape(new SplittableRandom(Mix.mix(seed, unit)), 0);
        return members;
    }

    int household(int member) {
        return member < secondHousehold ? 0 : 1;
    }

    boolean sharesParent(int member, int other) {
        return parentA[member] >= 0 && (parentA[member] == parentA[other] || parentA[member] == parentB[other])
                || parentB[member] >= 0 && (parentB[member] == parentA[other] || parentB[member] == parentB[other]);
    }

    private void drawShape(SplittableRandom random, int forcedSize) {
        int ticket = random.nextInt(10_000);
        if (ticket < COUPLE_PER_10000) {
            kind = Kind.COUPLE;
        } else if (ticket < COUPLE_PER_10000 + SINGLE_PER_10000) {
            kind = Kind.SINGLE;
        } else if (ticket < COUPLE_PER_10000 + SINGLE_PER_10000 + SEPARATED_PER_10000) {
            kind = Kind.SEPARATED;
        } else {
            kind = Kind.BLENDED;
        }
        firstChildren = childCount(random, kind == Kind.COUPLE ? COUPLE_CHILDREN_PER_1000 : SINGLE_CHILDREN_PER_1000);
        secondChildren = kind == Kind.BLENDED ? childCount(random, COUPLE_CHILDREN_PER_1000) : 0;
        if (forcedSize > 0) {
            force(forcedSize);
        }
        members = switch (kind) {
            case COUPLE -> 2 + firstChildren;
            case SINGLE -> 1 + firstChildren;
            case SEPARATED -> 2 + firstChildren;
            case BLENDED -> 3 + firstChildren + secondChildren;
            case LONE -> 1;
        };
        secondHousehold = switch (kind) {
            case SEPARATED, BLENDED -> 1 + firstChildren;
            default -> members;
        };
    }

    private void force(int size) {
        if (size == 1) {
            kind = Kind.LONE;
            firstChildren = 0;
        } else if (size == 2) {
            kind = Kind.SINGLE;
            firstChildren = 1;
        } else if (size <= 8) {
            kind = Kind.COUPLE;
            firstChildren = size - 2;
        } else {
            kind = Kind.BLENDED;
            firstChildren = (size - 3) / 2;
            secondChildren = size - 3 - firstChildren;
        }
    }

    private static int childCount(SplittableRandom random, int[] perThousand) {
        int ticket = random.nextInt(1000);
        for (int count = 0; count < perThousand.length; count++) {
            ticket -= perThousand[count];
            if (ticket < 0) {
                return count + 1;
            }
        }
        return perThousand.length;
    }

    private void fillCouple(SplittableRandom random) {
        int family = randomFamily(random);
        int oldest = fillChildren(random, 2, firstChildren, 0, 1, family);
        fillParent(random, 0, false, oldest, randomFamily(random));
        fillParent(random, 1, true, oldest, family);
    }

    private void fillSingle(SplittableRandom random) {
        boolean father = isFatherAtHome(random);
        int family = randomFamily(random);
        int oldest = fillChildren(random, 1, firstChildren, 0, -1, family);
        fillParent(random, 0, father, oldest, family);
    }

    /** Fills a unit of kind SEPARATED or BLENDED: member 0 lives with the children, the other parent apart. */
    private void fillSplit(SplittableRandom random) {
        boolean fatherAtHome = isFatherAtHome(random);
        int away = secondHousehold;
        int fatherFamily = randomFamily(random);
        int oldest = fillChildren(random, 1, firstChildren, 0, away, fatherFamily);
        fillParent(random, 0, fatherAtHome, oldest, fatherAtHome ? fatherFamily : randomFamily(random));
        int awayFamily = fatherAtHome ? randomFamily(random) : fatherFamily;
        if (kind == Kind.SEPARATED) {
            fillParent(random, away, !fatherAtHome, oldest, awayFamily);
            return;
        }

        int partner = away + 1;
        int partnerFamily = randomFamily(random);
        int secondFamily = fatherAtHome ? partnerFamily : awayFamily;
        int secondOldest = fillChildren(random, away + 2, secondChildren, away, partner, secondFamily);
        fillParent(random, away, !fatherAtHome, Math.min(oldest, secondOldest), awayFamily);
        fillParent(random, partner, fatherAtHome, secondOldest, partnerFamily);
    }

    private void fillLone(SplittableRandom random) {
        fillParent(random, 0, random.nextBoolean(), referenceDay - 20 * DAYS_PER_YEAR, randomFamily(random));
    }

    private static int randomFamily(SplittableRandom random) {
        return random.nextInt(Names.FAMILY_NAMES.size());
    }

    /** Returns whether the father heads a one-parent household, in 15 % of cases (an estimate). */
    private static boolean isFatherAtHome(SplittableRandom random) {
        return random.nextInt(100) < 15;
    }

    /**
     * Fills {@code count} children from member {@code first} on, youngest first, and returns the
     * oldest child's birth day. Children are born 10 to 48 months apart (twins 2 %), and all of them
     * are 0 to 22 years old on the reference day.
     */
    private int fillChildren(SplittableRandom random, int first, int count, int parent, int otherParent, int family) {
        var gaps = new int[count];
        int span = 0;
        for (int i = 1; i < count; i++) {
            gaps[i] = random.nextInt(50) == 0 ? 0 : 300 + random.nextInt(1160);
            span += gaps[i];
        }
        int maximumAge = referenceDay - oldestChildBirthDay;
        if (span >= maximumAge) {
            span = 0;
            for (int i = 1; i < count; i++) {
                gaps[i] = (maximumAge - 1) / count;
                span += gaps[i];
            }
        }

        int birth = referenceDay - random.nextInt(maximumAge - span + 1);
        for (int i = 0; i < count; i++) {
            int member = first + i;
            birth -= gaps[i];
            child[member] = true;
            male[member] = random.nextBoolean();
            birthDay[member] = birth;
            parentA[member] = parent;
            parentB[member] = otherParent;
            givenName[member] = random.nextInt(Names.GIRLS.size());
            familyName[member] = family;
        }
        return birth;
    }

    /** Fills a parent who was 20 to 39 years old at the birth of the oldest child given. */
    private void fillParent(SplittableRandom random, int member, boolean isMale, int oldestChildBirth, int family) {
        child[member] = false;
        male[member] = isMale;
        birthDay[member] = oldestChildBirth - 20 * DAYS_PER_YEAR - random.nextInt(20 * DAYS_PER_YEAR);
        parentA[member] = -1;
        parentB[member] = -1;
        givenName[member] = random.nextInt(Names.GIRLS.size());
        familyName[member] = family;
    }

    /**
     * Marks a few members deceased or emigrated: 0.3 % of children and 0.5 % of adults died, and 1 %
     * of each emigrated. These shares are estimates, not statistics.
     */
    private void drawStatus(SplittableRandom random, int member) {
        int ticket = random.nextInt(1000);
        int deceased = child[member] ? 3 : 5;
        int lived = Math.max(1, referenceDay - birthDay[member]);
        if (ticket < deceased) {
            status[member] = DECEASED;
            statusDay[member] = birthDay[member] + random.nextInt(lived);
        } else if (ticket < deceased + 10) {
            status[member] = EMIGRATED;
            statusDay[member] = referenceDay - random.nextInt(Math.min(lived, 5 * DAYS_PER_YEAR));
        } else {
            status[member] = RESIDENT;
            statusDay[member] = 0;
        }
    }
}
