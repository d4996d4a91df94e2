"""A blank that is a word of magnitude alone ("{{trillion}}", "{{dozen}}", "{{тысяча}}") filled by one of it said with
an article or "one" ("a trillion", "one dozen", "одна тысяча"), which the language reads as the figure: the same
number, as the bare word is (issue #11). Another magnitude, or more than one of it, fills no such blank. Invented
cards of no pack."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def cloze(text: str) -> Card:
    blanks = tuple(tuple(part.split("}}")[0].split("|")) for part in text.split("{{")[1:])
    return Card(id="z", section="s", kind="cloze", prompt="Fill in the blanks.", answer="", text=text, blanks=blanks)


DEBT = cloze("The guild's debt reached a {{trillion}} groats.")
LOAVES = cloze("The baker gave away a {{dozen}} loaves.")
TWO = cloze("The mint struck a {{million}} coins in {{1702}}.")
DOLG = cloze("Долг гильдии достиг {{триллиона}} грошей.")


@pytest.mark.parametrize(("card", "answer", "right"), [
    (DEBT, "trillion", True),
    (DEBT, "a trillion", True),
    (DEBT, "one trillion", True),
    (DEBT, "1 trillion", True),
    (DEBT, "a billion", False),  # another magnitude
    (DEBT, "two trillion", False),  # more than one of it
    (DEBT, "a trillion trillion", False),
    (LOAVES, "a dozen", True),
    (LOAVES, "dozen", True),
    (LOAVES, "a score", False),
    (TWO, "a million, 1702", True),
    (TWO, "a billion, 1702", False),
    (DOLG, "одного триллиона", True),
    (DOLG, "триллиона", True),
    (DOLG, "миллиарда", False),
])
def test_magnitude_with_article(card: Card, answer: str, right: bool) -> None:
    grader = RU if card.text and not card.text.isascii() else EN
    assert grader.grade(card, answer).correct is right
