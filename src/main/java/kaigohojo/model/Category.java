package kaigohojo.model;

import java.util.List;

/** An item category of product.md §3: its id, its Japanese label, an English label, other accepted names. */
public record Category(String id, String ja, String en, List<String> aliases) {
    public String label(kaigohojo.text.Lang lang) { return lang.pick(ja, en); }
}
