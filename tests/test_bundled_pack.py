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


def test_classroom_ready(checked, report):
    """Issue 3's bar: 110+ cards, 25+ argument cards, every card explained, tagged and with
    three right and three wrong examples, mistakes with feedback on 40+ cards."""
    pack, _ = checked
    cards = pack.cards
    arguments = [c for c in cards if c.kind in ("list", "explain")]
    with_mistakes = [c for c in cards if c.mistakes]
    assert len(cards) >= 110
    assert len(arguments) >= 25
    assert all(c.keypoints and c.needed >= 1 for c in arguments)
    assert len(with_mistakes) >= 40
    for card in cards:
        assert card.explanation and card.tags, card.id
        assert len(card.examples_right) >= 3 and len(card.examples_wrong) >= 3, card.id
    kinds = {k: sum(c.kind == k for c in cards) for k in KINDS}
    by_kind = ", ".join(f"{k} {n}" for k, n in kinds.items())
    report(f"bundled pack: {len(pack.sections)} sections, {len(cards)} cards ({by_kind}); "
           f"{len(arguments)} argument cards; mistakes on {len(with_mistakes)} cards; "
           f"{len(pack.aliases)} alias entries")


def test_aliases_cover_the_names_learners_spell_differently(checked):
    pack, _ = checked
    spellings = {v.casefold() for variants in pack.aliases.values() for v in variants}
    spellings |= {k.casefold() for k in pack.aliases}
    for name in ("makey", "lukashenka", "dea", "inf", "ekho moskvy", "jennifer moore"):
        assert name in spellings, name
