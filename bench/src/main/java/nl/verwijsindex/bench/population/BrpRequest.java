package nl.verwijsindex.bench.population;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A checked {@code RaadpleegMetBurgerservicenummer} request: 1 to 20 BSNs of nine digits and at
 * least one field, as the BRP Personen API 2.x requires. An invalid request raises
 * {@link Invalid} with the parameter and the code that the API's {@code invalidParams} would name.
 */
record BrpRequest(List<String> bsns, FieldSelection fields) {

    static final String TYPE = "RaadpleegMetBurgerservicenummer";
    static final int MAX_BSNS = 20;
    private static final Pattern NINE_DIGITS = Pattern.compile("^[0-9]{9}$");

    /** An invalid request parameter, as the API reports it in {@code invalidParams}. */
    static final class Invalid extends Exception {
        final String name;
        final String code;

        Invalid(String name, String code, String reason) {
            super(reason);
            this.name = name;
            this.code = code;
        }
    }

    static BrpRequest parse(JsonNode body) throws Invalid {
        if (body == null || !body.isObject()) {
            throw new Invalid("body", "object", "The request body must be a JSON object.");
        }
        if (!TYPE.equals(body.path("type").asText(null))) {
            throw new Invalid("type", "value", "The type must be " + TYPE + ".");
        }
        return new BrpRequest(bsns(body.path("burgerservicenummer")), new FieldSelection(fields(body.path("fields"))));
    }

    private static List<String> bsns(JsonNode node) throws Invalid {
        if (!node.isArray() || node.isEmpty()) {
            throw new Invalid("burgerservicenummer", "required", "Give 1 to " + MAX_BSNS + " BSNs.");
        }
        if (node.size() > MAX_BSNS) {
            throw new Invalid("burgerservicenummer", "maxItems", "Give at most " + MAX_BSNS + " BSNs.");
        }
        var bsns = new ArrayList<String>();
        for (int i = 0; i < node.size(); i++) {
            var value = node.get(i);
            if (!value.isTextual() || !NINE_DIGITS.matcher(value.asText()).matches()) {
                throw new Invalid("burgerservicenummer[" + i + "]", "pattern", "A BSN is nine digits.");
            }
            if (!bsns.contains(value.asText())) {
                bsns.add(value.asText());
            }
        }
        return bsns;
    }

    private static List<String> fields(JsonNode node) throws Invalid {
        if (!node.isArray() || node.isEmpty()) {
            throw new Invalid("fields", "required", "Name at least one field.");
        }
        var fields = new ArrayList<String>();
        for (int i = 0; i < node.size(); i++) {
            var value = node.get(i);
            if (!value.isTextual() || value.asText().isBlank()) {
                throw new Invalid("fields[" + i + "]", "pattern", "A field is a dotted path.");
            }
            var root = value.asText().split("\\.", 2)[0];
            if (FieldSelection.IMPLICIT.contains(root)) {
                throw new Invalid("fields[" + i + "]", "fields", root + " is always returned and cannot be requested.");
            }
            fields.add(value.asText());
        }
        return fields;
    }
}
