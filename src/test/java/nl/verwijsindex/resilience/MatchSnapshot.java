package nl.verwijsindex.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database and the SMTP server hold about matches after a fault test, and what they should
 * hold by the matching rules. The expected introductions are worked out from the active signals
 * alone (a child's professionals, and siblings found through the parents' pseudonyms on the
 * signals), apart from the index's own matching code.
 */
final class MatchSnapshot {

    /** The index's sender threads, the default of {@code VERWIJSINDEX_MAIL_DISPATCH_THREADS}. */
    static final int SENDERS = 4;

    /** An email to {@code recipient} that introduces {@code other} in the match of {@code matchKey}. */
    record Introduction(String matchKey, UUID recipient, UUID other) {}

    /** A queued match email: its id, recipient, and whether the outbox marked it sent. */
    record QueuedEmail(UUID id, UUID recipient, boolean sent) {}

    private record Signal(UUID id, String child, Set<String> parents, UUID professional) {}

    final Set<UUID> activeSignalIds;
    final List<String> matchKeys;
    final Set<Introduction> expectedIntroductions;
    final List<Introduction> queuedIntroductions;
    final List<QueuedEmail> queuedEmails;
    final List<MailSink.Received> received;

    private MatchSnapshot(JdbcClient jdbc, List<MailSink.Received> received) {
        var signals = jdbc.sql("select id, child_pseudonym, parent_pseudonyms, professional_id from signals"
                        + " where status = 'active'")
                .query((row, number) -> new Signal(
                        row.getObject("id", UUID.class),
                        hex(row.getBytes("child_pseudonym")),
                        hexes(row.getArray("parent_pseudonyms")),
                        row.getObject("professional_id", UUID.class)))
                .list();
        activeSignalIds = signals.stream().map(Signal::id).collect(Collectors.toSet());
        expectedIntroductions = expected(signals);

        var matches = jdbc.sql("select id, type, child_pseudonym, other_child_pseudonym from matches"
                        + " where ended_on is null")
                .query((row, number) -> Map.entry(
                        row.getObject("id", UUID.class),
                        key(
                                row.getString("type"),
                                row.getBytes("child_pseudonym"),
                                row.getBytes("other_child_pseudonym"))))
                .list();
        matchKeys = matches.stream().map(Map.Entry::getValue).toList();
        var keyOfMatch = matches.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        queuedIntroductions = new ArrayList<>();
        queuedEmails = jdbc.sql("select id, match_id, recipient_professional_id, other_professional_ids, sent_at"
                        + " from notification_messages")
                .query((row, number) -> {
                    var recipient = row.getObject("recipient_professional_id", UUID.class);
                    var matchKey = keyOfMatch.getOrDefault(row.getObject("match_id", UUID.class), "ended-match");
                    for (var other :
                            (UUID[]) row.getArray("other_professional_ids").getArray()) {
                        queuedIntroductions.add(new Introduction(matchKey, recipient, other));
                    }
                    return new QueuedEmail(
                            row.getObject("id", UUID.class), recipient, row.getTimestamp("sent_at") != null);
                })
                .list();
        this.received = received;
    }

    /** Reads the state now. */
    static MatchSnapshot take(FaultEnvironment environment) {
        return new MatchSnapshot(environment.jdbc(), environment.mail.received());
    }

    /**
     * Waits until the outbox has marked every queued match email sent and the SMTP server has
     * received at least as many emails, and returns the state then.
     */
    static MatchSnapshot awaitSent(FaultEnvironment environment, Duration timeout) {
        var deadline = Instant.now().plus(timeout);
        while (true) {
            var snapshot = take(environment);
            boolean allSent = snapshot.queuedEmails.stream().allMatch(QueuedEmail::sent);
            if (allSent && snapshot.received.size() >= snapshot.queuedEmails.size()) {
                return snapshot;
            }
            if (Instant.now().isAfter(deadline)) {
                return snapshot;
            }
            IndexNode.sleep(Duration.ofMillis(500));
        }
    }

    /**
     * Asserts that every match by the rules exists once, and that every professional in it received
     * exactly one queued email that introduces each other one, which the SMTP server received once, at the
     * recipient's address.
     */
    void assertEveryIntroductionEmailedOnce(FaultRegion region) {
        assertEveryIntroductionEmailed(region, 0);
    }

