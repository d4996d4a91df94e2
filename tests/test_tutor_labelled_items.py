"""The items of a list under their terms (invented notes): a sentence that counts what follows ("The rule rests on
three facts.") is answered with the sentences after it that open with a term and a colon ("Variation: ..."), as with
those opening with "First, ..." (`replies._items`)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN = ("The guild of Tarrow had its own courts. The guild rule of Tarrow rests on three customs. Apprenticeship: a "
      "boy served a master for seven years. Proof: he made a piece judged by the wardens. Fee: he paid the guild "
      "a silver mark. The guild hall stood by the river.")
RU = ("У цеха Тарра был свой суд. Цеховое право Тарра держалось на трёх обычаях. Ученичество: мальчик служил "
      "мастеру семь лет. Проба: он делал изделие, которое оценивали старшины. Взнос: он платил цеху серебряную "
      "марку. Дом цеха стоял у реки.")


def tutor_of(notes: str, language: str) -> Tutor:
    return Tutor(Pack(id="t", title="Tarrow", language=language, cards=(),
                      sections=(Section(id="s", title="Guild", notes=notes),)), cache=False)


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": tutor_of(EN, "en"), "ru": tutor_of(RU, "ru")}


@pytest.mark.parametrize("language, question, said", [
    ("en", "what does the guild rule of tarrow rest on?", "Apprenticeship: a boy served"),
    ("ru", "на чем держалось цеховое право тарра?", "Ученичество: мальчик служил"),
])
def test_the_items_follow_what_counts_them(tutors: dict[str, Tutor], language: str, question: str, said: str) -> None:
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and said in " ".join(reply.sentences), reply.sentences


@pytest.mark.parametrize("language, question, unsaid", [
    # a sentence that counts nothing is followed by no items
    ("en", "did the guild of tarrow have courts?", "Apprenticeship"),
    ("ru", "был ли у цеха тарра свой суд?", "Ученичество"),
])
def test_no_items_after_a_sentence_counting_nothing(tutors: dict[str, Tutor], language: str, question: str,
                                                    unsaid: str) -> None:
    reply = tutors[language].ask(question)
    assert reply.kind == "answer" and unsaid not in " ".join(reply.sentences), reply.sentences
