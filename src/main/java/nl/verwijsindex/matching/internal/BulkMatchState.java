package nl.verwijsindex.matching.internal;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.verwijsindex.matching.MatchType;
import nl.verwijsindex.matching.ProfessionalsMatched;
import nl.verwijsindex.matching.internal.BulkMatchRepository.Introduction;
import nl.verwijsindex.matching.internal.BulkMatchRepository.NewMember;
import nl.verwijsindex.matching.internal.BulkMatchRepository.StoredCandidate;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.registration.SignalsImported.ImportedSignal;
import org.jspecify.annotations.Nullable;

/**
 * The candidates, active matches and introductions of the families that one bulk call touches,
 * held in memory. {@link #register} repeats the steps of {@link Matchmaker} for one new signal
 * against this state, and collects the rows and events they produce.
 */
final class BulkMatchState {

    private final Map<ByteBuffer, List<StoredCandidate>> activeByChild = new HashMap<>();
    private final Map<ByteBuffer, Set<ByteBuffer>> childrenByParent = new HashMap<>();
    private final Map<String, Match> activeMatches = new HashMap<>();
    private final Set<Introduction> introductions = new HashSet<>();

    private final List<StoredCandidate> newCandidates = new ArrayList<>();
    private final List<Match> newMatches = new ArrayList<>();
    private final Map<List<UUID>, NewMember> newMembers = new LinkedHashMap<>();
    private final List<Introduction> newIntroductions = new ArrayList<>();
    private final List<ProfessionalsMatched> notices = new ArrayList<>();

    BulkMatchState(List<StoredCandidate> candidates, List<Match> matches, List<Introduction> introduced) {
        candidates.forEach(this::add);
        matches.forEach(match -> activeMatches.put(matchKey(match.type(), match.child(), match.otherChild()), match));
        introductions.addAll(introduced);
    }

    /** Adds the signal as a candidate, then matches it on its child and with each sibling, as {@link Matchmaker} does. */
    void register(ImportedSignal signal) {
        var candidate = new StoredCandidate(
                signal.signalId(),
                signal.child().value(),
                signal.parents().stream().map(Pseudonym::value).toArray(byte[][]::new),
                signal.professionalId(),
                true);
        add(candidate);
        newCandidates.add(candidate);

        matchOnChild(candidate, signal.registeredOn());
        for (var sibling : siblings(candidate)) {
            matchWithSibling(candidate, sibling, signal.registeredOn());
        }
    }

    List<StoredCandidate> newCandidates() {
        return newCandidates;
    }

    List<Match> newMatches() {
        return newMatches;
    }

    List<NewMember> newMembers() {
        return List.copyOf(newMembers.values());
    }

    List<Introduction> newIntroductions() {
        return newIntroductions;
    }

    /** Returns the events for the introductions that get an email, in the order they arose. */
    List<ProfessionalsMatched> notices() {
        return notices;
    }

    private void matchOnChild(StoredCandidate newcomer, LocalDate today) {
        var onChild = activeOn(newcomer.child());
        var others = othersThan(newcomer, onChild);
        if (others.isEmpty()) {
            return;
        }

        var match = findOrCreate(MatchType.CHILD, newcomer.child(), null, today);
        onChild.forEach(member -> addMember(match, member.signalId(), today));
        introduce(match, newcomer, others);
    }

    private void matchWithSibling(StoredCandidate newcomer, byte[] sibling, LocalDate today) {
        var others = othersThan(newcomer, activeOn(sibling));
        if (others.isEmpty()) {
            return;
        }

        boolean newcomerFirst = Arrays.compareUnsigned(newcomer.child(), sibling) < 0;
        byte[] first = newcomerFirst ? newcomer.child() : sibling;
        byte[] second = newcomerFirst ? sibling : newcomer.child();
        var match = findOrCreate(MatchType.FAMILY, first, second, today);
        addMember(match, newcomer.signalId(), today);
        others.forEach(other -> addMember(match, other.signalId(), today));
        introduce(match, newcomer, others);
    }

