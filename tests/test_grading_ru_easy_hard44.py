"""Russian "легко" and "трудно" are opposites (round 44, issue #11): an answer that calls easy what the point calls
hard says the other thing, though the point's other words are there ("такие кометы легко заметить с земли" for
"такие кометы трудно заметить с земли", `lexicon_ru_own_words.RU_OPPOSITES`). Beside them, rows that stay right:
the same word, "нелегко" for "трудно", "лёгкие" (the lungs) beside "трудно"."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from tests.cards import one_point

RU = Grader(language="ru")
COMET = one_point("такие кометы трудно заметить с земли заранее", "Почему кометы опасны?")
ICE = one_point("тонкий лёд легко проломить ногой", "Почему опасен тонкий лёд?")
BREATH = one_point("больному трудно дышать", "Что с больным?")


@pytest.mark.parametrize(("card", "given", "right"), [
    (COMET, "такие кометы легко заметить с земли заранее", False),
    (COMET, "такие кометы легко заметить заранее", False),
    (ICE, "тонкий лёд трудно проломить ногой", False),
    (COMET, "такие кометы трудно заметить с земли заранее", True),
    (COMET, "такие кометы нелегко заметить с земли заранее", True),
    (ICE, "тонкий лёд легко проломить ногой", True),
    (BREATH, "у больного слабые лёгкие, ему трудно дышать", True),
])
def test_easy_and_hard(card: Card, given: str, right: bool) -> None:
    assert RU.grade(card, given).correct is right, RU.grade(card, given).trace
