package nl.verwijsindex.coordination.internal;

import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.coordination.ProposedCoordinators;
import org.springframework.stereotype.Component;

@Component
class JdbcProposedCoordinators implements ProposedCoordinators {

    private final CoordinationRepository repository;

    JdbcProposedCoordinators(CoordinationRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<UUID> find(UUID matchId) {
        return repository.find(matchId).map(CoordinationState::proposedCoordinatorId);
    }
}
