"""A mark of letters written with a hyphen ("UV-B", "SYN-ACK", "e-mail") is one term however it is typed: closed up
("uvb", "UVB"), or, for a mark the card writes closed up in capitals ("UVB"), with the hyphen ("uv-b"). A fair
teacher reads the mark; another mark of the same shape ("uva" for "UV-B") stays wrong, and so does a wrong option.
Cards on invented subjects (a lamp, a handshake of a made-up protocol, a fish's cells)."""

from __future__ import annotations

from functools import partial

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.designations import letter_marks_apart
from studybot.core.packs import Card
from tests import cards

EN = Grader()
RU = Grader(language="ru")
short = partial(cards.short, prompt="What does the lamp give off?")


def choice(answer: str, *others: str) -> Card:
    return Card(id="q", section="s", kind="choice", prompt="Which light does the lamp give off?", answer=answer,
                options=(answer, *others))


ROWS = [
    (short("UV-B"), "uvb", True),
    (short("UV-B"), "UVB", True),
    (short("UV-B light"), "uvb light", True),
    (short("UVB"), "uv-b", True),
    (short("the QX-ACK message"), "the qxack message", True),
    (short("UV-B"), "uva", False),
    (short("UV-B"), "UVC", False),
    (short("UVB"), "uv-c", False),
    (choice("UV-B", "UV-A", "UV-C"), "uvb", True),
    (choice("UV-B", "UV-A", "UV-C"), "UVA", False),
    (choice("UV-B", "UV-A", "UV-C"), "uvc", False),
]


@pytest.mark.parametrize(("card", "typed", "right"), ROWS)
def test_letter_marks(card: Card, typed: str, right: bool) -> None:
    assert EN.grade(card, typed).correct is right


def test_russian_mark() -> None:
    assert RU.grade(cards.short("УФ-Б", prompt="Какой свет даёт лампа?"), "уфб").correct
    assert not RU.grade(cards.short("УФ-Б", prompt="Какой свет даёт лампа?"), "уфа").correct


READINGS = [
    ("uvb", ("UV-B",), "UV-B"),
    ("it was UVB light", ("UV-B light",), "it was UV-B light"),
    ("uv-b", ("UVB",), "UVB"),
    ("resign", ("re-sign",), "re-sign"),  # a part of two letters: an abbreviation's mark may be so too
    ("resigned", ("re-sign",), None),
    ("landmark", ("land-mark",), None),  # two words joined, in lower case: no mark
    ("uvb", ("UV B",), None),  # no hyphen: the words apart are read as words already
]


@pytest.mark.parametrize(("answer", "texts", "read"), READINGS)
def test_reading(answer: str, texts: tuple[str, ...], read: str | None) -> None:
    assert letter_marks_apart(answer, texts) == read
