"""The bundled pack: valid, complete, and the shape instructors' editors expect."""

from __future__ import annotations

import json

import jsonschema
import pytest
import yaml

from studybot.core.packs import KINDS
from studybot.core.validate import check_pack
from studybot.paths import content_dir, default_pack


@pytest.fixture(scope="module")
def checked():
    return check_pack(default_pack())


def test_bundled_pack_has_no_errors(checked):
    pack, problems = checked
    errors = [str(p) for p in problems if p.severity == "error"]
    assert pack is not None and errors == []


def test_every_section_has_notes_and_cards(checked):
    pack, _ = checked
    used = {c.section for c in pack.cards}
    for section in pack.sections:
        assert len(section.notes.split()) >= 20, section.id
        assert section.id in used, section.id


def test_size_and_kinds(checked):
    pack, _ = checked
    assert len(pack.cards) >= 30
    assert {c.kind for c in pack.cards} == set(KINDS)


class _Yaml12ish(yaml.SafeLoader):
    """Like an editor's YAML 1.2 language server: dates stay strings."""


_Yaml12ish.yaml_implicit_resolvers = {
    key: [(tag, rx) for tag, rx in value if tag != "tag:yaml.org,2002:timestamp"]
    for key, value in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def test_bundled_pack_passes_its_json_schema():
    schema = json.loads((content_dir() / "pack.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    data = yaml.load(default_pack().read_text(encoding="utf-8"), Loader=_Yaml12ish)
    jsonschema.validate(data, schema)


def test_schema_rejects_a_misplaced_field():
    schema = json.loads((content_dir() / "pack.schema.json").read_text(encoding="utf-8"))
    data = yaml.load(default_pack().read_text(encoding="utf-8"), Loader=_Yaml12ish)
    short = next(c for c in data["cards"] if c["kind"] == "short")
    short["options"] = ["a", "b"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(data, schema)
