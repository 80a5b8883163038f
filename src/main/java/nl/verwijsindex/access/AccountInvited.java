package nl.verwijsindex.access;

import java.util.UUID;

/**
 * Published in the transaction that creates or replaces an invitation. The notification module
 * queues the invitation email on it and reads the email's content from {@link InvitationEmails}.
 */
public record AccountInvited(UUID invitationId, UUID accountId) {}
