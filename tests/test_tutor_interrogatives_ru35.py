"""Russian interrogatives the tutor reads by their whole phrase (round 35, issue #12). General words only; invented
texts.

- "во сколько раз X, если Y удвоить?" asks how many times (`RUSSIAN_TUTOR.asks["ratio"]`): a measure word elsewhere in
  the question ("скорость") names what is compared, so "в четыре раза" answers it, no speed need be given;
- "как часто X?" is answered by "каждые несколько минут", "каждую пару недель" (`RUSSIAN_COUNTS.frequency`), as by
  "каждые 5 минут";
- "благодаря чему / вследствие чего / в результате чего X?" ask why X (`RU_REASON_ASKS`), the preposition no word the
  text must say;
- "каким был размер X?" asks a figure (`asks["numeric"]`), as "какой была глубина X?" does; "каким размером" does not.
- "какой ток идёт через X?" asks a figure (`asks["numeric"]`), as "какая сила тока" does; "какой ток называют
  переменным?" and "какой ток, переменный или постоянный?" do not.

A verb the pack does not use is not mended into one it does that differs only by a prefix ("поставил" / "оставил",
"пошёл" / "прошёл", "выйти" / "войти": `verbs_ru.other_prefix`): the learner wrote another verb, no typo.
Nor is one mended into a word with another vowel a Russian learner hears apart from its own ("путают" / "питают":
"у" and "и"; `typos.plausible_typo`'s `strict_vowels`), while unstressed vowels put for each other still are.
"""

from __future__ import annotations

import pytest

from studybot.core.text import normalise
from studybot.core.tutor import Tutor
from studybot.core.tutor.analysis import Question
from studybot.core.tutor.verbs_ru import other_prefix
from studybot.core.typos import plausible_typo
from tests.notes import says, tutor_on


def _asked(tutor: Tutor, question: str) -> Question:
    asked = tutor.analyser.question(question, normalise(question))
    assert asked is not None
    return asked


@pytest.fixture(scope="module")
def sails() -> Tutor:
    return tutor_on(
        "Сила ветра на парус растёт пропорционально квадрату скорости ветра: если скорость ветра увеличить вдвое, "
        "сила на парус вырастет в четыре раза.\n\n"
        "Парусник «Чайка» ходил со скоростью около 12 узлов.\n\n"
        "Гейзер Ормо на острове Тальви выбрасывает пар почти непрерывно: каждые несколько минут над ним встаёт "
        "облако.\n\n"
        "Гейзер Ровна на том же острове молчит уже сто лет.\n\n"
        "Вода в бухте Тальви чистая благодаря течению, которое уносит ил в открытое море.\n\n"
        "Участок сада у деревни Вельм отвели под яблони.", "Ветер и вода", "ru")


def test_how_many_times_is_answered_by_a_ratio(sails: Tutor) -> None:
    question = "во сколько раз вырастет сила на парус, если скорость ветра удвоить?"
    assert not _asked(sails, question).wants.measures  # "скорость" is what is compared, no speed asked
    assert says(sails, question, "в четыре раза")


def test_how_fast_still_asks_a_speed(sails: Tutor) -> None:
    assert _asked(sails, "Какая скорость была у парусника «Чайка»?").wants.measures


def test_every_few_minutes_says_how_often(sails: Tutor) -> None:
    assert says(sails, "как часто извергается гейзер Ормо?", "каждые несколько минут")
    assert sails.ask("как часто извергается гейзер Ровна?").kind == "decline"


@pytest.mark.parametrize("question", [
    "Благодаря чему вода в бухте Тальви чистая?",
    "Вследствие чего вода в бухте Тальви чистая?",
    "В результате чего вода в бухте Тальви чистая?",
])
def test_a_preposition_of_cause_asks_why(sails: Tutor, question: str) -> None:
    asked = _asked(sails, question)
    assert asked.wants.reason
    assert not {"благодаря", "вследствие", "результате"} & {u.text for u in asked.units}
    assert says(sails, question, "течению")


@pytest.mark.parametrize(("question", "numeric"), [
    ("Каким был размер участка у деревни Вельм?", True),
    ("Каким было давление в котле?", True),
    ("Какой была глубина бухты?", True),
    ("Каким размером написана поэма?", False),
    ("Каким был сад у деревни Вельм?", False),
])
def test_what_size_was_asks_a_figure(sails: Tutor, question: str, numeric: bool) -> None:
    assert _asked(sails, question).wants.numeric is numeric


