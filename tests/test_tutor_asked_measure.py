"""The measure a question asks by a phrase (`lexicon_measures`, `tutor.frames.phrase_measures`): "how much does X
weigh?", "what is the lifespan of X?", "what is the population of X?", "what is the boiling point of X?", "сколько
весит X?", "сколько лет живёт X?", "какого роста был X?", "какое население X?" ask a figure of one kind (a mass, a
span of time, a count, a temperature, a length). The passage giving a figure of that kind answers; a text giving only
a figure of another kind about the same thing ("runs at 50 km/h" for the weight) has no answer. Shown on small texts
written here (no pack's subject), in English and Russian."""

from __future__ import annotations

import pytest

from studybot.core.packs import Pack, Section
from studybot.core.tutor import Tutor, analysis, ranking


def _pack(pid: str, notes: str, language: str = "en") -> Pack:
    return Pack(id=pid, title="Brellin", language=language, cards=(),
                sections=(Section(id="b", title="Brellin", notes=notes),))


RIGHT_EN = """\
The town of Brellin stands on the river Oska in the Venmoor hills.
The population of Brellin is about 42,000 people.
The grey lynx of the Venmoor hills weighs about 18 kilograms.
The lifespan of a grey lynx in the wild is about 14 years.
Brellin salt is dug from old mines under the town.
The boiling point of Brellin salt is 1,413 °C.
"""
WRONG_EN = """\
The town of Brellin stands on the river Oska in the Venmoor hills.
The population of Brellin fell by 12% after the mines closed.
A newborn grey lynx weighs little and is born in a litter of 3 kittens.
The lifespan of a grey lynx is shorter in winters colder than minus 30 °C.
Brellin salt is dug from old mines under the town.
The boiling point of Brellin salt was first measured in a mine 300 metres below the town.
"""
RIGHT_RU = """\
Город Брелин стоит на реке Оске в Венморских горах.
Население Брелина составляет около 42 тысяч человек.
Серая рысь Венморских гор весит около 18 килограммов.
Серая рысь живёт около 14 лет.
Охотник Ивар Тан ходил на рысь каждую зиму.
Охотник Ивар Тан был ростом 190 сантиметров.
"""
WRONG_RU = """\
Город Брелин стоит на реке Оске в Венморских горах.
Население Брелина за десять лет выросло на 12 %.
Новорождённая серая рысь весит мало, в помёте обычно 3 котёнка.
Серая рысь живёт в горах на высоте до 2000 метров.
Охотник Ивар Тан ходил на рысь каждую зиму.
Ивар Тан, охотник высокого роста, ждал в засаде 3 дня.
"""


@pytest.fixture(scope="module")
def tutors() -> dict[str, Tutor]:
    return {"right en": Tutor(_pack("right-en", RIGHT_EN), cache=False),
            "wrong en": Tutor(_pack("wrong-en", WRONG_EN), cache=False),
            "right ru": Tutor(_pack("right-ru", RIGHT_RU, "ru"), cache=False),
            "wrong ru": Tutor(_pack("wrong-ru", WRONG_RU, "ru"), cache=False)}


ASKED = [  # (language, question, the fact of the right passage)
    ("en", "How much does a grey lynx weigh?", "18 kilograms"),
    ("en", "What is the lifespan of a grey lynx?", "14 years"),
    ("en", "What is the population of Brellin?", "42,000"),
    ("en", "What is the boiling point of Brellin salt?", "1,413"),
    ("ru", "Сколько весит серая рысь?", "18 килограммов"),
    ("ru", "Сколько лет живёт серая рысь?", "14 лет"),
    ("ru", "Какое население Брелина?", "42 тысяч"),
    ("ru", "Какого роста был Ивар Тан?", "190 сантиметров"),
]


@pytest.mark.parametrize(("lang", "question", "fact"), ASKED)
def test_the_passage_giving_the_measure_asked_answers(tutors, lang, question, fact):
    reply = tutors[f"right {lang}"].ask(question)
    assert reply.kind == "answer" and fact in reply.text


@pytest.mark.parametrize(("lang", "question", "fact"), ASKED)
def test_a_figure_of_another_measure_is_no_answer(tutors, monkeypatch, lang, question, fact):
    tutor = tutors[f"wrong {lang}"]
    assert tutor.ask(question).kind == "decline"
    monkeypatch.setattr(analysis, "phrase_measures", lambda *args: frozenset())
    unruled = Tutor(tutor.pack, cache=False)  # (a tutor remembers its replies)
    assert unruled.ask(question).kind == "answer"  # without the measure asked, the other figure answered


@pytest.mark.parametrize(("lang", "question"), [
    ("en", "What does the boiling point of a salt depend on?"),  # no figure asked
    ("ru", "Сколько рысей живёт в Венморских горах?"),  # a count of lynxes, no lifespan
])
def test_other_questions_with_those_words_ask_no_such_measure(tutors, lang, question):
    tutor = tutors[f"right {lang}"]
    q = tutor.analyser.question(question, question.casefold())
    assert q is not None and not ({"duration", "temperature"} & q.wants.measures)


LAKES_EN = ("Lake Varn lies in the north of the Venmoor hills.\nLake Varn is about 12 km across.\n",
            "Lake Orla lies in the south of the Venmoor hills.\nLake Orla is about 300 metres deep.\n")
LAKES_RU = ("Озеро Варн лежит на севере Венморских гор.\nОзеро Варн имеет поперечник около 12 км.\n",
            "Озеро Орла лежит на юге Венморских гор.\nГлубина озера Орла около 300 метров.\n")
DIMENSIONS = [  # (language, the question of the lake told of by another dimension, of the one told of by it, fact)
    ("en", "How deep is Lake Varn?", "How deep is Lake Orla?", "300 metres"),
    ("ru", "Какая глубина озера Варн?", "Какая глубина озера Орла?", "300 метров"),
]


@pytest.mark.parametrize(("lang", "other", "asked", "fact"), DIMENSIONS)
def test_a_length_of_another_dimension_is_no_answer(monkeypatch, lang, other, asked, fact):
    north, south = LAKES_EN if lang == "en" else LAKES_RU
    pack = Pack(id=f"lakes-{lang}", title="Lakes", language=lang, cards=(),
                sections=(Section(id="n", title="North", notes=north), Section(id="s", title="South", notes=south)))
    tutor = Tutor(pack, cache=False)
    reply = tutor.ask(asked)
    assert reply.kind == "answer" and fact in reply.text
    assert tutor.ask(other).kind == "decline"
    monkeypatch.setattr(ranking, "other_dimension", lambda *args: False)
    assert Tutor(pack, cache=False).ask(other).kind == "answer"  # without the rule, "12 km across" answered
