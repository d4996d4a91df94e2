"""A question of a birth or a burial ("where was X born?", "где похоронен X?"), or "what did X die of?", asks of that
event only (`tutor.lives`): a reply naming X but telling of another event ("the engineer X built ...") would state a
fact the text does not give, so the tutor declines; the event said by its verb, its noun ("birth", "grave",
"рождения", "могила") or a life's years answers. Invented notes, of no pack."""

from __future__ import annotations

import pytest

from studybot.core.tutor import Tutor
from tests.notes import says, tutor_on

NOTES_EN = """\
The Tarn Works made copper kettles in the town of Arrow.
In the 1880s the Danish engineer Orlan Tesk built a steam press for the Tarn Works.
Edda Voss was born in Marlow in 1841 and came to Arrow as a girl.
The glassmaker Jory Penhale (1790–1858) ran the furnace of the works.
The founder Amos Penrose lies buried in the churchyard of Arrow.
Silas Crane died of cholera in 1866, a year after he sold the works.
"""

NOTES_RU = """\
Инженер Павел Ершов в 1905 году построил мост через Тавду.
Мастер Иван Рябов родился в Перми и строил шлюзы на Каме.
Инженер Карл Остен в 1930 году уехал в Германию.
Купца Семёна Лаптева похоронили на Пермском кладбище.
"""


@pytest.fixture(scope="module")
def english() -> Tutor:
    return tutor_on(NOTES_EN, "The Tarn Works")


@pytest.fixture(scope="module")
def russian() -> Tutor:
    return tutor_on(NOTES_RU, "Мосты", "ru", section_title="Мосты")


@pytest.mark.parametrize(("question", "fact"), [
    ("Where was Edda Voss born?", "Marlow"),  # the verb itself
    ("When was Jory Penhale born?", "1790–1858"),  # a life's years
    ("Where is Amos Penrose buried?", "churchyard"),
    ("What did Silas Crane die of?", "cholera"),
])
def test_the_event_told_answers(english: Tutor, question: str, fact: str) -> None:
    assert says(english, question, fact)


@pytest.mark.parametrize("question", [
    "Where was Orlan Tesk born?",  # "the Danish engineer Orlan Tesk built ...": no birth told
    "Where is Jory Penhale buried?",  # a life's years tell no burial
    "What did Orlan Tesk die of?",
    "Where was Silas Crane buried?",
])
def test_another_event_of_the_same_name_is_declined(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "decline"


@pytest.mark.parametrize("question", [
    "Who was Orlan Tesk?",  # what X is: not an event
    "What did Orlan Tesk build?",
])
def test_other_questions_are_left_alone(english: Tutor, question: str) -> None:
    assert english.ask(question).kind == "answer"


@pytest.mark.parametrize(("question", "fact"), [
    ("Где родился Рябов?", "Перми"),
    ("Где похоронен Семён Лаптев?", "кладбище"),
])
def test_russian_event_told_answers(russian: Tutor, question: str, fact: str) -> None:
    assert says(russian, question, fact)


@pytest.mark.parametrize("question", [
    "Где родился Павел Ершов?",  # "построил мост": no birth
    "Где похоронен Карл Остен?",  # "уехал в Германию": no burial
    "Когда родился Остен?",
])
def test_russian_another_event_is_declined(russian: Tutor, question: str) -> None:
    assert russian.ask(question).kind == "decline"



NOTES_HYPHEN_BORN = """\
The Tarn Works made copper kettles in the town of Arrow.
The works were led by Orlan Tesk, a Danish-born engineer who built a steam press for them.
Jory Penhale, a Welsh-born glassmaker who had fled Bristol in 1833, ran the furnace of the works.
Amos Penrose designed the kettles that made the works famous.
"""


@pytest.fixture(scope="module")
def hyphen_born() -> Tutor:
    return tutor_on(NOTES_HYPHEN_BORN, "The Tarn Works")


def test_hyphen_born_makes_born_a_name_word(hyphen_born: Tutor) -> None:
    """The premise of the next test: "Danish-born", "Welsh-born" and no "born" on its own make "born" a word of the
    pack's names (as "Australian-born", "German-born" do in a pack on penicillin)."""
    asked = hyphen_born.analyser.question("Where was Amos Penrose born?", "where was amos penrose born?")
    assert asked is not None and any(u.text == "born" and u.name for u in asked.units)


@pytest.mark.parametrize(("question", "fact"), [
    ("Where was Amos Penrose born?", None),  # "born" read as a name's word: still a birth asked, none told
    ("When was Amos Penrose born?", None),
    ("Where was Orlan Tesk born?", "Danish-born"),  # so does a "-born" word
    ("What did Amos Penrose design?", "kettles"),  # no birth asked
])
def test_born_read_as_a_name_still_asks_a_birth(hyphen_born: Tutor, question: str, fact: str | None) -> None:
    if fact is None:
        assert hyphen_born.ask(question).kind == "decline"
    else:
        assert says(hyphen_born, question, fact)
