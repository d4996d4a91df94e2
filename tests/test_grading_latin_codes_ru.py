"""In a Russian pack a code in Latin capitals (a call sign, a ticker: "UPOL") is a symbol, given exactly or not at all,
as one in Cyrillic capitals is: its Latin words are read in Cyrillic (`translit`), and so is its mark now, so "UPOLE"
(another call sign) is no case ending of it and "RKMV" no slip. Reported by an instructor. Invented stations."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Pack, Section

SIGN = Card(id="a", section="s", kind="short", prompt="Какой позывной был у станции на острове Вельм?", answer="UPOL")
OTHER = Card(id="b", section="s", kind="short", prompt="Какой позывной был у лагеря на льдине Орм?", answer="RKVM")
CYR = Card(id="c", section="s", kind="short", prompt="Какое агентство передало новость?", answer="ВЕЛТА")


def grader(language: str) -> Grader:
    return Grader.for_pack(Pack(id="p", title="p", language=language, sections=(Section("s", "S", "notes"),),
                                cards=()))


@pytest.mark.parametrize(("card", "given", "right"), [
    (SIGN, "UPOL", True),
    (SIGN, "upol", True),
    (SIGN, "позывной UPOL", True),
    (SIGN, "UPOLE", False),
    (SIGN, "позывной UPOLA", False),
    (SIGN, "UPO", False),
    (OTHER, "RKVM", True),
    (OTHER, "РКВМ", True),
    (OTHER, "RKMV", False),
    (OTHER, "RKVMA", False),
    (CYR, "ВЕЛТА", True),
    (CYR, "ВЕЛТАС", False),
])
def test_a_latin_code_in_a_russian_pack_is_given_exactly(card: Card, given: str, right: bool) -> None:
    verdict = grader("ru").grade(card, given)
    assert verdict.correct is right, verdict.trace
