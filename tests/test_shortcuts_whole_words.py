"""Passes of preparing an answer that skip their search when no whole word of the text can begin a match (issue
#11), each compared with the long way (the search run on every text): the pack's own phrases (`early_phrases`)
and a property's change said by its noun (`property_changes`). On real texts (the bundled pack's and development
packs' cards and labelled answers, never the held-out ones) and on invented ones."""

from __future__ import annotations

import pytest

from studybot.core import early_phrases as early
from studybot.core import property_changes as changes
from studybot.core.aliases import Aliases
from studybot.core.grading import Grader
from studybot.core.grading.base import _texts
from studybot.core.language import language
from studybot.core.packs import Pack, load_pack
from studybot.core.text import normalise
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, PACKS

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in ("1812", "inflation", "kisloty", "baikal")]


@pytest.fixture(scope="module", params=SETS, ids=lambda s: s[0].stem)
def texts(request) -> tuple[Pack, list[str]]:
    pack_path, answers_path = request.param
    pack = load_pack(pack_path)
    return pack, [*_texts(pack), *(row.answer for row in read_answer_rows(answers_path))]


def _early_long_way(text: str, aliases: Aliases) -> str:
    pattern, pairs, _ = early._table(aliases)
    return pattern.sub(lambda m: pairs[m.group(0)], text) if pattern is not None else text


def test_the_packs_phrases_are_found_as_the_full_search_finds_them(texts):
    """A text none of whose words begins one of the pack's phrases is left unsearched: the same text as searching
    it; and a text that holds a phrase is still rewritten."""
    pack, found = texts
    aliases = Grader.for_pack(pack).aliases
    pattern, pairs, _ = early._table(aliases)
    phrases = list(pairs)[:40]
    samples = [*found, *phrases, *(f"so {p}, then" for p in phrases), *(f"x{p}" for p in phrases)]
    for text in map(normalise, samples):
        assert early.early_phrases(text, aliases) == _early_long_way(text, aliases), text
    assert all(early.early_phrases(p, aliases) == pairs[p] for p in phrases if pattern and pattern.fullmatch(p))


@pytest.mark.parametrize(("phrases", "quick"), [
    ({"Gustav Wilkins": ("the old founder",), "lift": ("raise up", "jack up")}, True),
    ({"lift": ("(raised) up",)}, False),  # a phrase that begins with no word: searched every time
])
def test_a_phrase_is_found_by_its_first_word(phrases: dict[str, tuple[str, ...]], quick: bool) -> None:
    aliases = Aliases(phrases, language("en"))
    _, pairs, firsts = early._table(aliases)
    assert (firsts is not None) is quick
    for text in ["they jack up the car", "the old founder came", "raise upwards", "raised up", "(raised) up the car",
                 "no phrase here", "jack upon", "bjack up"]:
        assert early.early_phrases(text, aliases) == _early_long_way(text, aliases), text


def _property_long_way(text: str) -> str:
    of, bare, canon = changes._rules()
    text = of.sub(lambda m: f"{m.group(2)} {changes._said(m.group(3), canon[m.group(1)])}", text)
    text = bare.sub(lambda m: changes._said(m.group(2), canon[m.group(1)]), text)
    return changes._WEIGHS.sub(lambda m: f"{changes._COPULA[m.group(1)]} {m.group(2)}{m.group(3)} heavy", text) \
        if "weigh" in text else text


@pytest.mark.parametrize("text", [
    "the speed of the trains increased", "its speed rose", "the temperature of the gas fell", "speed rose-ish",
    "the pace quickened", "the speeds increased", "the speed of light", "speedrose", "a speed increase",
    "the wind speed rose sharply", "it weighs far more than the bullet", "weight rose", "depth of the lake dropped",
])
def test_a_property_change_is_read_as_the_full_search_reads_it(text: str) -> None:
    assert changes.property_changes(text) == _property_long_way(text)


def test_property_changes_of_real_texts_are_read_as_the_full_search_reads_them(texts):
    pack, found = texts
    for text in map(normalise, found):
        assert changes.property_changes(text) == _property_long_way(text), text
