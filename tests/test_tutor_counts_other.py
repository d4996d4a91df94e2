""""How many X" answered by a passage that says X and gives a figure: the figure must be able to count X.

A figure counts the words right after it ("3 mm", "219 votes", "от одного предка"): when every figure of the passage
counts another word, the passage does not tell how many X there are, and the tutor says the text does not tell. A
figure counting no word ("membership reached 300"; not "by 219 votes to 212", votes again), a general word ("eight
people" for members), X a few words after it ("16 western harbour towns"), an amount (a sum of money, a volume, a mass:
"2,300 km³ of water") or a share when one is asked may still count it. Each row: invented notes, a question, the fact
a teacher expects in the reply, or None when the notes do not answer it.
"""

from __future__ import annotations

import pytest

from .notes import says, tutor_on

EAR = "The stirrup of Oska is the smallest bone of the ear, about 3 mm long.\n\nThe ear of Oska has three parts."
SENATE = "The senate of Vell passed the tax bill by 219 votes to 212.\n\nThe senate of Vell meets in the old mill."
LAKE = "Lake Orm holds about 2,300 km³ of water.\n\nLake Orm lies in a deep valley."

ENGLISH = [
    (EAR, "How many bones are in the ear of Oska?", None),  # "3 mm": a length, it counts no bones
    (SENATE, "How many bills did the senate of Vell pass?", None),  # votes are counted, twice
    (SENATE, "How many votes did the tax bill get in the senate of Vell?", "219 votes"),
    ("Sixteen western harbour towns met in Vell in 1840.\n\nVell lies on the coast.",
     "How many towns met in Vell?", "Sixteen"),  # the towns a few words after the figure
    ("The guild of Tarn had eight people as its members.\n\nThe guild sold cloth to the coast.",
     "How many members did the guild of Tarn have?", "eight people"),  # a general word counted
    ("The members of the guild of Tarn numbered 300 in 1701.\n\nThe guild sold cloth to the coast.",
     "How many members did the guild of Tarn have?", "300"),  # a figure counting no word
    (LAKE, "How much water does Lake Orm hold?", "2,300"),  # an amount of it
    ("The flood of Vell destroyed 40 farms and mills.\n\nVell lies on the coast.",
     "How many mills did the flood of Vell destroy?", "40 farms and mills"),  # both nouns joined by "and" counted
    ("The flood of Vell destroyed 40 farms and drowned the herds.\n\nVell lies on the coast.",
     "How many herds did the flood of Vell drown?", None),  # "and" joins another clause: no herds counted
]

RUSSIAN = [
    ("Стремя Оски — самая маленькая кость уха, длиной около 3 мм.\n\nУхо Оски состоит из трёх частей.",
     "Сколько костей в ухе Оски?", None),
    ("Лесник Орлан построил в 1913 году большую лодку с четырьмя вёслами.\n\nЛодка ходила по озеру Орм.",
     "Сколько лодок построил лесник Орлан?", None),  # the oars are counted
    ("В совет Велля вошли восемь человек.\n\nЧлены совета Велля собирались на мельнице.",
     "Сколько членов было в совете Велля?", "восемь человек"),
    ("Наводнение в Велле разрушило 40 хуторов и мельниц.\n\nВелль стоит на берегу.",
     "Сколько мельниц разрушило наводнение в Велле?", "40 хуторов и мельниц"),
]


def _answers(notes: str, question: str, fact: str | None, language: str) -> bool:
    tutor = tutor_on(notes, "Notes", language=language)
    return tutor.ask(question).kind == "decline" if fact is None else says(tutor, question, fact)


@pytest.mark.parametrize(("notes", "question", "fact"), ENGLISH, ids=[q for _, q, _ in ENGLISH])
def test_english_figures_of_other_things(notes, question, fact):
    assert _answers(notes, question, fact, "en")


@pytest.mark.parametrize(("notes", "question", "fact"), RUSSIAN, ids=[q for _, q, _ in RUSSIAN])
def test_russian_figures_of_other_things(notes, question, fact):
    assert _answers(notes, question, fact, "ru")
