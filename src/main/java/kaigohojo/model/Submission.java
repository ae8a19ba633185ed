package kaigohojo.model;

import java.util.List;
import kaigohojo.input.Location;

/** One facility's submission: a YAML document or a CSV facility block. */
public record Submission(Location source, String encoding, Facility facility, List<Item> items) {
    public Submission {
        items = List.copyOf(items);
    }

    public Item item(String id) {
        for (Item i : items) if (i.id().equals(id)) return i;
        return null;
    }
}
