"""Words of a Russian question that only frame what it asks (round 25, fresh blind questions): a verb of deciding or
trying before an infinitive ("почему X решил напасть на Y?": why X attacked Y), the discourse idiom "в итоге" ("где в
итоге встретились X?": where they met), "в чём смысл (суть) X?" (what X says, as "в чём заключается X?"), and an age
asked or told in other word orders ("сколько было X лет?", "возраст X оценивают в 200–230 лет"). Invented notes;
questions the notes do not answer are still declined."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.asked_ru import asks_age, says_age

NOTES = """\
Купец Ивар Норн построил мельницу на реке Ольше в 1790 году.
Норн напал на соседнюю мельницу Олафа Стема, потому что тот перекрыл реку плотиной.
Совет цеха собрался в доме мельника Гаста, и там цех запретил Стему ставить плотины.
Мельницы Норна и Стема объединились у села Вирки в 1801 году.
Закон Норна гласит: чем быстрее течёт вода, тем больше муки даёт жёрнов.
Возраст мельницы Норна историки оценивают в 200–230 лет.
"""
PACK = Pack(id="melnica", title="Мельница", language="ru", cards=(),
            sections=(Section(id="s", title="Мельницы на Ольше", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor():
    made = Tutor(PACK, cache=False)
    yield made
    made.close()


@pytest.mark.parametrize(("question", "framing"), [
    ("Почему Норн решил напасть на мельницу Стема?", "решил"),
    ("Почему Норн старался напасть на мельницу Стема?", "старался"),
    ("Где в итоге объединились мельницы?", "итоге"),
    ("Где в конечном счёте объединились мельницы?", "счете"),
    ("В чём смысл закона Норна?", "смысл"),
    ("Какова суть закона Норна?", "суть"),
])
def test_a_framing_word_is_no_unit(tutor, question, framing):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and framing not in {u.text for u in asked.units}


@pytest.mark.parametrize("question", [
    "Что решил цех?",  # no infinitive after it: the decision is what is asked
    "Какое решение принял цех?",
    "Каков итог спора мельников?",  # "итог" alone is no idiom
    "Какой смысл имела плотина?",  # "смысл" not after "в чём" or "каков"
])
def test_the_same_words_elsewhere_stay_units(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    assert {u.text for u in asked.units} & {"решил", "решение", "итог", "смысл"}


@pytest.mark.parametrize(("question", "age"), [
    ("Сколько было Норну лет в 1790 году?", True),
    ("Сколько Норну было лет?", True),
    ("Сколько было мельниц на Ольше?", False),
    ("Сколько было мельниц за 10 лет?", False),  # a span, not an age
])
def test_an_age_asked_in_another_order(tutor, question, age):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and asks_age(asked) is age


@pytest.mark.parametrize(("sentence", "age"), [
    ("Возраст мельницы историки оценивают в 200–230 лет.", True),
    ("Возраст озера — около 25 миллионов лет.", True),
    ("Возраст мельницы не помешал ей работать ещё 40 лет.", False),  # a span after the noun of age
    ("Мельница работала 200 лет.", False),
])
def test_an_age_told_with_its_noun(sentence, age):
    assert says_age(sentence) is age


@pytest.mark.parametrize(("question", "expected"), [
    ("Почему Норн решил напасть на мельницу Стема?", "перекрыл реку"),
    ("Где проходил совет, на котором решили запретить плотины?", "доме мельника Гаста"),
    ("Где в итоге объединились мельницы Норна и Стема?", "Вирки"),
    ("В чём смысл закона Норна?", "чем быстрее"),
    ("Сколько лет мельнице Норна?", "200–230 лет"),
])
def test_answered(tutor, question, expected):
    reply = tutor.ask(question)
    assert reply.kind == "answer", reply.text
    assert expected in " ".join(reply.sentences)


@pytest.mark.parametrize("question", [
    "Почему Норн решил продать мельницу?",  # no sale in the notes
    "Сколько было Норну лет в 1790 году?",  # the year of the mill, not his age
    "Где в итоге умер Норн?",
    "В чём смысл герба Стема?",
])
def test_still_declined(tutor, question):
    assert tutor.ask(question).kind == "decline"
