"""Words of a Russian question that stress what it asks and say no fact of it: a share of a set ("почему одни X
спокойные, а другие бурные?", "почему некоторые X против Y?", "почему не слышно никаких X?"), time said only as a
manner of the event ("со временем", "всё время", "раньше времени"), and a verb that frames the question ("когда
появилось X в Y?", `lexicon_framing`), which is no relation the answer must say (`Ranker.answers`). Shown on small
notes written here (no pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.text import normalise
from studybot.core.tutor import Tutor

NOTES = """\
Льняное масло на воздухе медленно окисляется и густеет, поэтому олифа тускнеет.
В мягкой глине вода уходит легко, поэтому такие гейзеры спокойные; в плотной породе пар копится, поэтому \
гейзер бывает бурным.
Часть гончаров считала, что печь на угле портит цвет глазури, и поэтому они топили дровами.
Первый трамвай пустили в Вельске в 1912 году, в Тотьме в 1925 году.
Трамвай ходил от вокзала до рынка.
Зимой трамвай чистили от снега.
Билет на трамвай стоил пять копеек.
Вагоны для трамвая красили в красный цвет.
В депо трамвая работали двенадцать человек.
Летом трамвай возил дачников к реке.
Ночью трамвай не ходил.
Кондуктор трамвая продавал билеты.
Старый трамвай сохранили в музее.
В Вельске в 1890 году появился первый телеграф.
В то время в Вельске было три кузницы.
Молодой мастер вернулся из Вологды в Вельск весной 1907 года, потому что отец тяжело заболел.
"""
PACK = Pack(id="velsk", title="Трамвай", language="ru", cards=(),
            sections=(Section(id="s", title="Ремёсла и город", notes=NOTES),))


@pytest.fixture(scope="module")
def tutor() -> Tutor:
    return Tutor(PACK, cache=False)


@pytest.mark.parametrize(("question", "fact"), [
    ("Почему олифа со временем тускнеет?", "окисляется"),
    ("Почему мастер раньше времени вернулся в Вельск?", "заболел"),
    ("Почему одни гейзеры спокойные, а другие бурные?", "пар копится"),
    ("когда появился трамвай в тотьме", "1925"),
    ("Когда появился трамвай в Тотьме?", "1925"),
])
def test_a_stressing_word_is_no_fact_to_find(tutor, question, fact):
    reply = tutor.ask(question)
    assert reply.kind == "answer" and not reply.no_reason and fact in " ".join(reply.sentences)


@pytest.mark.parametrize(("question", "word"), [
    ("Почему одни гейзеры спокойные, а другие бурные?", "одни"),
    ("Почему одни гейзеры спокойные, а другие бурные?", "другие"),
    ("почему некоторые гончары топили дровами?", "некоторые"),
])
def test_the_stressing_word_weighs_little_or_nothing(tutor, question, word):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and all(u.light for u in asked.units if u.text == word)


@pytest.mark.parametrize("question", ["Почему олифа со временем тускнеет?", "почему олифа всё время тускнеет",
                                      "Почему мастер раньше времени вернулся в Вельск?"])
def test_time_said_as_a_manner_is_no_unit(tutor, question):
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None and not any(u.stem.startswith("врем") for u in asked.units)
