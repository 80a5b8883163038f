package nl.verwijsindex.registration.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.verwijsindex.access.AccountRole;
import nl.verwijsindex.access.SignedInAccount;
import nl.verwijsindex.organisations.ProfessionalContact;
import nl.verwijsindex.organisations.Professionals;
import nl.verwijsindex.registration.internal.OrganisationSignalRows.Row;
import nl.verwijsindex.registration.internal.SignalTransfer.TransferOutcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The signals of an organisation, for its administrator: the list, and handing a departing
 * professional's signals over to a colleague. Every method acts on the organisation of the
 * account. A professional of another organisation is reported as not found.
 */
@Service
class OrganisationSignals {

    private final OrganisationSignalRows rows;
    private final Professionals professionals;
    private final SignalTransfer transfer;

    OrganisationSignals(OrganisationSignalRows rows, Professionals professionals, SignalTransfer transfer) {
        this.rows = rows;
        this.professionals = professionals;
        this.transfer = transfer;
    }

    /** Returns the organisation's signals with the names of their professionals, active ones first. */
    List<SignalView> signals(SignedInAccount account) {
        return withNames(rows.ofOrganisation(administeredOrganisation(account)));
    }

    /** @throws ProfessionalNotFoundException when the organisation has no such professional */
    TransferForm transferForm(SignedInAccount account, UUID fromProfessionalId) {
        var organisationId = administeredOrganisation(account);
        var departing = contact(organisationId, fromProfessionalId);
        var colleagues = professionals.activeInOrganisation(organisationId).stream()
                .filter(colleague -> !colleague.id().equals(fromProfessionalId))
                .toList();

        return new TransferForm(
                departing, withNames(rows.activeOfProfessional(organisationId, fromProfessionalId)), colleagues);
    }

    /**
     * Hands the chosen active signals of the departing professional over to the colleague. Chosen
     * ids that are not an active signal of the departing professional are ignored.
     *
     * @param colleagueId the colleague, or {@code null} when the form named none
     * @throws ProfessionalNotFoundException when either professional is not of the organisation
     */
    TransferResult transfer(
            SignedInAccount account, UUID fromProfessionalId, @Nullable UUID colleagueId, Set<UUID> chosenSignals) {
        var organisationId = administeredOrganisation(account);
        contact(organisationId, fromProfessionalId);
        if (colleagueId == null) {
            return TransferResult.rejected("colleague-missing");
        }
        var colleague = professionals
                .findInOrganisation(colleagueId, organisationId)
                .orElseThrow(ProfessionalNotFoundException::new);
        if (colleague.id().equals(fromProfessionalId)) {
            return TransferResult.rejected("colleague-same");
        }
        if (!colleague.mayRegister()) {
            return TransferResult.rejected("colleague-inactive");
        }
        var signalIds = rows.activeOfProfessional(organisationId, fromProfessionalId).stream()
                .map(Row::id)
                .filter(chosenSignals::contains)
                .toList();
        if (signalIds.isEmpty()) {
            return TransferResult.rejected("signals-missing");
        }

        return new TransferResult(
                transfer.transfer(organisationId, fromProfessionalId, colleague.id(), signalIds), null);
    }

    private ProfessionalContact contact(UUID organisationId, UUID professionalId) {
        professionals
                .findInOrganisation(professionalId, organisationId)
                .orElseThrow(ProfessionalNotFoundException::new);
        return professionals.contacts(List.of(professionalId)).get(0);
    }

    private List<SignalView> withNames(List<Row> signals) {
        var ids = signals.stream().map(Row::professionalId).distinct().toList();
        Map<UUID, String> names = professionals.contacts(ids).stream()
                .collect(Collectors.toMap(ProfessionalContact::id, ProfessionalContact::name));
        return signals.stream()
                .map(signal -> new SignalView(signal, names.getOrDefault(signal.professionalId(), "")))
                .toList();
    }

    private static UUID administeredOrganisation(SignedInAccount account) {
        var organisationId = account.organisationId();
        if (account.role() != AccountRole.ORGANISATION_ADMINISTRATOR || organisationId == null) {
            throw new AccessDeniedException("Account " + account.id() + " is not an organisation administrator's");
        }
        return organisationId;
    }

    /** A signal of the organisation with the name of its professional. */
    record SignalView(Row signal, String professionalName) {}

    /** The content of the transfer form: the departing professional, their active signals and the active colleagues. */
    record TransferForm(
            ProfessionalContact departing, List<SignalView> signals, List<ProfessionalContact> colleagues) {}

    /**
     * The outcome of a transfer request.
     *
     * @param outcome the counts, {@code null} when the request was rejected
     * @param error the code of the rejection, {@code null} when the signals were handed over
     */
    record TransferResult(
            @Nullable TransferOutcome outcome, @Nullable String error) {

        static TransferResult rejected(String error) {
            return new TransferResult(null, error);
        }
    }

    /** The organisation has no professional with this id. The pages return 404, as for any unknown id. */
    static final class ProfessionalNotFoundException extends RuntimeException {

        ProfessionalNotFoundException() {
            super("The organisation has no professional with this id");
        }
    }
}
