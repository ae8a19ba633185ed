package kaigohojo.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kaigohojo.input.Location;

/** Where each field of a facility or an item was written, so later checks can point at it. */
public final class Positions {
    private final Location start;
    private final String pathPrefix;
    private final Map<String, Location> fields = new LinkedHashMap<>();
    private final Map<String, String> labels = new LinkedHashMap<>();

    public Positions(Location start, String pathPrefix) {
        this.start = start;
        this.pathPrefix = pathPrefix;
    }

    public Location start() { return start; }

    public void put(String field, Location at, String label) {
        fields.put(field, at);
        if (label != null) labels.put(field, label);
    }

    /** The place of a field, or the start of its record when the field was not written. */
    public Location of(String field) {
        return fields.getOrDefault(field, start);
    }

    /** The field's name as the input names it: a YAML path (items[2].unit_price) or a CSV header. */
    public String name(String field) {
        String label = labels.get(field);
        if (label != null) return label;
        return pathPrefix == null || pathPrefix.isEmpty() ? field : pathPrefix + "." + field;
    }

    public Map<String, Location> all() { return Collections.unmodifiableMap(fields); }
}
