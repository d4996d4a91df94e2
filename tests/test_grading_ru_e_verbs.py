"""A Russian verb in "-еть" said in another tense is the same verb (`ru_families.e_verb_forms`): Snowball stems its
present, past and infinitive apart ("зависит" / "зависела" / "зависеть"; "имеет" / "имел"), so a point in the present
is made by an answer in the past. Its negation still counts, and a word that is no form of such a verb ("красный" /
"краснел", "полет" / "полетел") is none. Invented cards."""

from __future__ import annotations

import pytest

from studybot.core.ru_families import e_verb_forms
from tests.cards import point_made


@pytest.mark.parametrize(("point", "answer", "made"), [
    ("цена зависит только от веса посылки", "цена зависела только от веса посылки", True),
    ("цена зависит от веса посылки", "цена зависела от веса посылки", True),
    ("цена зависит от веса посылки", "цена не зависела от веса посылки", False),
    ("цена зависит от веса посылки", "цена зависела от расстояния", False),
    ("мастер смотрит на цвет металла", "мастер смотрел на цвет металла", True),
    ("город имеет свой герб", "город имел свой герб", True),
    ("город имеет свой герб", "город не имел своего герба", False),
])
def test_a_verb_in_another_tense(point: str, answer: str, made: bool) -> None:
    assert point_made("Что сказано?", point, answer, "ru") is made


@pytest.mark.parametrize(("a", "b", "same"), [
    ("зависит", "зависела", True),
    ("зависели", "зависеть", True),
    ("имеет", "имел", True),
    ("смотрят", "смотрели", True),
    ("видит", "видела", True),
    ("красный", "краснел", False),  # an adjective is no verb
    ("полет", "полетел", False),
    ("зависела", "зависели", False),  # (one tense: matched as one stem)
    ("ответ", "отвел", False),
])
def test_e_verb_forms(a: str, b: str, same: bool) -> None:
    assert e_verb_forms(a, b) is same
