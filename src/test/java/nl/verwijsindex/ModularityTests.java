package nl.verwijsindex;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(VerwijsindexApplication.class).verify();
    }
}
