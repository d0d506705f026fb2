"""docs/schema.json describes every record quotex writes.

The records are checked with a small validator written here for just the keywords the schema
uses (type, enum, minimum, required, additionalProperties, properties), not the jsonschema package.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import quotex

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "schema.json").read_text(encoding="utf-8"))
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

ANNOTATIONS = {"$schema", "title", "description"}
KEYWORDS = {"type", "enum", "minimum", "required", "additionalProperties", "properties"}
TYPES = {
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
}


def validate(value, schema: dict, path: str = "$") -> list[str]:
    """The ways value breaks schema (empty when it is valid)."""
    unknown = set(schema) - KEYWORDS - ANNOTATIONS
    assert not unknown, f"the test validator does not know {sorted(unknown)} (at {path})"
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(TYPES[t](value) for t in types):
            return [f"{path}: {value!r} is not of type {types}"]
    problems = []
    if "enum" in schema and value not in schema["enum"]:
        problems.append(f"{path}: {value!r} is not one of {schema['enum']}")
    if "minimum" in schema and TYPES["number"](value) and value < schema["minimum"]:
        problems.append(f"{path}: {value!r} is below {schema['minimum']}")
    if isinstance(value, dict):
        problems += [f"{path}: {name!r} is missing" for name in schema.get("required", []) if name not in value]
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                problems += validate(item, properties[name], f"{path}.{name}")
            elif schema.get("additionalProperties", True) is False:
                problems.append(f"{path}: {name!r} is not allowed")
            elif isinstance(schema.get("additionalProperties"), dict):
                problems += validate(item, schema["additionalProperties"], f"{path}.{name}")
    return problems


TRICKY = [
    "",
    "“",
    "”We are ready,“ he said.",
    "“We are ready,” Peskov said.",
    "\"Unclosed quote, said Peskov.\n\nNext paragraph \"with\" marks.",
    "“One,” she said. “Two,” she added. “Three.”",
    "He called it “quiet diplomacy” and “a mistake.”",
    "According to Peskov, talks are going on. Lavrov said that the offer was “serious.”",
    "“Nested ‘inner’ quote,” said Maria Zakharova, Russia’s Foreign Ministry spokeswoman.",
    "« Nous sommes prêts », a dit Peskov. „Wir sind bereit“, sagte er.",
    "The film “War and Peace” was shown. ‘Words’ as words.",
    "We made a serious offer.\n\nSincerely John Kirby strategic communications coordinator",
    "“😀 emoji\u200b and\u00a0odd\u2028spaces,” 𝕏 said.\r\n",
    "“a”“b”“c”" * 50,
    "\x00\x1b[31m“control,”\x07 he said\x0c.",
]


def _records():
    for path in SEEDS:
        text = path.read_text(encoding="utf-8")
        for unattributed in (False, True):
            yield from quotex.extract(text, doc=str(path.relative_to(ROOT)), unattributed=unattributed)
    for i, text in enumerate(TRICKY):
        for unattributed in (False, True):
            yield from quotex.extract(text, doc=None if i % 2 else f"tricky-{i}", unattributed=unattributed)


def test_the_schema_uses_only_the_keywords_the_validator_knows():
    assert SCHEMA["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    validate({}, SCHEMA)                                   # asserts on unknown keywords
    for prop in SCHEMA["properties"].values():
        validate(None, prop)
        assert prop.get("description"), prop


def test_required_and_properties_follow_the_field_order():
    assert tuple(SCHEMA["required"]) == quotex.FIELDS
    assert tuple(SCHEMA["properties"]) == quotex.FIELDS
    assert SCHEMA["additionalProperties"] is False
    from quotex.model import KINDS
    assert tuple(SCHEMA["properties"]["kind"]["enum"]) == KINDS


def test_seed_articles_are_there():
    assert len(SEEDS) == 2


def test_every_record_is_valid():
    records = [q.to_dict() for q in _records()]
    assert len(records) > 40
    assert {r["kind"] for r in records} == {"direct", "partial", "block", "indirect"}
    assert any(r["speaker"] is None for r in records) and any(r["doc"] is None for r in records)
    for r in records:
        assert list(r) == list(quotex.FIELDS)
        assert validate(r, SCHEMA) == [], r
        assert validate(json.loads(json.dumps(r, ensure_ascii=False)), SCHEMA) == [], r


def test_the_golden_jsonl_files_are_valid():
    files = sorted((ROOT / "tests" / "golden").glob("*.jsonl"))
    if not files:
        pytest.skip("no tests/golden/*.jsonl")
    for path in files:
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            assert list(record) == list(quotex.FIELDS), path
            assert validate(record, SCHEMA) == [], (path, record)


GOOD = quotex.extract("“We are ready,” Peskov said.", doc="d")[0].to_dict()


@pytest.mark.parametrize("change, problem", [
    ({"kind": "mixed"}, "is not one of"),
    ({"start": -1}, "is below"),
    ({"index": True}, "is not of type"),
    ({"index": 1.0}, "is not of type"),
    ({"sentence": "0"}, "is not of type"),
    ({"speaker_start": "3"}, "is not of type"),
    ({"speaker_end": -2}, "is below"),
    ({"rule": None}, "is not of type"),
    ({"doc": 7}, "is not of type"),
    ({"extra": 1}, "is not allowed"),
])
def test_the_validator_catches_bad_records(change, problem):
    assert validate(GOOD, SCHEMA) == []
    problems = validate({**GOOD, **change}, SCHEMA)
    assert len(problems) == 1 and problem in problems[0], problems


@pytest.mark.parametrize("field", quotex.FIELDS)
def test_every_field_is_required(field):
    record = {k: v for k, v in GOOD.items() if k != field}
    assert validate(record, SCHEMA) == [f"$: {field!r} is missing"]


def test_nullable_fields_accept_null():
    nullable = {"doc", "speaker", "speaker_mention", "speaker_start", "speaker_end", "role", "cue"}
    assert validate({**GOOD, **dict.fromkeys(nullable)}, SCHEMA) == []
    for field in set(quotex.FIELDS) - nullable:
        assert validate({**GOOD, field: None}, SCHEMA) != [], field
