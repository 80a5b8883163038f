package nl.verwijsindex.population;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns an RvIG test person from the GBA form of the BRP API mock into the form in which the BRP
 * Personen API 2.7.0 returns it: dates as {@code Datum}, {@code JaarMaandDatum}, {@code JaarDatum} or
 * {@code DatumOnbekend}, the secrecy indication as a boolean, and only the fields the index requests
 * plus those the API always adds.
 */
final class RvigToApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String[] MONTHS = {
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december"
    };

    private RvigToApi() {}

    static ObjectNode person(JsonNode gba) {
        var person = JSON.createObjectNode();
        person.put("burgerservicenummer", gba.path("burgerservicenummer").stringValue());

        var birth = gba.path("geboorte").path("datum");
        if (birth.isString()) {
            person.putObject("geboorte").set("datum", date(birth.stringValue()));
        }

        var death = gba.path("overlijden").path("datum");
        if (death.isString()) {
            person.putObject("overlijden").set("datum", date(death.stringValue()));
        }

        var suspension = gba.path("opschortingBijhouding");
        if (suspension.path("reden").isObject()) {
            var api = person.putObject("opschortingBijhouding");
            api.set("reden", suspension.path("reden").deepCopy());
            if (suspension.path("datum").isString()) {
                api.set("datum", date(suspension.path("datum").stringValue()));
            }
        }

        var municipality = gba.path("gemeenteVanInschrijving");
        if (municipality.path("code").isString()) {
            person.set("gemeenteVanInschrijving", municipality.deepCopy());
        }

        // The API leaves out an empty list, like every field without a value.
        var parents = gba.path("ouders").isEmpty() ? JSON.createArrayNode() : person.putArray("ouders");
        for (var parent : gba.path("ouders")) {
            var api = parents.addObject();
            if (parent.path("burgerservicenummer").isString()) {
                api.put(
                        "burgerservicenummer",
                        parent.path("burgerservicenummer").stringValue());
            }
            if (parent.path("ouderAanduiding").isString()) {
                api.put("ouderAanduiding", parent.path("ouderAanduiding").stringValue());
            }
        }

        var secrecy = gba.path("geheimhoudingPersoonsgegevens");
        if (secrecy.isString() && !secrecy.stringValue().equals("0") || secrecy.isNumber() && secrecy.asInt() != 0) {
            person.put("geheimhoudingPersoonsgegevens", true);
        }

        return person;
    }

    static ObjectNode date(@Nullable String yyyymmdd) {
        var date = JSON.createObjectNode();
        if (yyyymmdd == null || yyyymmdd.length() != 8 || yyyymmdd.startsWith("0000")) {
            return date.put("type", "DatumOnbekend").put("onbekend", true).put("langFormaat", "onbekend");
        }
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        int month = Integer.parseInt(yyyymmdd.substring(4, 6));
        int day = Integer.parseInt(yyyymmdd.substring(6, 8));
        if (month == 0) {
            return date.put("type", "JaarDatum").put("jaar", year).put("langFormaat", String.valueOf(year));
        }
        if (day == 0) {
            return date.put("type", "JaarMaandDatum")
                    .put("jaar", year)
                    .put("maand", month)
                    .put("langFormaat", MONTHS[month - 1] + " " + year);
        }
        var full = LocalDate.of(year, month, day);
        return date.put("type", "Datum")
                .put("datum", full.toString())
                .put("langFormaat", day + " " + MONTHS[month - 1] + " " + year);
    }
}
