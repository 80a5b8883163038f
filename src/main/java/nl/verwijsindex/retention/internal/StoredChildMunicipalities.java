package nl.verwijsindex.retention.internal;

import java.util.Optional;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.retention.ChildMunicipalities;
import org.springframework.stereotype.Component;

/** Reads the municipalities that {@link ChildResidences} stores. */
@Component
class StoredChildMunicipalities implements ChildMunicipalities {

    private final ChildResidences residences;

    StoredChildMunicipalities(ChildResidences residences) {
        this.residences = residences;
    }

    @Override
    public Optional<ChildMunicipality> find(Pseudonym child) {
        return residences
                .find(child)
                .map(residence -> new ChildMunicipality(residence.municipalityCode(), residence.checkedOn()));
    }
}
