package nl.verwijsindex.notification.outbox;

import java.time.Clock;
import nl.verwijsindex.access.AccountInvited;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Queues an invitation email inside the transaction that opened the invitation, so that the email
 * is stored exactly when the invitation is committed. An exception here rolls the invitation back.
 */
@Component
class InvitationListener {

    private static final Logger log = LoggerFactory.getLogger(InvitationListener.class);

    private final InvitationMessages messages;
    private final Clock clock;

    InvitationListener(InvitationMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @EventListener
    void queue(AccountInvited event) {
        var id = messages.add(event.invitationId(), clock.instant());

        log.debug("Queued invitation message {} for account {}", id, event.accountId());
    }
}
