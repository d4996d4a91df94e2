""""Who won?" is answered by a passage saying that no one did it ("Neither side won a clear victory", "Победы не
добилась ни одна сторона"): a doer none of the text's people (`supplying._NOBODY`), as a fair reader takes it. A "who"
question the text says nothing of is still declined. Invented notes."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor

EN = Pack(id="harwick-en", title="Harwick", language="en", cards=(), sections=(
    Section(id="b", title="The battle of Harwick", notes=(
        "The battle of Harwick was fought in 1702.\n\n"
        "The Swedes lost about three thousand men.\n"
        "Neither side won a clear victory at Harwick.\n")),
    Section(id="s", title="The siege of Lenby", notes="The siege of Lenby lasted forty days.\n"),
))
RU = Pack(id="harwick-ru", title="Колбино", language="ru", cards=(), sections=(
    Section(id="b", title="Сражение у Колбино", notes=(
        "Сражение у Колбино произошло в 1702 году.\n\n"
        "Шведы потеряли около трёх тысяч человек.\n"
        "Решающей победы у Колбино не добилась ни одна сторона.\n")),
    Section(id="s", title="Осада Мелино", notes="Осада Мелино длилась сорок дней.\n"),
))
TUTORS = {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


@pytest.mark.parametrize(("language", "question", "said"), [
    ("en", "Who won the battle of Harwick?", "Neither side"),
    ("en", "who won at Harwick?", "Neither side"),
    ("ru", "Кто победил у Колбино?", "ни одна сторона"),
    ("ru", "кто одержал победу под Колбино?", "ни одна сторона"),
])
def test_no_one_answers_who(language: str, question: str, said: str) -> None:
    reply = TUTORS[language].ask(question)
    assert reply.kind == "answer" and said in reply.text, reply.text


@pytest.mark.parametrize(("language", "question"), [
    ("en", "Who commanded the Swedes at Harwick?"),
    ("ru", "Кто командовал гарнизоном Мелино?"),
])
def test_who_the_text_does_not_name_is_declined(language: str, question: str) -> None:
    assert TUTORS[language].ask(question).kind == "decline"
