"""A Russian question asking a superlative ("какой водопад самый высокий?") is answered only by a passage that says
that superlative, of the adjective asked or of a synonym of it, itself or in a sentence next to it: a passage that
shares the question's other words and says another superlative ("самый громкий водопад") or none is no answer, and the
tutor declines (`superlatives_ru.superlative_unsaid`). The superlative may be said as "самый ... и ...", as
"-айший" after an alternated consonant ("высочайший": "самый высокий") or as "наи-...-ший" ("наибольшая"); "самому"
before a verb asks none. Shown on a small text written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from studybot.core.tutor.superlatives_ru import superlative_keys
from tests.notes import says, tutor_on

NOTES = """\
Озеро Тарнис лежит в горах Вельдра, на севере края Орвен.
Высочайшая вершина края — пик Сарвин.
Наибольшая глубина озера Тарнис — 212 м.
Самый холодный и сухой ветер на озере — хорд.
Самый громкий водопад края — Гарра.
Шум водопада Гарра разносится по всему миру долины.
Крупнейший остров озера — Лиска.
"""


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return tutor_on(NOTES, "Озеро Тарнис", "ru")


@pytest.mark.parametrize(("question", "fact"), [
    ("Какая вершина края самая высокая?", "пик Сарвин"),  # "высочайшая": "к" alternates with "ч"
    ("Какая самая большая глубина озера Тарнис?", "212 м"),  # "наибольшая"
    ("Какой ветер на озере самый сухой?", "хорд"),  # "самый холодный и сухой"
    ("Какой водопад края самый громкий?", "Гарра"),  # said as asked
    ("Какой самый большой остров озера?", "Лиска"),  # "крупнейший", a synonym
])
def test_the_superlative_asked_answers(tutor: Tutor, question: str, fact: str) -> None:
    assert says(tutor, question, fact)


@pytest.mark.parametrize("question", [
    "Какой водопад края самый высокий?",  # "самый громкий водопад края" tells of another quality
    "Какой самый высокий водопад в мире?",  # "по всему миру долины" tells of none
    "Какой ветер на озере самый тёплый?",
])
def test_a_superlative_no_passage_says_is_declined(tutor: Tutor, question: str) -> None:
    assert tutor.ask(question).kind == "decline"


@pytest.mark.parametrize(("text", "stems"), [
    ("как самому найти озеро", set()),  # "самому" before a verb: no superlative
    ("самые сильные и опасные ветры", {"сильн", "опасн"}),
    ("высочайшая вершина", {"высок"}),
    ("наибольшая глубина", {"больш"}),
])
def test_the_superlatives_a_text_says(tutor: Tutor, text: str, stems: set[str]) -> None:
    keys = superlative_keys(text.split(), tutor.library.words)
    assert {k.removeprefix("zsup") for k in keys} == stems
