"""packs.writer: a pack written as YAML reads back as the same pack; any text survives as a value."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from studybot.core.packs import load_pack, load_pack_text
from studybot.core.packs.writer import dump_pack, scalar
from studybot.paths import default_pack

from .conftest import DATA

PACKS = [default_pack(), DATA / "mini-pack.yaml", DATA / "traps-pack.yaml",
         *sorted(p for p in (DATA / "packs").glob("*.yaml") if p.name.count(".") == 1)]


def without_positions(pack):
    return dataclasses.replace(pack, path="", sections=tuple(dataclasses.replace(s, line=0) for s in pack.sections),
                               cards=tuple(dataclasses.replace(c, line=0) for c in pack.cards))


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_every_pack_reads_back_the_same(path):
    pack = load_pack(path)
    text = dump_pack(pack, header="written by a test")
    assert text.startswith("# yaml-language-server: $schema=pack.schema.json\n# written by a test\n")
    assert without_positions(load_pack_text(text)) == without_positions(pack)


@settings(max_examples=300, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=60).filter(str.strip))
def test_any_text_is_one_value(text):
    read = load_pack_text(f"format: 1\nid: p\ntitle: {scalar(text)}\nsections: [{{id: s, title: t, notes: n}}]\n"
                          "cards: [{id: c, section: s, kind: short, prompt: p, answer: a}]\n")
    assert read.title == text


@pytest.mark.parametrize(("text", "plain"), [("Marta Olsen", True), ("no", False), ("1788", False),
                                             ("2019-10-29", False), ("a: b", False), ("C#3", True),
                                             ("see slide #3", False), ("ratio:1", True), ("- item", False)])
def test_plain_only_when_it_reads_back_as_text(text, plain):
    assert (scalar(text) == text) is plain
