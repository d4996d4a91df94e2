"""Two Russian nouns of one verb in "-овать", one in "-овка" and one in "-ование", name one deed: "датировка
находок" makes "датирование находок" (`relational._one_action`); nouns of two verbs ("датировка" / "маркирование")
stay two. And giving back what is owed is said by "вернуть" or "отдать" alike (`lexicon_ru_own_words`), its
negation kept. Invented finds and banks."""

from __future__ import annotations

import pytest

from studybot.core.language import language
from tests.cards import point_made

RU = language("ru")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("датирование", "датировка", True),
    ("маркировка", "маркированием", True),
    ("датирование", "маркировка", False),
    ("датировка", "датировки", True),
])
def test_two_nouns_of_one_verb(a, b, same):
    assert (RU.related(a, b) or RU.stem(a) == RU.stem(b)) is same


@pytest.mark.parametrize(("point", "given", "right"), [
    ("датирование находок по слоям", "датировка находок по слоям", True),
    ("датирование находок по слоям", "маркировка находок по слоям", False),
    ("банк не отдаёт вклады", "банк не возвращает вклады", True),
    ("банк не отдаёт вклады", "банк возвращает вклады", False),
    ("лорвийцы вернули долг", "лорвийцы отдали долг", True),
])
def test_one_deed_said_by_either_word(point, given, right):
    assert point_made("Что делают?", point, given, "ru") is right
