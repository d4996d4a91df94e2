"""A name of several words with a word that tells it apart left out is another name (`grading.name_words`): an
answer that says most of a long short-card wording is not taken for it when it drops such a word ("the order of the
Silver Star" for "the order of the Silver Star of Labour", "орден Серебряного Знамени" for "орден Трудового
Серебряного Знамени": another award), while the whole name, a slip in one of its words and another order of its
words stay right, and the other way round a capitalised word put into a name ("the order of the Blue Anchor of
Labour" for "the order of the Blue Anchor", "орден Трудового Синего Якоря" for "орден Синего Якоря") makes another
name; a person's name shortened ("the chemist Anna Pendry" for "the chemist Anna Louise Pendry") and an
epithet after a name ("Иван Смелый") are left to the names' rules. Invented awards and people."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Pack, Section
from tests.cards import short

NOTES = {"en": "In 1961 the foreman was awarded the order of the Silver Star of Labour for the new kilns. The "
               "chemist Anna Louise Pendry tested the glaze. His father had the order of the Blue Anchor. "
               "Pieter Hendrik Jansen of the Delft Institute led the inquiry.",
         "ru": "В 1961 году мастер получил орден Трудового Серебряного Знамени за новые печи. Печи строил князь "
               "Иван Смелый. Отец мастера получил орден Синего Якоря."}
AWARD = short("the order of the Silver Star of Labour", prompt="Which award did the foreman receive?")
CHEMIST = short("the chemist Anna Louise Pendry", prompt="Who tested the glaze?")
ORDEN = short("орден Трудового Серебряного Знамени", prompt="Какую награду получил мастер?")
INQUIRY = short("Pieter Jansen", prompt="Who led the inquiry?")
ANCHOR = short("the order of the Blue Anchor", prompt="Which award did the foreman's father have?")
YAKOR = short("орден Синего Якоря", prompt="Какую награду получил отец мастера?")

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
    # the other way round: a word put into the name, or going on from it, makes another name too
    (ANCHOR, "en", "the order of the Blue Anchor of Labour", False),
    (ANCHOR, "en", "the order of the Blue Anchor", True),
    (ANCHOR, "en", "the order of the Blue Anchor in 1961", True),
    (YAKOR, "ru", "орден Трудового Синего Якоря", False),
    (YAKOR, "ru", "орден Синего Якоря", True),
    (YAKOR, "ru", "орденом Синего Якоря", True),
    (YAKOR, "ru", "боевой орден Синего Якоря", True),  # a word in lower case names nothing
    (INQUIRY, "en", "Jansen, the Delft Institute chemist", True),  # a person's name goes on with what they were
    (INQUIRY, "en", "Dr. Pieter H. Jansen", True),
]


@pytest.mark.parametrize(("card", "code", "answer", "right"), ROWS)
def test_a_word_that_tells_a_name_apart_left_out(card, code, answer, right):
    pack = Pack(id="p", title="t", sections=(Section("s", "S", NOTES[code]),), cards=(card,), language=code)
    verdict = Grader.for_pack(pack).grade(card, answer)
    assert verdict.correct is right, verdict.trace
