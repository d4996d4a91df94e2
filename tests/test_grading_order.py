"""A verdict follows from the card and the answer alone: every labelled answer of a card gets the same verdict
(feedback, reason, typo and trace included) whether the grader read the others before it in one order, in the
other, or read nothing before it (a fresh grader). The memos of the aliases (`Aliases._settled`, `_near_cache`,
`_declensions`) only spare work. Invented cards, names and places; an English card whose names are one letter apart
(the name the aliases write in for "the founder" is no slip of the other one) and a Russian one whose place is
named in a case, by its region's name and with a slip."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader, Verdict
from studybot.core.packs import Card

EN_ALIASES = {"Gustav Wilkins": ("the founder", "G. Wilkins"), "Wilkens": (), "Marta Oberhollen": ("Oberhollen",)}
EN_CARD = Card(id="charter", section="s", kind="short", prompt="Who drew up the charter of the guild?",
               answer="Gustav Wilkins")
EN_LABELLED = [
    ("Gustav Wilkins", True),
    ("the founder", True),
    ("G. Wilkins", True),
    ("Gustav Wilknis", True),  # a slip
    ("the founder wrote it", True),
    ("the founder, who wrote the charter", True),
    ("Wilkens", False),  # the pack's other name
    ("Oberhollen", False),
    ("Marta Oberhollen", False),
    ("he wrote it", False),
    ("the guild wrote it", False),
]

RU_ALIASES = {"Дорогинская губерния": ("Дорогинщина",), "Дорогин": ("город Дорогин",)}
RU_CARD = Card(id="guberniya", section="s", kind="short", prompt="В какой губернии действовал отряд мастера Ферапонта?",
               answer="В Дорогинской губернии", accept=("Дорогинская", "Дорогинская губерния", "на Дорогинщине"))
RU_LABELLED = [
    ("Дорогинская губерния", True),
    ("в дорогинской губернии", True),
    ("на дорогинщине", True),
    ("Дорогинская", True),
    ("дорогинской губ.", True),
    ("Дарогинской", True),  # a slip in a declined name
    ("в Дарогинской губернии", True),
    ("в Пермской губернии", False),
    ("Дорогин", False),  # the town, not the region
    ("в городе Дорогине", False),
]

CASES = [(EN_ALIASES, "en", EN_CARD, EN_LABELLED), (RU_ALIASES, "ru", RU_CARD, RU_LABELLED)]


def _grader(aliases: dict[str, tuple[str, ...]], lang: str, card: Card) -> Grader:
    return Grader(aliases, language=lang, texts=(card.answer, *card.accept, card.prompt))


def _full(verdict: Verdict) -> tuple[object, ...]:
    return (verdict.correct, verdict.score, verdict.feedback, verdict.reason, verdict.typo, verdict.trace)


@pytest.mark.parametrize(("aliases", "lang", "card", "labelled"), CASES, ids=["en", "ru"])
def test_every_answer_gets_one_verdict_in_any_order(aliases, lang, card, labelled) -> None:
    answers = [answer for answer, _ in labelled]
    forward, backward = _grader(aliases, lang, card), _grader(aliases, lang, card)
    first = [_full(forward.grade(card, answer)) for answer in answers]
    second = [_full(backward.grade(card, answer)) for answer in reversed(answers)][::-1]
    alone = [_full(_grader(aliases, lang, card).grade(card, answer)) for answer in answers]
    for (answer, right), a, b, c in zip(labelled, first, second, alone, strict=True):
        assert a == b == c, answer
        assert a[0] is right, answer
