package nl.verwijsindex.bench.population;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * Writes a {@link Person} as the BRP Personen API 2.x returns it for {@code RaadpleegMetBurgerservicenummer}:
 * only the requested {@code fields}, plus {@code opschortingBijhouding} when the record is suspended
 * (reason {@code O} after death, {@code E} after emigration), which the API always adds. A field
 * without a value is left out, as the API does.
 */
final class BrpJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] MONTHS = {
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december"
    };

    private final NationalPopulation population;

    BrpJson(NationalPopulation population) {
        this.population = population;
    }

    /** Returns the person's record with the requested fields, ages counted on {@code today}. */
    ObjectNode person(Person person, FieldSelection fields, LocalDate today) {
        var json = NODES.objectNode();
        json.put("burgerservicenummer", person.bsn());
        json.set("geslacht", sex(person.male()));
        json.set("naam", name(person, true));
        json.set("geboorte", NODES.objectNode().set("datum", date(person.birthDate())));
        if (person.deathDate() == null) {
            json.put("leeftijd", Period.between(person.birthDate(), today).getYears());
        } else {
            json.set("overlijden", NODES.objectNode().set("datum", date(person.deathDate())));
        }
        json.set(
                "gemeenteVanInschrijving",
                NODES.objectNode()
                        .put("code", person.municipalityCode())
                        .put("omschrijving", person.municipalityName()));
        if (!person.parents().isEmpty()) {
            json.set("ouders", parents(person.parents(), fields.needsRelatives("ouders")));
        }
        if (!person.children().isEmpty()) {
            json.set("kinderen", children(person.children(), fields.needsRelatives("kinderen")));
        }
        fields.prune(json);

        if (person.deathDate() != null) {
            json.set("opschortingBijhouding", suspension("O", "overlijden", person.deathDate()));
        } else if (person.emigrationDate() != null) {
            json.set("opschortingBijhouding", suspension("E", "emigratie", person.emigrationDate()));
        }
        return json;
    }

    /** Returns a date of type {@code Datum}, with its long form in Dutch. */
    static ObjectNode date(LocalDate date) {
        return NODES.objectNode()
                .put("type", "Datum")
                .put("datum", date.toString())
                .put("langFormaat", longForm(date));
    }

    private static String longForm(LocalDate date) {
        return date.getDayOfMonth() + " " + MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
    }

    private ArrayNode parents(List<String> bsns, boolean withDetails) {
        var array = NODES.arrayNode();
        for (int i = 0; i < bsns.size(); i++) {
            var parent = NODES.objectNode().put("burgerservicenummer", bsns.get(i));
            parent.put("ouderAanduiding", String.valueOf(i + 1));
            if (withDetails) {
                var person = population.person(bsns.get(i));
                parent.set("naam", name(person, false));
                parent.set("geslacht", sex(person.male()));
                parent.set("geboorte", NODES.objectNode().set("datum", date(person.birthDate())));
            }
            array.add(parent);
        }
        return array;
    }

    private ArrayNode children(List<String> bsns, boolean withDetails) {
        var array = NODES.arrayNode();
        for (var bsn : bsns) {
            var child = NODES.objectNode().put("burgerservicenummer", bsn);
            if (withDetails) {
                var person = population.person(bsn);
                child.set("naam", name(person, false));
                child.set("geboorte", NODES.objectNode().set("datum", date(person.birthDate())));
            }
            array.add(child);
        }
        return array;
    }

    private static ObjectNode name(Person person, boolean withFullName) {
        var name = NODES.objectNode().put("voornamen", person.givenName());
        if (!person.prefix().isEmpty()) {
            name.put("voorvoegsel", person.prefix());
        }
        name.put("geslachtsnaam", person.surname());
        name.put("voorletters", person.givenName().charAt(0) + ".");
        if (withFullName) {
            var prefix = person.prefix().isEmpty() ? "" : person.prefix() + " ";
            name.put("volledigeNaam", person.givenName() + " " + prefix + person.surname());
        }
        return name;
    }

    private static ObjectNode sex(boolean male) {
        return NODES.objectNode().put("code", male ? "M" : "V").put("omschrijving", male ? "man" : "vrouw");
    }

    private static ObjectNode suspension(String code, String description, LocalDate day) {
        var suspension = NODES.objectNode();
        suspension.set("reden", NODES.objectNode().put("code", code).put("omschrijving", description));
        suspension.set("datum", date(day));
        return suspension;
    }
}
