package nl.verwijsindex.registration.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The signals table. */
@Repository
class Signals {

    private static final String COLUMNS = """
            id, number, child_pseudonym, parent_pseudonyms, pseudonym_key_version, professional_id,
            organisation_id, registered_on, end_date, own_reference, status, ended_on,
            informed_on, parents_informed, child_informed, informing_postponed_on
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    Signals(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Signal> findActive(Pseudonym child, UUID professionalId) {
        return jdbc.sql("select " + COLUMNS + " from signals where child_pseudonym = ? and professional_id = ?"
                        + " and status = 'active'")
                .params(child.value(), professionalId)
                .query(this::map)
                .optional();
    }

    Optional<Signal> findInOrganisation(UUID id, UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from signals where id = ? and organisation_id = ?")
                .params(id, organisationId)
                .query(this::map)
                .optional();
    }

    /** Returns the professional's signals: active ones first, each group newest first. */
    List<Signal> findOfProfessional(UUID professionalId) {
        return jdbc.sql("select " + COLUMNS + " from signals where professional_id = ?"
                        + " order by status = 'active' desc, registered_on desc, number desc")
                .param(professionalId)
                .query(this::map)
                .list();
    }

    Signal insert(NewSignal signal) {
        return jdbc.sql("""
                        insert into signals (id, child_pseudonym, parent_pseudonyms, pseudonym_key_version,
                                             bsn_ciphertext, encryption_key_version, professional_id, organisation_id,
                                             registered_on, end_date, own_reference, status, created_at,
                                             earliest_23rd_birthday)
                        values (:id, :child, :parents, :pseudonymVersion, :ciphertext, :encryptionVersion,
                                :professional, :organisation, :registeredOn, :endDate, :ownReference, 'active', :now,
                                :earliest23rdBirthday)
                        returning
                        """ + COLUMNS)
                .param("id", UUID.randomUUID())
                .param("child", signal.child().value())
                .param(
                        "parents",
                        signal.parents().stream().map(Pseudonym::value).toArray(byte[][]::new))
                .param("pseudonymVersion", signal.child().keyVersion())
                .param("ciphertext", signal.bsn().ciphertext())
                .param("encryptionVersion", signal.bsn().keyVersion())
                .param("professional", signal.professionalId())
                .param("organisation", signal.organisationId())
                .param("registeredOn", signal.registeredOn())
                .param("endDate", signal.endDate())
                .param("ownReference", signal.ownReference())
                .param("now", Timestamp.from(clock.instant()))
                .param("earliest23rdBirthday", signal.earliest23rdBirthday())
                .query(this::map)
                .single();
    }

    Signal archive(UUID id, LocalDate endedOn, String reason) {
        return jdbc.sql("update signals set status = 'archived', ended_on = ?, end_reason = ? where id = ? returning "
                        + COLUMNS)
                .params(endedOn, reason, id)
                .query(this::map)
                .single();
    }

    /** Returns the ids of the active signals whose end date is before the day, earliest end date first. */
    List<UUID> findActiveIdsEndedBefore(LocalDate day) {
        return jdbc.sql("select id from signals where status = 'active' and end_date < ? order by end_date, number")
                .param(day)
                .query(UUID.class)
                .list();
    }

    Optional<Signal> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from signals where id = ?")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Reads the signal and locks its row until the transaction ends. */
    Optional<Signal> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from signals where id = ? for update")
                .param(id)
                .query(this::map)
                .optional();
    }

    /** Reads the signal and locks its row until the transaction ends, so that changes to it run one at a time. */
    Optional<Signal> findInOrganisationForUpdate(UUID id, UUID organisationId) {
        return jdbc.sql("select " + COLUMNS + " from signals where id = ? and organisation_id = ? for update")
                .params(id, organisationId)
                .query(this::map)
                .optional();
    }

    Optional<EncryptedBsn> findEncryptedBsn(UUID id) {
        return jdbc.sql("select bsn_ciphertext, encryption_key_version from signals where id = ?")
                .param(id)
                .query((rs, row) ->
                        new EncryptedBsn(rs.getInt("encryption_key_version"), rs.getBytes("bsn_ciphertext")))
                .optional();
    }

    Signal recordInformed(UUID id, LocalDate informedOn, boolean parents, boolean child) {
        return jdbc.sql("update signals set informed_on = ?, parents_informed = ?, child_informed = ?"
                        + " where id = ? returning " + COLUMNS)
                .params(informedOn, parents, child, id)
                .query(this::map)
                .single();
    }

    Signal recordInformingPostponed(UUID id, LocalDate postponedOn) {
        return jdbc.sql("update signals set informing_postponed = true, informing_postponed_on = ?"
                        + " where id = ? returning " + COLUMNS)
                .params(postponedOn, id)
                .query(this::map)
                .single();
    }

    Signal changeEndDate(UUID id, LocalDate endDate) {
        return jdbc.sql("update signals set end_date = ? where id = ? returning " + COLUMNS)
                .params(endDate, id)
                .query(this::map)
                .single();
    }

    /** Reads every signal of the child, active and archived, and locks their rows until the transaction ends. */
    List<Signal> findOfChildForUpdate(Pseudonym child) {
        return jdbc.sql("select " + COLUMNS + " from signals where child_pseudonym = ? order by number for update")
                .param(child.value())
                .query(this::map)
                .list();
    }

    List<Signal> findOfChild(Pseudonym child) {
        return jdbc.sql("select " + COLUMNS + " from signals where child_pseudonym = ? order by number")
                .param(child.value())
                .query(this::map)
                .list();
    }

    void delete(UUID id) {
        jdbc.sql("delete from signals where id = ?").param(id).update();
    }

    private Signal map(ResultSet rs, int row) throws SQLException {
        int keyVersion = rs.getInt("pseudonym_key_version");
        return new Signal(
                rs.getObject("id", UUID.class),
                rs.getLong("number"),
                new Pseudonym(keyVersion, rs.getBytes("child_pseudonym")),
                parents(rs.getArray("parent_pseudonyms"), keyVersion),
                rs.getObject("professional_id", UUID.class),
                rs.getObject("organisation_id", UUID.class),
                rs.getObject("registered_on", LocalDate.class),
                rs.getObject("end_date", LocalDate.class),
                rs.getString("own_reference"),
                Signal.Status.fromCode(rs.getString("status")),
                rs.getObject("ended_on", LocalDate.class),
                new Informing(
                        rs.getObject("informed_on", LocalDate.class),
                        rs.getBoolean("parents_informed"),
                        rs.getBoolean("child_informed"),
                        rs.getObject("informing_postponed_on", LocalDate.class)));
    }

    private static List<Pseudonym> parents(Array array, int keyVersion) throws SQLException {
        return Arrays.stream((byte[][]) array.getArray())
                .map(value -> new Pseudonym(keyVersion, value))
                .toList();
    }

    record NewSignal(
            Pseudonym child,
            List<Pseudonym> parents,
            EncryptedBsn bsn,
            UUID professionalId,
            UUID organisationId,
            LocalDate registeredOn,
            LocalDate endDate,
            @Nullable String ownReference,
            LocalDate earliest23rdBirthday) {}
}
