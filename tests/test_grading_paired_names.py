"""Two names joined by "and" where the card asks for one (issue #11: a hedge, or a dump of claims, earns no
full marks): "Harwick and Tarvo" for "Harwick" names a second town, as "Harwick or Tarvo" offers one. A part
that is no name ("and its harbour", "and his crew") says more of the one named; single letters are designations.
Invented subjects, English and Russian (`grading.paired_names`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.grading.paired_names import paired_names
from studybot.core.packs import Card

EN = Grader()
RU = Grader(language="ru")


def short(answer: str, *accept: str, prompt: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=prompt, answer=answer, accept=accept)


TOWN = short("Harwick", prompt="Which town led the salt league?")
MAKER = short("Edwin Marlow", prompt="Who built the first tide clock?")
FIRM = short("Hale and Dorn", prompt="Which firm cast the bell?")  # a name with "and" in it
GOROD = short("Тарвинск", prompt="Какой город возглавлял союз?")
# a choice: an option, and a name besides it that is no option ("Marlow and Pell": Pell built no clock)
CLOCK = Card(id="o", section="s", kind="choice", prompt="Who built the first tide clock?", answer="Edwin Marlow",
             options=("Edwin Marlow", "Ada Quill", "Tom Reeve"))
SOYUZ = Card(id="o", section="s", kind="choice", prompt="Какой город возглавлял союз?", answer="Тарвинск",
             options=("Тарвинск", "Лендра", "Осков"))


@pytest.mark.parametrize(("grader", "card", "given", "right"), [
    (EN, TOWN, "Harwick and Tarvo", False),
    (EN, TOWN, "Harwick & Tarvo", False),
    (EN, TOWN, "Harwick, and Tarvo", False),
    (EN, TOWN, "Harwick", True),
    (EN, TOWN, "Harwick and its harbour", True),  # no second name
    (EN, MAKER, "Marlow and Pell", False),
    (EN, MAKER, "Edwin Marlow and his apprentices", True),
    (EN, MAKER, "Edwin Marlow", True),
    (EN, FIRM, "Hale and Dorn", True),  # the card's own name has "and"
    (EN, MAKER, "Edwin Marlow and Company", True),  # the partners of a firm's name: no second name
    (EN, MAKER, "Edwin Marlow & Sons", True),
    (EN, MAKER, "Edwin Marlow & Co.", True),
    (EN, MAKER, "Edwin Marlow and Pell", False),
    (RU, GOROD, "Тарвинск и Лендра", False),
    (RU, GOROD, "Тарвинск", True),
    (EN, CLOCK, "Marlow and Pell", False),
    (EN, CLOCK, "Edwin Marlow", True),
    (EN, CLOCK, "Marlow and his apprentices", True),
    (RU, SOYUZ, "Тарвинск и Велигор", False),
    (RU, SOYUZ, "Тарвинск", True),
])
def test_two_names_for_one(grader, card, given, right):
    assert grader.grade(card, given).correct is right


@pytest.mark.parametrize(("text", "lang", "names"), [
    ("Harwick and Tarvo", "en", ["Harwick", "Tarvo"]),
    ("Karl von Frisch and Lorenz", "en", ["Karl von Frisch", "Lorenz"]),
    ("Тарвинск и Лендра", "ru", ["Тарвинск", "Лендра"]),
    ("X и Y", "ru", []),  # letters are designations, not names
    ("Harwick and its harbour", "en", []),
    ("1369 and 1370", "en", []),
])
def test_which_answers_are_names_joined(text, lang, names):
    assert paired_names(text, lang) == names
