"""The JSON Schema editors use: generated from the field table, shipped as content/pack.schema.json."""

from __future__ import annotations

import json

import jsonschema

from studybot.cli import main
from studybot.core.packs import pack_schema
from studybot.core.packs.fields import OBJECTS
from studybot.paths import content_dir

SHIPPED = content_dir() / "pack.schema.json"


def test_the_shipped_schema_is_the_generated_one():
    """Fails when the field table changed and content/pack.schema.json was not regenerated:
    run `studybot schema > content/pack.schema.json`."""
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == pack_schema()


def test_studybot_schema_prints_the_shipped_file(capsys):
    assert main(["schema"]) == 0
    assert capsys.readouterr().out == SHIPPED.read_text(encoding="utf-8")


def test_it_is_a_draft_2020_12_schema():
    schema = pack_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)


def test_every_field_has_a_description_editors_show():
    for name, obj in OBJECTS.items():
        for field in obj.fields:
            assert field.description.strip(), f"{name}.{field.name}"

    def walk(node, where):
        if isinstance(node, dict):
            for key, value in node.get("properties", {}).items():
                assert value.get("description"), f"{where}.{key}"
            for key, value in node.items():
                if key != "if":  # the kind rules match on `kind`, they add no fields
                    walk(value, f"{where}.{key}")
        elif isinstance(node, list):
            for item in node:
                walk(item, where)

    walk(pack_schema(), "pack")


def minimal(card: dict) -> dict:
    return {"format": 1, "id": "t", "title": "T", "sections": [{"id": "s1", "title": "One", "notes": "N."}],
            "cards": [{"id": "c1", "section": "s1", **card}]}


def test_kind_rules_follow_the_table():
    validator = jsonschema.Draft202012Validator(pack_schema())
    assert validator.is_valid(minimal({"kind": "short", "prompt": "Q?", "answer": "A"}))
    assert validator.is_valid(minimal({"kind": "cloze", "text": "It is {{42}}."}))
    assert validator.is_valid(minimal({"kind": "order", "prompt": "Order?", "items": ["a", "b"]}))
    assert not validator.is_valid(minimal({"kind": "short", "prompt": "Q?", "answer": "A", "number": {"value": 1}}))
    assert not validator.is_valid(minimal({"kind": "numeric", "prompt": "Q?", "answer": "A"}))
    assert not validator.is_valid(minimal({"kind": "short", "answer": "A"}))
    assert not validator.is_valid(minimal({"kind": "essay", "prompt": "Q?", "answer": "A"}))


def test_a_schema_is_a_fresh_document_each_time():
    schema = pack_schema()
    schema["properties"]["title"]["minLength"] = 99
    assert pack_schema()["properties"]["title"]["minLength"] == 1


def test_language_and_synonyms_in_the_schema():
    validator = jsonschema.Draft202012Validator(pack_schema())
    card = {"kind": "short", "prompt": "Q?", "answer": "A"}
    assert validator.is_valid({**minimal(card), "language": "ru", "synonyms": [["fell", "dropped"]]})
    assert not validator.is_valid({**minimal(card), "language": "eng"})
    assert not validator.is_valid({**minimal(card), "synonyms": [["fell"]]})
    assert not validator.is_valid({**minimal(card), "synonyms": ["fell", "dropped"]})
    assert pack_schema()["properties"]["language"]["default"] == "en"
