"""Quick tests written as one search (a pattern of the pieces) in place of a test of each piece in turn: each finds
a piece exactly where the test of each piece finds one, on real texts (the bundled pack's and development packs'
cards and labelled answers, never the held-out ones) and on texts made to hold each piece or none."""

from __future__ import annotations

import re

import pytest

from studybot.core import bound_words, clock_times, exclusions, linking, quantities, vulgar_fractions
from studybot.core.grading.base import _texts
from studybot.core.packs import load_pack
from studybot.core.text import normalise
from studybot.core.validate import read_answer_rows

from .packfiles import BUNDLED, DEVELOPMENT, PACKS

SETS = [(BUNDLED, BUNDLED.parent.parent / "tests" / "data" / "graded_answers.yaml")] + [
    (PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in ("inflation", "kletka", "1812", "heart")
    if name in DEVELOPMENT]  # (development packs only: the held-out ones are never read)

# (the pattern, the pieces the long way tests one by one)
QUICK = [
    (vulgar_fractions._ANY_EXACT, tuple(vulgar_fractions._EXACT)),
    (exclusions._HOLDS["en"], exclusions._EN_WORDS),
    (exclusions._HOLDS["ru"], exclusions._RU_WORDS),
    (bound_words._ANY_CUE, bound_words._CUES),
    (linking._SENSE_CUES, ("tast", "smel", "look", "sound", "feel", "felt", "prov", "turn")),
    (quantities._SIGN_WORDS, ("minus", "минус", "negative", "plus", "плюс")),
    (clock_times._ANY_WITHOUT_FIGURE, clock_times._WITHOUT_FIGURE),
]


def _texts_of(pack_path, answers_path) -> list[str]:
    pack = load_pack(pack_path)
    found = [*_texts(pack), *(row.answer for row in read_answer_rows(answers_path))]
    return found + [normalise(t) for t in found]


@pytest.mark.parametrize("pattern,pieces", QUICK, ids=lambda q: getattr(q, "pattern", "")[:20])
def test_a_quick_search_finds_a_piece_where_the_test_of_each_piece_does(pattern: re.Pattern[str],
                                                                         pieces: tuple[str, ...]) -> None:
    made = [f"it was {p} then" for p in pieces] + [p for p in pieces] + ["", "nothing of them", "ничего из них",
                                                                         "33 1/2", "пo", "mi d", "без"[:2]]
    real = [t for pack_path, answers_path in SETS for t in _texts_of(pack_path, answers_path)]
    held = 0
    for text in made + real:
        long_way = any(piece in text for piece in pieces)
        assert (pattern.search(text) is not None) == long_way, (pattern.pattern, text)
        held += long_way
    assert held >= len(pieces)  # (texts that hold a piece were tried, and texts that hold none)


RU_SETS = [(PACKS / f"{name}.yaml", PACKS / f"{name}.answers.yaml") for name in ("kletka", "1812", "kisloty", "pushkin")
           if name in DEVELOPMENT]


def test_a_russian_text_without_a_link_verb_reads_as_the_search_for_one_reads_it(monkeypatch) -> None:
    """`ru_becoming`'s link verbs ("становится блестящей"): a text with no link verb as a whole word is left as it
    is, unsearched; searched all the same (the quick test told it holds one), it comes out the same."""
    from studybot.core import ru_becoming
    made = ["корка становится блестящей", "корка выходит блестящей", "тесто получается пышным", "он стал врачом",
            "становится", "блестящей корка", "выходит из дома"]
    real = [normalise(t) for pack_path, answers_path in RU_SETS for t in _texts_of(pack_path, answers_path)]
    quick = [ru_becoming.became_said_by_verb(t) for t in made + real]
    with monkeypatch.context() as m:
        m.setattr(ru_becoming, "word_runs", lambda text: ("становится",))  # every text searched
        long_way = [ru_becoming.became_said_by_verb(t) for t in made + real]
    assert quick == long_way
    assert sum(q != t for q, t in zip(quick, made + real, strict=True)) >= 3  # (texts the search rewrites were tried)
