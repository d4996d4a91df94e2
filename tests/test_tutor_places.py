""""Where / where from / where to / in which city / где / куда / откуда / в каком городе" answered by the passage
that gives the place, en and ru, on invented notes: "in/at/near/from/to + a name", "on the banks of", "in the north
of", a town word after a name; ru "в/на/под/из + a name in any case" ("в Варне", "под Орвиком", "из Далмора",
"на Урале"). Rules of the language: no name here is any pack's."""

from __future__ import annotations

import pytest

from tests.notes import says, tutor_on

EN_NOTES = (
    "The guild of salt merchants met every spring. "
    "The first printing press of the valley was set up in Varno in 1502. "
    "Tomas Keld was born near Orvik, a fishing town on the northern coast. "
    "The salt was shipped from Dalmor to the markets of Tesk. "
    "The old fortress stands on the banks of the Ilva. "
    "The monastery lies in the north of Karelo. "
    "The copper came from mines at Rudny. "
    "The treaty of 1611 was signed at the castle of Hovd."
)

EN_ROWS = [
    ("Where was the first printing press of the valley set up?", "in Varno"),
    ("In which city was the first printing press set up?", "in Varno"),
    ("Where was Tomas Keld born?", "near Orvik"),
    ("In which town was Tomas Keld born?", "near Orvik"),
    ("Where was the salt shipped from?", "from Dalmor"),
    ("Where was the salt shipped to?", "to the markets of Tesk"),
    ("Where does the old fortress stand?", "on the banks of the Ilva"),
    ("Where does the monastery lie?", "in the north of Karelo"),
    ("Where did the copper come from?", "at Rudny"),
    ("Where was the treaty of 1611 signed?", "castle of Hovd"),
]


@pytest.mark.parametrize(("question", "fact"), EN_ROWS)
def test_where_is_answered_by_the_place_en(question: str, fact: str) -> None:
    assert says(tutor_on(EN_NOTES, "Valley towns"), question, fact)


RU_NOTES = (
    "Гильдия солеваров собиралась каждую весну. "
    "Первую типографию долины открыли в Варне в 1502 году. "
    "Томас Кельд родился под Орвиком, рыбацким городом на северном побережье. "
    "Соль везли из Далмора на рынки Теска. "
    "Старая крепость стоит на берегу Ильвы. "
    "Монастырь находится на севере Карелы. "
    "Медь добывали на Урале. "
    "Договор 1611 года подписали в замке Ховд."
)

RU_ROWS = [
    ("Где открыли первую типографию долины?", "в Варне"),
    ("В каком городе открыли первую типографию?", "в Варне"),
    ("Где родился Томас Кельд?", "под Орвиком"),
    ("Откуда везли соль?", "из Далмора"),
    ("Куда везли соль?", "на рынки Теска"),
    ("Где стоит старая крепость?", "на берегу Ильвы"),
    ("Где находится монастырь?", "на севере Карелы"),
    ("Где добывали медь?", "на Урале"),
    ("Где подписали договор 1611 года?", "в замке Ховд"),
]


@pytest.mark.parametrize(("question", "fact"), RU_ROWS)
def test_where_is_answered_by_the_place_ru(question: str, fact: str) -> None:
    assert says(tutor_on(RU_NOTES, "Города долины", language="ru"), question, fact)
