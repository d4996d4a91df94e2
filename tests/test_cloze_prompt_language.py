"""A cloze card without a prompt is prompted in the pack's language: a learner of a Russian pack reads
"Заполните пропуски.", not "Fill in the blanks."; written back, the default prompt is left out again."""

from __future__ import annotations

import pytest

from studybot.core.packs import load_pack_text
from studybot.core.packs.writer import dump_pack

PACK = """\
format: 1
id: t
title: T
language: {language}
sections:
  - id: s1
    title: One
    notes: Some notes.
cards:
  - id: c1
    section: s1
    kind: cloze
    text: "{text}"
{prompt}"""


def _pack(language: str, text: str, prompt: str = ""):
    return load_pack_text(PACK.format(language=language, text=text, prompt=prompt), "pack.yaml")


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("ru", "Порт принимал {{42}} судна.", "Заполните пропуски."),
    ("en", "The port handled {{42}} ships.", "Fill in the blanks."),
])
def test_the_default_prompt_is_in_the_packs_language(language, text, expected):
    [card] = _pack(language, text).cards
    assert card.prompt == expected


def test_a_prompt_the_pack_gives_is_kept():
    [card] = _pack("ru", "Порт принимал {{42}} судна.", "    prompt: Сколько судов?\n").cards
    assert card.prompt == "Сколько судов?"


@pytest.mark.parametrize("language", ["ru", "en"])
def test_the_default_prompt_is_not_written_back(language):
    pack = _pack(language, "Порт принимал {{42}} судна.")
    written = dump_pack(pack, header="test")
    assert "prompt" not in written
    assert load_pack_text(written, "again.yaml").cards[0].prompt == pack.cards[0].prompt
