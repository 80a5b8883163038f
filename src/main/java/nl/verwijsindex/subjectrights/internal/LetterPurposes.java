package nl.verwijsindex.subjectrights.internal;

import java.util.Map;

/**
 * The plain Dutch words in the inspection letter for the purpose codes of audit entries and for the
 * index's own jobs, so that parents and young people can read the access log without knowing the
 * index's codes. An unknown code gets a general description, never the code itself.
 */
final class LetterPurposes {

    private static final Map<String, String> PURPOSES = Map.ofEntries(
            Map.entry("register-signal", "melding gedaan"),
            Map.entry("read-signal", "melding bekeken"),
            Map.entry("list-signals", "lijst van meldingen bekeken"),
            Map.entry("end-signal", "melding beëindigd"),
            Map.entry("extend-signal", "melding verlengd"),
            Map.entry("record-informing", "vastgelegd dat ouders of jongere zijn geïnformeerd"),
            Map.entry("postpone-informing", "vastgelegd dat het informeren van ouders of jongere is uitgesteld"),
            Map.entry("transfer-signals", "melding overgedragen aan een andere beroepskracht"),
            Map.entry("read-transfer-signals", "meldingen bekeken om ze over te dragen"),
            Map.entry("list-organisation-signals", "meldingen van de organisatie bekeken"),
            Map.entry("match-notification", "e-mail over een match verstuurd"),
            Map.entry("list-matches", "matches bekeken"),
            Map.entry("propose-coordinator", "regievoerder voorgesteld"),
            Map.entry("accept-coordinator", "regie op zich genomen"),
            Map.entry("decline-coordinator", "regie afgewezen"),
            Map.entry("record-contact", "contact tussen beroepskrachten vastgelegd"),
            Map.entry("remind-informing", "herinnering verstuurd om ouders of jongere te informeren"),
            Map.entry("remind-ending", "herinnering verstuurd dat de melding bijna afloopt"),
            Map.entry("notify-objection-upheld", "e-mail verstuurd dat een melding na bezwaar is verwijderd"),
            Map.entry("tell-move", "gemeente geïnformeerd over een verhuizing"),
            Map.entry("expire-signals", "melding gearchiveerd omdat de einddatum is bereikt"),
            Map.entry("recheck-population", "gegevens gecontroleerd in de Basisregistratie Personen"),
            Map.entry("send-reminders", "herinneringen verstuurd"),
            Map.entry("destroy-23rd-birthday", "melding vernietigd op de 23e verjaardag"),
            Map.entry("destroy-death", "melding vernietigd na overlijden"),
            Map.entry("destroy-objection-upheld", "melding vernietigd na een gegrond bezwaar"),
            Map.entry("destroy-archived-signal", "gearchiveerde melding vernietigd na 5 jaar"),
            Map.entry("rights-request", "verzoek om inzage, correctie of bezwaar behandeld"));

    private static final Map<String, String> JOBS = Map.of(
            "notification-dispatcher", "de e-mailverzending van de verwijsindex",
            "child-destruction", "de verwijsindex bij het vernietigen van gegevens",
            "destroy-archived-signals", "de verwijsindex bij het opruimen van het archief",
            "expire-signals", "de verwijsindex bij het archiveren van verlopen meldingen",
            "recheck-population", "de verwijsindex bij de controle in de Basisregistratie Personen",
            "send-reminders", "de verwijsindex bij het versturen van herinneringen",
            "queue-move-notices", "de verwijsindex bij een verhuizing");

    private LetterPurposes() {}

    /** Returns the purpose in plain Dutch, or a general description for an unknown code. */
    static String purpose(String code) {
        return PURPOSES.getOrDefault(code, "ander gebruik door de verwijsindex");
    }

    /** Returns the index's own job in plain Dutch, or a general description for an unknown job. */
    static String job(String code) {
        return JOBS.getOrDefault(code, "de verwijsindex zelf");
    }
}
