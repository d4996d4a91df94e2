"""A measure asked of a name, said with other verbs (`tutor.otherwise`): "how long was X under the ice?" is answered
by the one sentence that names X and gives a span of time ("X spent 41 minutes below the frozen surface"), though
what the question says of X is said in other words; in English and Russian. Two such figures of X, a count, a name
the sentence lacks or a question of another kind keep the usual thresholds. Shown on small texts written here (no
pack's subject)."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, ranking

DIVE = """\
The frozen lake of Orsk lies high in the Karn mountains.
In 1961 the diver Mara Tellen spent 41 minutes below the frozen surface of the lake.
Her assistant Bruno Hale lowered the rope and kept the time.
The lake holds a rare kind of pale shrimp.
Bruno Hale later wrote a book about the lakes of the Karn mountains.
The ice of the lake is about 90 centimetres thick in March.
The pilot Olaf Rinn flew over the lake for 3 hours in 1960.
In 1962 Olaf Rinn flew over it again, this time for 5 hours.
"""
EN = Pack(id="dive", title="A frozen lake", cards=(), sections=(Section(id="d", title="The dive", notes=DIVE),))

NYRKI = """\
Озеро Орск лежит высоко в горах Карн.
В 1961 году ныряльщица Ирина Вольская провела подо льдом озера 41 минуту.
Её помощник Борис Галин держал верёвку и следил за временем.
В озере водится редкая бледная креветка.
Позже Борис Галин написал книгу об озёрах гор Карн.
Толщина льда на озере в марте около 90 сантиметров.
Лётчик Олег Ринов облетал озеро 3 часа в 1960 году.
В 1962 году Олег Ринов снова облетал его, на этот раз 5 часов.
"""
RU = Pack(id="nyrki", title="Замёрзшее озеро", language="ru", cards=(),
          sections=(Section(id="n", title="Погружение", notes=NYRKI),))


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"en": Tutor(EN, cache=False), "ru": Tutor(RU, cache=False)}


ANSWERED = [
    ("en", "How long did Mara Tellen stay under the ice?", "41 minutes"),
    ("en", "How long was Tellen submerged?", "41 minutes"),
    ("ru", "Сколько времени Вольская сидела на дне?", "41 минуту"),  # ("пробыла" is "провела": `lexicon_ru_paraphrase`)
    ("ru", "Как долго Ирина Вольская оставалась в воде?", "41 минуту"),
]


@pytest.mark.parametrize(("lang", "question", "fact"), ANSWERED)
def test_a_measure_of_a_name_said_with_other_verbs_is_answered(tutors, monkeypatch, lang, question, fact):
    reply = tutors[lang].ask(question)
    assert reply.kind == "answer" and fact in reply.text
    monkeypatch.setattr(ranking, "measure_of_named", lambda *args, **kwargs: None)
    assert tutors[lang].ask(question).kind == "decline"  # below the usual thresholds: the rule answers it


DECLINED = [
    ("en", "How long did Olaf Rinn stay above the mountains?"),  # two sentences give a span of his: which is asked?
    ("en", "How long did Anna Weld stay under the ice?"),  # a name the text lacks
    ("en", "How many times did Mara Tellen dive under the ice?"),  # a count: any figure is one
    ("ru", "Сколько времени Ринов пробыл над горами?"),  # two spans
    ("ru", "Сколько раз Вольская ныряла под лёд?"),  # a count
    ("ru", "Сколько раз Ирина Вольская была подо льдом озера?"),  # a count of events: no span of time gives it
    ("en", "How many times was Mara Tellen below the frozen lake?"),
]


@pytest.mark.parametrize(("lang", "question"), DECLINED)
def test_two_figures_a_missing_name_or_a_count_are_not_met_so(tutors, lang, question):
    assert tutors[lang].ask(question).kind == "decline"
