package nl.verwijsindex.registration.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verwijsindex.organisations.ActiveSignalCounts;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads and reassigns the signals of an organisation for its administrator. The rows contain no
 * BSN and no pseudonym, so the administrator learns that a signal exists but never about which child.
 */
@Repository
class OrganisationSignalRows implements ActiveSignalCounts {

    private final JdbcClient jdbc;

    OrganisationSignalRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, Integer> byProfessional(UUID organisationId) {
        var counts = new HashMap<UUID, Integer>();
        jdbc.sql("""
                        select professional_id, count(*) as active_signals from signals
                         where organisation_id = ? and status = 'active' group by professional_id
                        """)
                .param(organisationId)
                .query((rs, row) ->
                        counts.put(rs.getObject("professional_id", UUID.class), rs.getInt("active_signals")))
                .list();
        return counts;
    }

    /** Returns the organisation's signals: active ones first, each group newest first. */
    // NOTE: not paged; an organisation with many thousands of signals gets one long page.
    List<Row> ofOrganisation(UUID organisationId) {
        return query("organisation_id = ?", organisationId);
    }

    /** Returns the professional's active signals in the organisation, newest first. */
    List<Row> activeOfProfessional(UUID organisationId, UUID professionalId) {
        return query(
                "organisation_id = ? and professional_id = ? and status = 'active'", organisationId, professionalId);
    }

    void reassign(UUID signalId, UUID professionalId) {
        jdbc.sql("update signals set professional_id = ? where id = ?")
                .params(professionalId, signalId)
                .update();
    }

    private List<Row> query(String condition, Object... parameters) {
        return jdbc.sql("select id, number, professional_id, registered_on, end_date, own_reference, status, ended_on"
                        + " from signals where " + condition
                        + " order by status = 'active' desc, registered_on desc, number desc")
                .params(parameters)
                .query((rs, row) -> new Row(
                        rs.getObject("id", UUID.class),
                        rs.getLong("number"),
                        rs.getObject("professional_id", UUID.class),
                        rs.getObject("registered_on", LocalDate.class),
                        rs.getObject("end_date", LocalDate.class),
                        rs.getString("own_reference"),
                        rs.getString("status"),
                        rs.getObject("ended_on", LocalDate.class)))
                .list();
    }

    /**
     * One signal as the organisation administrator's pages show it.
     *
     * @param status {@code active} or {@code archived}
     */
    record Row(
            UUID id,
            long number,
            UUID professionalId,
            LocalDate registeredOn,
            LocalDate endDate,
            @Nullable String ownReference,
            String status,
            @Nullable LocalDate endedOn) {

        public boolean active() {
            return status.equals("active");
        }
    }
}
