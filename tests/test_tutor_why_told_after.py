"""A "why" whose passage gives no marked reason shows the sentence after it when that goes on about what is asked
(issue #12, round 51). The text often gives a cause without a word for one, in the sentence after the event
("Зерновой кризис ... начался осенью 1912 года." then "Купцы ... перестали возить зерно ..."): the reply still says
the text names no reason, and shows that sentence too, for the learner to judge, when it says a word the question asks
by (not a light one). A sentence after that says none of them is no part of the reply. Invented texts."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

NOTES_RU = """\
Зерновой кризис в Тарне начался осенью 1912 года, во время долгой войны с Вельтом. Купцы Орлина перестали возить \
зерно в Тарну и подняли цены на хлеб.

Мельницу Орлина закрыли весной 1920 года, после большого пожара на Вельской улице. Жители Тарны любили ярмарки.
"""
NOTES_EN = """\
The salt riots in Dunmore broke out in the spring of 1840, during the long war with Calder. Merchants from Orlin \
stopped carrying salt to Dunmore and doubled the price of bread.
"""


def _tutor(notes: str, language: str) -> Tutor:
    return Tutor(Pack(id="t", title="T", language=language, cards=(),
                      sections=(Section(id="s", title="Раздел", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def ru():
    made = _tutor(NOTES_RU, "ru")
    yield made
    made.close()


@pytest.fixture(scope="module")
def en():
    made = _tutor(NOTES_EN, "en")
    yield made
    made.close()


def test_the_sentence_after_that_goes_on_is_shown(ru):
    reply = ru.ask("Почему начался зерновой кризис в Тарне?")
    assert reply.kind == "answer"
    assert any("перестали возить зерно" in s for s in reply.sentences)


def test_a_sentence_after_that_says_nothing_asked_is_not(ru):
    reply = ru.ask("Почему закрыли мельницу Орлина?")
    assert reply.kind == "decline" or reply.no_reason  # a fire is told before the closing: no cause is marked
    assert not any("ярмарки" in s for s in reply.sentences)


def test_english_too(en):
    reply = en.ask("Why did the salt riots in Dunmore break out?")
    assert reply.kind == "answer"
    assert any("stopped carrying salt" in s for s in reply.sentences)
