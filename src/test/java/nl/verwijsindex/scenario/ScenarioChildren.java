package nl.verwijsindex.scenario;

import java.util.List;

/**
 * The children of the scenario, grouped by family as the parents on their own records group them.
 * README.md beside this class lists each child's parents, birth date and age on 4 December 2026,
 * and why the family was chosen.
 */
final class ScenarioChildren {

    // Groot Esselink: full siblings, parents 999999357 and 999999345 on all three records.
    static final Child TEUN = new Child("Teun", "999999369");
    static final Child FIEN = new Child("Fien", "999999382");
    static final Child TRIX = new Child("Trix", "999999400");

    // Krelissen and Kornelissen: Kylian shares 999998912 with Kyra and 999998900 with Kyona,
    // but Kyra and Kyona share no parent.
    static final Child KYRA = new Child("Kyra", "999998985");
    static final Child KYLIAN = new Child("Kylian", "999998924");
    static final Child KYONA = new Child("Kyona", "999999023");

    // Maasland and Meulengraaf: both name 999999126, whose own record lists only Mirthe.
    static final Child MAYA = new Child("Maya", "999970021");
    static final Child MIRTHE = new Child("Mirthe", "999999151");

    // Taher and Geus: the Tahers name 999970318, whose record lists Gijs but neither of them.
    static final Child THURAYYA = new Child("Thurayya", "999970264");
    static final Child TAYEH = new Child("Tayeh", "999970276");
    static final Child GIJS = new Child("Gijs", "999970331");

    // De Boer and Veekers: Carola shares 999995923 (no record in the file) with Patricia and
    // 999996551 with Anoeska. Patricia and Anoeska share no parent.
    static final Child PATRICIA = new Child("Patricia", "999995996");
    static final Child ANOESKA = new Child("Anoeska", "999996587");
    static final Child CAROLA = new Child("Carola", "999995984");

    // Ederveen: Eveline's second parent has no BSN. Her first parent, 999999904, is Esther's too.
    static final Child ESTHER = new Child("Esther", "999999916");
    static final Child EVELINE = new Child("Eveline", "999999928");

    // Precise: the only parent on both records has no BSN.
    static final Child ZACH = new Child("Zach", "999995273");
    static final Child YOUNG = new Child("Young", "999995285");

    // Felsen and Freitag: half siblings who share 999999965.
    static final Child FELICIA = new Child("Felicia", "999999977");
    static final Child FABIENNE = new Child("Fabiënne", "999999989");

    // Van der Breggen: Joep died in 2021, and his sibling Anneke is alive.
    static final Child ANNEKE = new Child("Anneke", "999971153");
    static final Child JOEP = new Child("Joep", "999971177");

    // Van Leeuwen, Leijten and Luiten: Laurentien (22) is the mother of Larissa and Laeticia.
    static final Child LAURENTIEN = new Child("Laurentien", "999970677");
    static final Child LARISSA = new Child("Larissa", "999970707");
    static final Child LAETICIA = new Child("Laeticia", "999970719");

    // De Jager: full siblings aged 22 and 21, parents 999994785 and 999994931.
    static final Child ZEUS = new Child("Zeus", "999992120");
    static final Child JAFFE = new Child("Jaffe", "999992107");

    // Children with no sibling in the scenario.
    static final Child FUCILI = new Child("Fuçili", "900194042");
    static final Child DAAN = new Child("Daan", "999999850");
    static final Child VICTORIA = new Child("Victoria", "999990342");
    static final Child LEONIE = new Child("Leonie", "999994487");
    static final Child RAGHNILD = new Child("Raghnild", "999999618");

    static final List<Child> ALL = List.of(
            TEUN,
            FIEN,
            TRIX,
            KYRA,
            KYLIAN,
            KYONA,
            MAYA,
            MIRTHE,
            THURAYYA,
            TAYEH,
            GIJS,
            PATRICIA,
            ANOESKA,
            CAROLA,
            ESTHER,
            EVELINE,
            ZACH,
            YOUNG,
            FELICIA,
            FABIENNE,
            ANNEKE,
            JOEP,
            LAURENTIEN,
            LARISSA,
            LAETICIA,
            ZEUS,
            JAFFE,
            FUCILI,
            DAAN,
            VICTORIA,
            LEONIE,
            RAGHNILD);

    private ScenarioChildren() {}
}
