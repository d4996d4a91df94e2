"""A pack's phrase for an option (a `synonyms` group of whole phrases, or an alias keyed by the option's words)
selects the option though its words are ones the grader rewrites ("last longer" is read as "more long"): the pack's
phrases are read before those rewrites, so "it made the harvest come later" with the group [delayed the harvest,
made the harvest come later] is the option "it delayed the harvest". Without the group it is not; the phrase
beside another option's words, negated, or another wording is not the option either. Invented subjects
(`core/early_phrases.py`, validate's advice for a choice card)."""

from __future__ import annotations

import pytest

from studybot.core.example_advice import advice
from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

OPTIONS = ("it brought the harvest forward", "it delayed the harvest", "it ruined the harvest")
CARD = Card(id="c", section="s", kind="choice", prompt="What did the late frost do?", answer="it delayed the harvest",
            options=OPTIONS)
GROUP = (("delayed the harvest", "made the harvest come later"),)
ALIAS = {"it delayed the harvest": ("it made the harvest come later",)}

CASES = [
    ("it made the harvest come later", GROUP, {}, True),
    ("made the harvest come later", GROUP, {}, True),
    ("it made the harvest come later", (), ALIAS, True),
    ("it made the harvest come later", (), {}, False),
    ("it made the harvest come sooner", GROUP, {}, False),
    ("it did not make the harvest come later", GROUP, {}, False),
    ("it made the harvest come later and brought the harvest forward", GROUP, {}, False),
    ("it ruined the harvest", GROUP, {}, False),
]


@pytest.mark.parametrize(("given", "synonyms", "aliases", "right"), CASES)
def test_pack_phrase_selects_option(given: str, synonyms: tuple[tuple[str, ...], ...],
                                    aliases: dict[str, tuple[str, ...]], right: bool) -> None:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="Frost."),), cards=(CARD,),
                aliases=aliases, synonyms=synonyms)
    assert Grader.for_pack(pack).grade(CARD, given).correct is right


def test_advice_names_whole_wordings() -> None:
    assert "each wording whole" in advice(CARD, listed_right=True)