    /**
     * Records each introduction that is new in the match, in both directions. An email goes only
     * where one of the two signals was registered in this index, because the professionals of two
     * imported signals were introduced by the index they came from.
     */
    private void introduce(Match match, StoredCandidate newcomer, List<StoredCandidate> others) {
        var toNewcomer = new ArrayList<StoredCandidate>();
        for (var other : others) {
            if (recordIntroduction(match, newcomer.professionalId(), other.professionalId()) && !other.imported()) {
                toNewcomer.add(other);
            }
            if (recordIntroduction(match, other.professionalId(), newcomer.professionalId()) && !other.imported()) {
                notices.add(new ProfessionalsMatched(
                        match.id(),
                        match.type(),
                        match.since(),
                        other.professionalId(),
                        other.signalId(),
                        List.of(newcomer.professionalId()),
                        List.of(newcomer.signalId())));
            }
        }
        if (!toNewcomer.isEmpty()) {
            notices.add(new ProfessionalsMatched(
                    match.id(),
                    match.type(),
                    match.since(),
                    newcomer.professionalId(),
                    newcomer.signalId(),
                    toNewcomer.stream().map(StoredCandidate::professionalId).toList(),
                    toNewcomer.stream().map(StoredCandidate::signalId).toList()));
        }
    }

    private boolean recordIntroduction(Match match, UUID professionalId, UUID otherProfessionalId) {
        var introduction = new Introduction(match.id(), professionalId, otherProfessionalId);
        if (!introductions.add(introduction)) {
            return false;
        }
        newIntroductions.add(introduction);
        return true;
    }

    private Match findOrCreate(MatchType type, byte[] child, byte @Nullable [] otherChild, LocalDate today) {
        return activeMatches.computeIfAbsent(matchKey(type, child, otherChild), key -> {
            var match = new Match(UUID.randomUUID(), type, child, otherChild, today);
            newMatches.add(match);
            return match;
        });
    }

    /** Adds the member unless the signal is in the match already, which keeps the day it first joined. */
    private void addMember(Match match, UUID signalId, LocalDate joinedOn) {
        newMembers.putIfAbsent(List.of(match.id(), signalId), new NewMember(match.id(), signalId, joinedOn));
    }

    private void add(StoredCandidate candidate) {
        var child = ByteBuffer.wrap(candidate.child());
        activeByChild.computeIfAbsent(child, key -> new ArrayList<>()).add(candidate);
        activeByChild.get(child).sort(Comparator.comparing(StoredCandidate::signalId));
        for (var parent : candidate.parents()) {
            childrenByParent
                    .computeIfAbsent(ByteBuffer.wrap(parent), key -> new LinkedHashSet<>())
                    .add(child);
        }
    }

    private List<StoredCandidate> activeOn(byte[] child) {
        return activeByChild.getOrDefault(ByteBuffer.wrap(child), List.of());
    }

    /** Returns the other children with an active candidate that names one of the newcomer's parents. */
    private List<byte[]> siblings(StoredCandidate newcomer) {
        var own = ByteBuffer.wrap(newcomer.child());
        var found = new LinkedHashSet<ByteBuffer>();
        for (var parent : newcomer.parents()) {
            for (var child : childrenByParent.getOrDefault(ByteBuffer.wrap(parent), Set.of())) {
                if (!child.equals(own)) {
                    found.add(child);
                }
            }
        }
        return found.stream().map(ByteBuffer::array).toList();
    }

    private static List<StoredCandidate> othersThan(StoredCandidate newcomer, List<StoredCandidate> candidates) {
        return candidates.stream()
                .filter(candidate -> !candidate.professionalId().equals(newcomer.professionalId()))
                .toList();
    }

    private static String matchKey(MatchType type, byte[] child, byte @Nullable [] otherChild) {
        var key = type.code() + ":" + HexFormat.of().formatHex(child);
        return otherChild == null ? key : key + ":" + HexFormat.of().formatHex(otherChild);
    }
}
