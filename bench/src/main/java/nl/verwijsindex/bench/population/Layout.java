package nl.verwijsindex.bench.population;

/**
 * Lays the family units out over the person indices once, at start. It records where each unit
 * starts, how large the last unit must be to end exactly at the population's size, and which
 * persons are children eligible for a signal on the reference day.
 */
final class Layout {

    final int[] unitStarts;
    final int lastUnitSize;
    final int[] children;

    Layout(long seed, int persons, FamilyUnit family) {
        var starts = new IntList(persons / 3 + 2);
        var eligible = new IntList(persons * 3 / 5 + 16);
        int start = 0;
        int unit = 0;
        int forced = 0;
        while (start < persons) {
            int size = family.size(unit);
            if (start + size > persons) {
                forced = persons - start;
            }
            family.generate(unit, forced);
            starts.add(start);
            for (int member = 0; member < family.members; member++) {
                if (family.child[member] && family.status[member] == FamilyUnit.RESIDENT) {
                    eligible.add(start + member);
                }
            }
            start += family.members;
            unit++;
        }
        starts.add(start);
        this.unitStarts = starts.toArray();
        this.lastUnitSize = forced;
        this.children = eligible.toArray();
    }

    /** A growable list of ints, so that millions of entries take 4 bytes each. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 16)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
