package kaigohojo.model;

import java.util.List;
import kaigohojo.input.Location;

/**
 * One facility's submission: a YAML document or a CSV facility block.
 *
 * @param warnings what was read but could not be used and changes no amount (#9: an unknown prefecture,
 *     an optional field, is left empty with a warning rather than refusing the facility)
 */
public record Submission(Location source, String encoding, Facility facility, List<Item> items,
                         List<kaigohojo.input.Problem> warnings) {
    public Submission {
        items = List.copyOf(items);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Submission(Location source, String encoding, Facility facility, List<Item> items) {
        this(source, encoding, facility, items, List.of());
    }

    public Item item(String id) {
        for (Item i : items) if (i.id().equals(id)) return i;
        return null;
    }
}
