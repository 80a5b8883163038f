package nl.verwijsindex.bench.population;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The {@code fields} of a request: dotted paths such as {@code ouders.burgerservicenummer}. A path
 * selects its whole subtree, and a path inside an array ({@code ouders}, {@code kinderen}) applies
 * to every element.
 */
final class FieldSelection {

    /** The fields the API adds by itself and rejects in a request. */
    static final Set<String> IMPLICIT = Set.of("opschortingBijhouding", "geheimhoudingPersoonsgegevens");

    private final List<String> paths;

    FieldSelection(List<String> paths) {
        this.paths = List.copyOf(paths);
    }

    /** Checks whether the relatives under {@code field} need more than their BSN and parent number. */
    boolean needsRelatives(String field) {
        for (var path : paths) {
            if (path.equals(field)
                    || path.startsWith(field + ".")
                            && !path.equals(field + ".burgerservicenummer")
                            && !path.equals(field + ".ouderAanduiding")) {
                return true;
            }
        }
        return false;
    }

    /** Removes every field of the record that no path selects. */
    void prune(ObjectNode record) {
        prune(record, "");
    }

    private void prune(ObjectNode object, String prefix) {
        var remove = new ArrayList<String>();
        var names = object.fieldNames();
        while (names.hasNext()) {
            var name = names.next();
            var path = prefix.isEmpty() ? name : prefix + "." + name;
            if (selects(path)) {
                continue;
            }
            if (!leadsTo(path)) {
                remove.add(name);
                continue;
            }
            pruneChild(object.get(name), path);
        }
        object.remove(remove);
    }

    private void pruneChild(JsonNode node, String path) {
        if (node.isObject()) {
            prune((ObjectNode) node, path);
        } else if (node.isArray()) {
            for (var element : node) {
                if (element.isObject()) {
                    prune((ObjectNode) element, path);
                }
            }
        }
    }

    /** Checks whether a requested path is this path or one of its ancestors. */
    private boolean selects(String path) {
        for (var requested : paths) {
            if (path.equals(requested) || path.startsWith(requested + ".")) {
                return true;
            }
        }
        return false;
    }

    /** Checks whether a requested path lies below this path. */
    private boolean leadsTo(String path) {
        for (var requested : paths) {
            if (requested.startsWith(path + ".")) {
                return true;
            }
        }
        return false;
    }
}
