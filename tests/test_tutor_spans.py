"""A span of time written without a figure (`tutor.spans`): "took more than a year", "died within a day",
"занимала больше года", "провели почти неделю" say how long, so they answer "how long", "как долго", "сколько
времени" as "14 months" would; a unit of time alone ("a year later", "every year", "за год") gives no span, and a
question of another measure is still declined. Shown on small texts written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor
from studybot.core.tutor.spans import says_span

EN_NOTES = """\
Salt was carried from the coast to Verden on mules.
The journey to Verden took more than a year, so salt was dear.
A year later the carters founded a guild at Verden.
"""
RU_NOTES = """\
Соль везли с побережья в Верден на мулах.
Дорога до Вердена занимала больше года, поэтому соль была дорогой.
Через год возчики основали в Вердене гильдию.
"""
EN = Pack(id="verden", title="Salt roads", cards=(), sections=(Section(id="r", title="Salt roads", notes=EN_NOTES),))
RU = Pack(id="verden-ru", title="Соляные пути", language="ru", cards=(),
          sections=(Section(id="r", title="Соляные пути", notes=RU_NOTES),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


@pytest.mark.parametrize(("code", "text"), [
    ("en", "The journey took more than a year."), ("en", "Most victims died within a day."),
    ("en", "It lasted just over a century."), ("en", "The siege went on for about a week."),
    ("ru", "Дорога занимала больше года."), ("ru", "Полёт длился более суток."), ("ru", "Они шли почти неделю."),
    ("ru", "В течение года цены росли."),
])
def test_a_span_without_a_figure_is_read(code: str, text: str) -> None:
    assert says_span(text, code)


@pytest.mark.parametrize(("code", "text"), [
    ("en", "A year later they founded a guild."), ("en", "The fair was held every year."),
    ("en", "The heart pumps 5 litres in a minute."), ("en", "More than a hundred carts came."),
    ("ru", "Через год возчики основали гильдию."), ("ru", "За год завод делал сто возов."),
    ("ru", "В том году цены росли."), ("ru", "Более ста возов пришло в город."),
])
def test_a_unit_alone_is_no_span(code: str, text: str) -> None:
    assert not says_span(text, code)


@pytest.mark.parametrize(("code", "question"), [
    ("en", "how long did the journey to Verden take?"),
    ("en", "how long did salt take to reach Verden?"),
    ("ru", "сколько времени занимала дорога до вердена?"),
    ("ru", "как долго везли соль в верден?"),
])
def test_how_long_is_answered_by_the_span(tutors: dict[str, Tutor], code: str, question: str) -> None:
    reply = tutors[code].ask(question)
    assert reply.kind == "answer"
    assert any(w in reply.sentences[0] for w in ("more than a year", "больше года"))


@pytest.mark.parametrize(("code", "question"), [
    ("en", "how many mules carried the salt?"),
    ("en", "how far is Verden from the coast?"),
    ("ru", "сколько мулов везли соль?"),
    ("ru", "как далеко верден от побережья?"),
])
def test_another_measure_is_still_declined(tutors: dict[str, Tutor], code: str, question: str) -> None:
    assert tutors[code].ask(question).kind == "decline"
