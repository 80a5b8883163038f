package nl.verwijsindex.population.internal;

import java.util.List;
import nl.verwijsindex.population.PopulationRegister;
import nl.verwijsindex.population.SyntheticFamilies;
import org.springframework.stereotype.Component;

@Component
class SyntheticFamilyList implements SyntheticFamilies {

    private final PopulationRegister register;

    SyntheticFamilyList(PopulationRegister register) {
        this.register = register;
    }

    @Override
    public List<Family> families() {
        if (!(register instanceof SyntheticPopulation population)) {
            return List.of();
        }
        return population.families().stream()
                .map(family -> new Family(family.children().stream()
                        .map(child -> population.findPerson(child.bsn()).orElseThrow())
                        .toList()))
                .toList();
    }
}
