"""Russian "стал" before an infinitive is "начал" ("крестьяне стали уходить" / "начали уходить"), both ways and with
a word between; "стал" of becoming, a future "станет", a word of state between ("стало возможно строить") and the
opposite phase ("перестали") keep their sense. Invented subjects (peasants, a plant, a guild)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint
from studybot.core.ru_phase_verbs import began_said_became

RU = Grader(language="ru")


def point(text: str, prompt: str = "Что изменилось?") -> Card:
    return Card(id="e", section="s", kind="explain", prompt=prompt, answer=text, keypoints=(Keypoint(text, ()),))


PEASANTS = point("крестьяне стали уходить в города")
PEASANTS_BEGAN = point("крестьяне начали уходить в города")
PLANT = point("завод стал выпускать тракторы", "Что делал завод?")
GUILD = point("гильдия стала сама назначать мастеров", "Что делала гильдия?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (PEASANTS, "крестьяне начали уходить в города", True),
    (PEASANTS_BEGAN, "крестьяне стали уходить в города", True),
    (PLANT, "завод начал выпускать тракторы", True),
    (GUILD, "гильдия начала сама назначать мастеров", True),
    (GUILD, "гильдия начала назначать мастеров сама", True),
    # the opposite phase, another object, another doer: wrong
    (PEASANTS, "крестьяне перестали уходить в города", False),
    (PEASANTS_BEGAN, "крестьяне перестали уходить в города", False),
    (PLANT, "завод начал выпускать танки", False),
    (GUILD, "гильдия начала сама собирать налоги", False),
])
def test_began_said_by_became(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("крестьяне стали уходить", "крестьяне начали уходить"),
    ("гильдия стала сама назначать", "гильдия начала сама назначать"),
    ("стало трудно жить", "стало трудно жить"),  # a word of state: it became hard to live
    ("он стал бы строить", "он стал бы строить"),  # a condition
    ("он станет строить", "он станет строить"),  # a future
    ("завод стал крупнейшим", "завод стал крупнейшим"),  # becoming
    ("ножи из стали делать", "ножи из стали делать"),  # steel
])
def test_what_is_read_as_began(text: str, read: str) -> None:
    assert began_said_became(text) == read
