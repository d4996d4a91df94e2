"""A Russian noun in -ов/-ев that Snowball cuts to a stem of two or three letters in the nominative ("Киев" to "ки",
"Орлов" to "орл") but not in its other cases ("Киеве": "киев") is one word in all of them, as a long surname already
was ("Михайлов" / "Михайловым"); a stem of four letters is not so joined ("Иван" is no "Иванов": "Иван Курбатов" is
not "Курбат Иванов"). Invented cards (`Language.word_match`)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.language import language
from studybot.core.packs import Card, Keypoint

RU = Grader(language="ru")
LANG = language("ru")


@pytest.mark.parametrize(("a", "b", "same"), [
    ("киев", "киеве", True),
    ("киев", "киеву", True),
    ("орлов", "орлове", True),
    ("михайлов", "михайловым", True),
    ("иван", "иванове", False),
    ("петр", "петрову", False),
    ("киев", "кишиневе", False),
])
def test_one_word_in_its_cases(a, b, same):
    sa, sb = LANG.lemma_stem(a), LANG.lemma_stem(b)
    assert (LANG.word_match(sa, sb) == 0) is same


TOWNS = Card(id="t", section="s", kind="list", prompt="Назовите два города, где побывал оркестр.",
             answer="Киев, Орлов, Тверь", keypoints=(Keypoint("Киев", ()), Keypoint("Орлов", ()),
                                                       Keypoint("Тверь", ())), need=2)


@pytest.mark.parametrize(("answer", "right"), [
    ("в Киеве и Твери", True),
    ("Киеве, Орлове", True),
    ("в Твери и в Киеве", True),
    ("Киев и Орлов", True),
    ("в Киеве и Минске", False),
    ("в Кишинёве и Твери", False),
    ("в Киеве", False),
])
def test_towns_in_their_cases(answer, right):
    assert RU.grade(TOWNS, answer).correct is right