    /**
     * Asserts what {@link #assertEveryIntroductionEmailedOnce} does, except that up to {@code
     * maxResent} queued emails may have arrived twice, with the same {@code Message-ID}. That happens
     * when the index is killed after the SMTP server accepted an email and before the outbox stored
     * that it was sent, so the next start sends it again.
     */
    void assertEveryIntroductionEmailed(FaultRegion region, int maxResent) {
        assertThat(matchKeys).doesNotHaveDuplicates();
        var expectedMatches =
                expectedIntroductions.stream().map(Introduction::matchKey).collect(Collectors.toSet());
        assertThat(matchKeys).containsExactlyInAnyOrderElementsOf(expectedMatches);
        assertThat(queuedIntroductions).doesNotHaveDuplicates();
        assertThat(queuedIntroductions).containsExactlyInAnyOrderElementsOf(expectedIntroductions);
        assertThat(queuedEmails).allMatch(QueuedEmail::sent, "sent");

        var copies = copiesPerQueuedEmail();
        assertThat(copies)
                .allSatisfy((id, count) ->
                        assertThat(count).as("copies of match email %s", id).isBetween(1L, 2L));
        long resent = copies.values().stream().filter(count -> count == 2).count();
        assertThat(resent).as("match emails received twice").isLessThanOrEqualTo(maxResent);
        assertThat(unknownEmails()).isEmpty();
        assertThat(misaddressedEmails(region)).isEmpty();
        assertThat(received).hasSize(queuedEmails.size() + (int) resent);
    }

    long resentEmails() {
        return copiesPerQueuedEmail().values().stream()
                .filter(count -> count > 1)
                .count();
    }

    long matchesOfType(String type) {
        return matchKeys.stream().filter(key -> key.startsWith(type + ":")).count();
    }

    /** Returns how many emails with the queued email's {@code Message-ID} each queued email has. */
    Map<UUID, Long> copiesPerQueuedEmail() {
        var copies =
                received.stream().collect(Collectors.groupingBy(MailSink.Received::messageId, Collectors.counting()));
        return queuedEmails.stream()
                .collect(Collectors.toMap(QueuedEmail::id, email -> copies.getOrDefault(messageId(email.id()), 0L)));
    }

    /** Returns the received emails whose {@code Message-ID} belongs to no queued match email. */
    List<MailSink.Received> unknownEmails() {
        var known = queuedEmails.stream().map(email -> messageId(email.id())).collect(Collectors.toSet());
        return received.stream()
                .filter(email -> !known.contains(email.messageId()))
                .toList();
    }

    /** Returns the received emails that went to another address than their queued email's recipient. */
    List<MailSink.Received> misaddressedEmails(FaultRegion region) {
        var emailOf = region.professionals().stream()
                .collect(Collectors.toMap(FaultRegion.Professional::id, FaultRegion.Professional::email));
        var recipientOf = queuedEmails.stream()
                .collect(Collectors.toMap(email -> messageId(email.id()), email -> emailOf.get(email.recipient())));
        return received.stream()
                .filter(email -> recipientOf.containsKey(email.messageId()))
                .filter(email -> !email.recipient().equals(recipientOf.get(email.messageId())))
                .toList();
    }

    private static String messageId(UUID id) {
        // The index's sender address is verwijsindex@localhost unless VERWIJSINDEX_MAIL_FROM is set.
        return "<notification." + id + "@localhost>";
    }

    private static Set<Introduction> expected(List<Signal> signals) {
        var byChild = signals.stream()
                .collect(Collectors.groupingBy(
                        Signal::child, Collectors.mapping(Signal::professional, Collectors.toSet())));
        var parentsOf = new HashMap<String, Set<String>>();
        signals.forEach(signal -> parentsOf
                .computeIfAbsent(signal.child(), child -> new HashSet<>())
                .addAll(signal.parents()));

        var introductions = new HashSet<Introduction>();
        byChild.forEach((child, professionals) -> {
            for (var recipient : professionals) {
                for (var other : professionals) {
                    if (!recipient.equals(other)) {
                        introductions.add(new Introduction("child:" + child, recipient, other));
                    }
                }
            }
        });
        var children = new ArrayList<>(byChild.keySet());
        for (var first : children) {
            for (var second : children) {
                boolean siblings = first.compareTo(second) < 0
                        && parentsOf.get(first).stream().anyMatch(parentsOf.get(second)::contains);
                if (siblings) {
                    addFamilyIntroductions(
                            introductions, "family:" + first + ":" + second, byChild.get(first), byChild.get(second));
                }
            }
        }
        return introductions;
    }

    private static void addFamilyIntroductions(
            Set<Introduction> introductions, String key, Set<UUID> firstProfessionals, Set<UUID> secondProfessionals) {
        for (var one : firstProfessionals) {
            for (var other : secondProfessionals) {
                if (!one.equals(other)) {
                    introductions.add(new Introduction(key, one, other));
                    introductions.add(new Introduction(key, other, one));
                }
            }
        }
    }

    private static String key(String type, byte[] child, byte[] otherChild) {
        return otherChild == null ? type + ":" + hex(child) : type + ":" + hex(child) + ":" + hex(otherChild);
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    private static Set<String> hexes(Array array) throws SQLException {
        var values = (Object[]) array.getArray();
        return Arrays.stream(values).map(value -> hex((byte[]) value)).collect(Collectors.toSet());
    }
}
