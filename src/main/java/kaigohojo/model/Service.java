package kaigohojo.model;

import java.util.List;

/**
 * A kind of care service (product.md §4): its canonical Japanese name, its サービス種類コード (empty for
 * the homes that are not 介護保険 services), an English name and the short names people use.
 */
public record Service(String name, List<String> codes, String en, List<String> aliases) {
    public String label(kaigohojo.text.Lang lang) { return lang.pick(name, en); }
    public String code() { return codes.isEmpty() ? "" : codes.get(0); }
}
