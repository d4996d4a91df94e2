""""When" asked of the card just seen (`tutor.about`): a passage that gives no date, and no time word but those the
card says, does not answer it. "when was that?" after "by how long did the Board extend the toll?" asks for a time
the card did not give, not for its "two years" again, so the text, which gives none, declines; a passage with a date
still answers ("... after the flood of 1420"), and so do other questions leaning on the card ("why did they extend
it?"). In English and Russian, on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Card, Pack, Section
from studybot.core.tutor import Tutor

EN_NOTES = """\
The Harbour Board extended the toll on salt carts by two years.
The salt road to Verden was closed for three months after the flood of 1420.
"""
RU_NOTES = """\
Портовый совет продлил пошлину на соляные возы на два года.
Дорогу на Верден закрыли на три месяца после наводнения 1420 года.
"""
EN_CARDS = (Card(id="toll", section="s", kind="short", prompt="By how long did the Harbour Board extend the toll on "
                 "salt carts?", answer="two years"),
            Card(id="road", section="s", kind="short", prompt="For how long was the salt road to Verden closed?",
                 answer="three months"))
RU_CARDS = (Card(id="toll", section="s", kind="short", prompt="На сколько портовый совет продлил пошлину на соляные "
                 "возы?", answer="на два года"),
            Card(id="road", section="s", kind="short", prompt="На сколько закрыли дорогу на Верден?",
                 answer="на три месяца"))
PACKS = {"en": Pack(id="roads", title="Salt roads", cards=EN_CARDS,
                    sections=(Section(id="s", title="Salt roads", notes=EN_NOTES),)),
         "ru": Pack(id="roads-ru", title="Соляные пути", language="ru", cards=RU_CARDS,
                    sections=(Section(id="s", title="Соляные пути", notes=RU_NOTES),))}


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {code: Tutor(pack, cache=False) for code, pack in PACKS.items()}


def _card(code: str, card_id: str) -> Card:
    return next(c for c in PACKS[code].cards if c.id == card_id)


@pytest.mark.parametrize(("code", "question"), [
    ("en", "when was that?"), ("en", "when did they extend it?"), ("ru", "когда это было?"),
    ("ru", "а когда его продлили?"),
])
def test_when_is_not_met_by_the_cards_own_duration(tutors: dict[str, Tutor], code: str, question: str) -> None:
    assert tutors[code].ask(question, about=_card(code, "toll")).kind == "decline"


@pytest.mark.parametrize(("code", "question"), [("en", "when was that?"), ("ru", "когда это было?")])
def test_when_is_met_by_a_date(tutors: dict[str, Tutor], code: str, question: str) -> None:
    reply = tutors[code].ask(question, about=_card(code, "road"))
    assert reply.kind == "answer"
    assert "1420" in reply.sentences[0]


def test_other_questions_on_the_card_still_answer(tutors: dict[str, Tutor]) -> None:
    reply = tutors["en"].ask("why did they extend it?", about=_card("en", "toll"))
    assert reply.kind == "answer"
    assert "Harbour Board" in reply.sentences[0]