def test_no_figure_of_a_size_asked_is_no_answer(sails: Tutor) -> None:
    assert sails.ask("Каким был размер участка у деревни Вельм?").kind == "decline"


@pytest.fixture(scope="module")
def workshop() -> Tutor:
    return tutor_on(
        "В 1820 году мастер Ирвен оставил мастерскую сыну и уехал в Тальви.\n\n"
        "Караван прошёл через перевал Ормо за три дня.\n\n"
        "Сын Ирвена построил вторую печь для стекла.", "Мастерская", "ru")


@pytest.mark.parametrize(("question", "word"), [
    ("Когда мастер Ирвен поставил опыт с линзой?", "поставил"),  # not "оставил": another verb, no typo of it
    ("Когда караван пошёл на перевал Ормо?", "пошел"),  # not "прошёл"
])
def test_a_verb_with_another_prefix_is_no_typo(workshop: Tutor, question: str, word: str) -> None:
    assert word in {u.text for u in _asked(workshop, question).units}


def test_a_verb_with_another_prefix_asks_what_the_text_does_not_say(workshop: Tutor) -> None:
    assert workshop.ask("Когда мастер Ирвен поставил опыт с линзой?").kind == "decline"


def test_a_typo_in_a_verb_is_still_mended(workshop: Tutor) -> None:
    assert "оставил" in {u.text for u in _asked(workshop, "Когда мастер Ирвен оставил мастерскую сыну?").units}
    assert "построил" in {u.text for u in _asked(workshop, "Кто постороил вторую печь?").units}


@pytest.mark.parametrize(("word", "meant", "other"), [
    ("поставил", "оставил", True), ("выйти", "войти", True), ("пошел", "прошел", True),
    ("путают", "питают", False), ("зрачек", "зрачок", False), ("построел", "построил", False),
])
def test_other_prefix(word: str, meant: str, other: bool) -> None:
    assert other_prefix(word, meant) is other


@pytest.mark.parametrize(("written", "meant", "typo"), [
    ("путают", "питают", False), ("выбор", "вобор", False),  # "у" / "и", "ы" / "о": heard apart in Russian
    ("карова", "корова", True), ("зрачек", "зрачок", True), ("симья", "семья", True),  # unstressed, after "ч"
    ("шлеиден", "шлейден", True), ("тюльпан", "тульпан", True),
])
def test_russian_vowels_put_for_each_other(written: str, meant: str, typo: bool) -> None:
    assert plausible_typo(written, meant, strict_vowels=True) is typo
    assert plausible_typo(written, meant)  # any two vowels, for the grader's slips and other languages


def test_a_word_with_a_vowel_heard_apart_is_no_typo() -> None:
    tutor = tutor_on("Мох и лишайник питают оленей зимой.\n\nСтарые пастухи часто сбивались с тропы в тумане.",
                     "Тундра", "ru")
    assert "путают" in {u.text for u in _asked(tutor, "Какие тропы путают пастухи?").units}
    assert "питают" in {u.text for u in _asked(tutor, "Что питоют оленей зимой?").units}  # a typo still mended


@pytest.mark.parametrize(("question", "numeric"), [
    ("Какой ток идёт через лампу накаливания?", True),
    ("Какой ток потребляет чайник мощностью 2000 Вт?", True),
    ("Какой ток называют переменным?", False),
    ("Какой ток в сети: переменный или постоянный?", False),
])
def test_what_current_asks_a_figure(sails: Tutor, question: str, numeric: bool) -> None:
    assert _asked(sails, question).wants.numeric is numeric


def test_a_current_is_answered_by_its_figure() -> None:
    tutor = tutor_on("Через лампу фонаря «Луч» идёт ток около 0,3 А.\n\nЛампу фонаря «Блик» делают в Тальви.",
                     "Фонари", "ru")
    assert says(tutor, "Какой ток идёт через лампу фонаря «Луч»?", "0,3 А")
    assert tutor.ask("Какой ток идёт через лампу фонаря «Блик»?").kind == "decline"
