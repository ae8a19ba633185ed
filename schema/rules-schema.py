#!/usr/bin/env python3
"""Writes schema/kaigo-hojo-rules.schema.json, the JSON Schema of a prefecture's rules file (#12),
from the built-in national-r8.yaml (every value a file may override, with its type) and the value
forms of the submission schema. Run it after adding a rule value:  python3 schema/rules-schema.py
RulesSchemaTest fails when the schema and the loader disagree."""
import json, os, yaml

here = os.path.dirname(os.path.abspath(__file__))
base = yaml.load(open(os.path.join(here, '../src/main/resources/kaigohojo/rules/national-r8.yaml'), encoding='utf-8'),
                 Loader=yaml.BaseLoader)
sub = json.load(open(os.path.join(here, 'kaigo-hojo-submission.schema.json'), encoding='utf-8'))
META = ['id', 'extends', 'fiscal_year', 'title', 'sources', 'source', 'cite', 'verified', 'description', 'tier', 'read']
LEAF = ['value', 'source', 'cite', 'verified', 'note', 'note_ja', 'text', 'tier', 'read']
TIERS = ['A', 'B', 'C', 'D', 'INT']

def value_schema(t):
    if t == 'fraction':
        return {"description": "分数（例 3/4）。 / A fraction such as 3/4.", "type": "string", "pattern": r"^\s*[0-9０-９]+\s*[/／]\s*[0-9０-９]+\s*$"}
    if t == 'yen':
        return {"$ref": "#/definitions/amount"}
    if t == 'yen_or_none':
        return {"anyOf": [{"$ref": "#/definitions/amount"}, {"$ref": "#/definitions/none"}]}
    if t == 'count':
        return {"anyOf": [{"type": "integer", "minimum": 0}, {"type": "string", "pattern": r"^\s*[0-9０-９]+\s*$"}]}
    if t == 'boolean':
        return {"$ref": "#/definitions/boolean"}
    if t == 'date_or_none':
        return {"anyOf": [{"$ref": "#/definitions/date"}, {"$ref": "#/definitions/none"}]}
    if t == 'text_or_none':
        return {"anyOf": [{"type": "string"}, {"type": "null"}]}
    if t.startswith('enum('):
        return {"type": "string", "enum": t[5:-1].split('|')}
    if t.startswith('list('):
        return {"description": "一覧（" + t[5:-1] + "）。 / A list of " + t[5:-1] + ".",
                "anyOf": [{"type": "array", "items": {"type": "string"}}, {"type": "string"}, {"type": "null"}]}
    raise SystemExit('unknown type ' + t)

def leaf(node):
    v = value_schema(node['type'])
    props = {"value": v}
    for k in LEAF[1:]:
        props[k] = {"$ref": "#/definitions/" + {"verified": "boolean", "tier": "tier", "read": "date"}.get(k, "text")}
    d = "ja: " + node.get('note_ja', '') if node.get('note_ja') else None
    out = {"anyOf": [v, {"type": "object", "additionalProperties": False, "required": ["value"], "properties": props}]}
    cite = node.get('cite')
    out["description"] = ("根拠: " + cite if cite else "") + (" / " + node['note'] if node.get('note') else "")
    return out

def section(m):
    props = {}
    for k, n in m.items():
        if isinstance(n, dict) and 'value' in n:
            props[k] = leaf(n)
        else:
            props[k] = {"anyOf": [section(n), {"type": "null"}]}
    return {"type": "object", "additionalProperties": False, "properties": props}

top = {k: v for k, v in base.items() if k not in META}
body = section(top)
text = {"type": "string"}
props = {
    "id": {"description": "この規則の名前（--rules や extends で使う）。 / The rule set's id.", "type": "string"},
    "extends": {"description": "引き継ぐ規則: 組み込みの名前（national-r8 など）か規則ファイル。 / The rule set this file extends.", "type": "string"},
    "fiscal_year": {"description": "年度（西暦）。 / Fiscal year.", "anyOf": [{"type": "integer", "minimum": 2000, "maximum": 2200}, {"type": "string", "pattern": r"^\s*[0-9]{4}\s*$"}]},
    "title": {"anyOf": [text, {"type": "object", "additionalProperties": False, "properties": {"ja": text, "en": text}}]},
    "sources": {"description": "出典の一覧。 / The sources this file cites.", "type": "object"},
    "source": {"description": "このファイルの値の出典（sources のキー）。 / The default source of this file's values.", "type": "string"},
    "cite": {"description": "既定の根拠。 / The default citation.", "type": "string"},
    "verified": {"description": "原文で確かめた値か（既定 false）。 / Whether the values were read in the primary text (default false).", "$ref": "#/definitions/boolean"},
    "description": text,
    "tier": {"$ref": "#/definitions/tier"},
    "read": {"$ref": "#/definitions/date"},
}
props.update(body["properties"])
defs = {k: sub["definitions"][k] for k in ("amount", "boolean", "date")}
defs["none"] = {"anyOf": [{"type": "null"}, {"type": "string", "enum": ["none", "null", "なし", "~"]}]}
defs["text"] = {"type": "string"}
defs["tier"] = {"description": "確からしさ: A 公式のページ、B その写し、C 二次資料、D 業者の資料、INT 解釈。 / Tier.", "type": "string", "enum": TIERS}
schema = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "title": "kaigo-hojo rules file (a prefecture's rules, extends a built-in set)",
    "description": "kaigo-hojo の都道府県の規則ファイル: extends で組み込みの規則を引き継ぎ、違う値だけを書く。値は「rate: 3/4」のように直接、または {value, source, cite, verified, tier, read, note, note_ja, text} で書く。作り方: kaigo-hojo rules template。 / A prefecture's rules file: it extends a built-in set and overrides values, each either directly or as {value, source, …}. Start from: kaigo-hojo rules template.",
    "type": "object",
    "additionalProperties": False,
    "required": ["extends"],
    "properties": props,
    "definitions": defs,
}
# sources: each {ja, en, verified, tier, read, url}; the loader checks their keys (draft-07 here has no
# schema for the values of free keys without patternProperties, which the test's validator does not read)
with open(os.path.join(here, 'kaigo-hojo-rules.schema.json'), 'w', encoding='utf-8') as f:
    f.write(json.dumps(schema, indent=2, ensure_ascii=False) + '\n')
