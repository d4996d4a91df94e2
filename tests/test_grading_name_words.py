"""A name of several words with a word that tells it apart left out is another name (`grading.name_words`): an
answer that says most of a long short-card wording is not taken for it when it drops such a word ("the order of the
Silver Star" for "the order of the Silver Star of Labour", "орден Серебряного Знамени" for "орден Трудового
Серебряного Знамени": another award), while the whole name, a slip in one of its words and another order of its
words stay right; a person's name shortened ("the chemist Anna Pendry" for "the chemist Anna Louise Pendry") and an
epithet after a name ("Иван Смелый") are left to the names' rules. Invented awards and people."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = {"en": "In 1961 the foreman was awarded the order of the Silver Star of Labour for the new kilns. The "
               "chemist Anna Louise Pendry tested the glaze.",
         "ru": "В 1961 году мастер получил орден Трудового Серебряного Знамени за новые печи. Печи строил князь "
               "Иван Смелый."}
AWARD = short("the order of the Silver Star of Labour", prompt="Which award did the foreman receive?")
CHEMIST = short("the chemist Anna Louise Pendry", prompt="Who tested the glaze?")
ORDEN = short("орден Трудового Серебряного Знамени", prompt="Какую награду получил мастер?")

ROWS = [
    (AWARD, "en", "Order of the Silver Star", False),
    (AWARD, "en", "the order of the Silver Star", False),
    (AWARD, "en", "the order of the Star of Labour", False),
    (AWARD, "en", "the order of the Silver Star of Labour", True),
    (AWARD, "en", "Order of the Silver Star of Labor", True),  # a slip
    (AWARD, "en", "the Silver Star of Labour order", True),
    (CHEMIST, "en", "the chemist Anna Pendry", True),  # a person's name shortened: not this rule's
    (ORDEN, "ru", "орден Серебряного Знамени", False),
    (ORDEN, "ru", "орден Трудового Знамени", False),
    (ORDEN, "ru", "орден Трудового Серебряного Знамени", True),
    (ORDEN, "ru", "орденом Трудового Серебряного Знамени", True),
]


@pytest.mark.parametrize(("card", "code", "answer", "right"), ROWS)
def test_a_word_that_tells_a_name_apart_left_out(card, code, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES[code]),), cards=(card,), language=code)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
