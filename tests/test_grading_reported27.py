"""From instructors' reports (round 27), on invented cards of a lake survey (no pack's words).

A noun for people opening a sentence before a surname ("Астроном Родионов измерял ...") is no given name: the
surname alone still names the one person who has it. A run of names after a noun for people in lower case
("американец Джеймс Уолтер", "штурман ...") is a person's however foreign the surname (no "-ов", "-ин"), so the
surname alone, initials and case forms answer a card that does not ask "кто", and a short one without its soft
sign ("Вейл" for "Вейль") is still a slip of it. A duration given in the card's own
unit is read as written: with tolerance 0, "750 дней" is not 751 days (a converted figure may still be rounded)."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card
from studybot.core.packs.model import Keypoint, NumberSpec

NOTES = ("Экспедицию на озеро вёл капитан Пётр Андреевич Воронов. Карты составлял штурман Глеб Семёнович "
         "Родионов. Астроном Родионов измерял широту. Портреты писал художник Лев Павлович Семёнов. Первым на "
         "остров высадился американец Джеймс Уолтер. Воду мерил учёный Мартин Вейль. Переход длился 751 день.")
ASKED = {"Глеб Семёнович Родионов": "Какой участник составлял карты?",
         "Джеймс Уолтер": "Чья лодка первой пристала к острову?", "Мартин Вейль": "Чей опыт с водой?"}
LAKE = Grader(language="ru", texts=(*ASKED, *ASKED.values(), NOTES), who=())


def _short(answer: str) -> Card:
    return Card(id="c", section="s", kind="short", prompt=ASKED[answer], answer=answer)


@pytest.mark.parametrize(("answer", "given", "right"), [
    ("Глеб Семёнович Родионов", "Родионов", True),  # "Астроном" is no given name of a second Родионов
    ("Глеб Семёнович Родионов", "Г. С. Родионов", True),
    ("Глеб Семёнович Родионов", "Семёнов", False),
    ("Глеб Семёнович Родионов", "Воронов", False),
    ("Джеймс Уолтер", "Уолтер", True),  # after "американец": a person, though "-ер" is no Russian surname's ending
    ("Джеймс Уолтер", "Дж. Уолтер", True),
    ("Джеймс Уолтер", "уолтера", True),
    ("Джеймс Уолтер", "Воронов", False),
    ("Джеймс Уолтер", "Уолтон", False),
    ("Мартин Вейль", "Вейль", True),
    ("Мартин Вейль", "Вейл", True),  # its soft sign left out, as the surname of a person
    ("Мартин Вейль", "Вейля", True),
    ("Мартин Вейль", "Вей", False),
    ("Мартин Вейль", "Уолтер", False),
])
def test_names_after_nouns_for_people(answer, given, right):
    assert LAKE.grade(_short(answer), given).correct is right


def _days(tolerance: float) -> Card:
    return Card(id="d", section="s", kind="numeric", prompt="Сколько дней длился переход?", answer="751 день",
                number=NumberSpec(value=751, unit="days", tolerance=tolerance))


@pytest.mark.parametrize(("tolerance", "given", "right"), [
    (0, "751 день", True),
    (0, "751", True),
    (0, "750 дней", False),  # in the card's own unit: no rounding read into it
    (0, "752 дня", False),
    (2, "750 дней", True),
    (0, "около 751 дня", True),
])
def test_days_in_the_cards_own_unit(tolerance, given, right):
    assert LAKE.grade(_days(tolerance), given).correct is right


SURVEY = ("The northern arc was measured by Jean-Baptiste Lefebvre. The southern arc was measured by Louise Marchand "
          "and her brother Louis Marchand.")
WHO_LED = {"Jean-Baptiste Lefebvre": "Who measured the northern arc?"}
ARC = Grader(language="en", texts=(*WHO_LED, *WHO_LED.values(), SURVEY), who=tuple(WHO_LED))


@pytest.mark.parametrize(("given", "right"), [
    ("Lefebvre", True),
    ("Lefebvr", True),  # its last "e" is not said: left out, a slip
    ("lefebvr", True),
    ("Lefeb", False),
    ("Marchand", False),
])
def test_a_silent_last_e_left_out(given, right):
    card = Card(id="n", section="s", kind="short", prompt=WHO_LED["Jean-Baptiste Lefebvre"],
                answer="Jean-Baptiste Lefebvre")
    assert ARC.grade(card, given).correct is right


@pytest.mark.parametrize(("long", "short", "slip"), [
    ("lefebvre", "lefebvr", True),
    ("гоголь", "гогол", False),  # (a soft sign: `aliases`, by its cases)
    ("louise", "louis", False),  # another name
    ("ivanova", "ivanov", False),
    ("moore", "moor", False),  # a vowel before: not two consonants
])
def test_silent_end(long, short, slip):
    from studybot.core.name_spellings import silent_end
    assert silent_end(long, short) is slip


UNITS = Grader(language="en", texts=("Current is measured in amperes, charge in coulombs, force in newtons.",))
SYMBOLS = Card(id="u", section="s", kind="list", prompt="Name the units of current, charge and force.",
               answer="ampere, coulomb, newton",
               keypoints=(Keypoint("ampere", ("A", "amp")), Keypoint("coulomb", ("C",)), Keypoint("newton", ("N",))))


@pytest.mark.parametrize(("given", "right"), [
    ("A, C, N", True),  # "A" is the point's own symbol, though "a" is also the article
    ("C, N and A", True),
    ("ampere, coulomb, N", True),
    ("C, N, a", False),  # in lower case: the article, no symbol
    ("C, N, a lot", False),
    ("A coulomb and a newton", False),  # the article opening a sentence
])
def test_a_symbol_of_one_letter_in_a_keypoints_accept(given, right):
    assert UNITS.grade(SYMBOLS, given).correct is right


BOATS = Grader(language="ru", texts=("Лодка «Чайка» сильно текла, а у «Ласточки» была двойная обшивка.",))


@pytest.mark.parametrize(("given", "right"), [
    ("Чайка сильно тёк", True),  # "сильно" says how much: no opposite of "слабый"
    ("а Чайка сильно протекала", True),
    ("Чайка тёк", True),
    ("у Чайки был сильный корпус", False),  # the adjective is the opposite
    ("у Чайки был крепкий корпус", False),
])
def test_an_adverb_of_degree_is_no_opposite(given, right):
    card = Card(id="b", section="s", kind="explain", prompt="Чем различались лодки?", answer="x",
                keypoints=(Keypoint("у «Чайки» был слабый корпус", ("тёк", "протекала")),))
    assert BOATS.grade(card, given).correct is right


VERDICT = Grader(language="ru", texts=("Позднее вывод Воронова был отвергнут учёными, а спор достигнул суда.",))


@pytest.mark.parametrize(("point", "given", "right"), [
    ("отвергнут вывод Воронова", "учёные отвергли вывод Воронова", True),  # "-ну-" dropped in the past
    ("отвергнут вывод Воронова", "учёные отвергла вывод Воронова", True),
    ("отвергнут вывод Воронова", "вывод Воронова отверг Петров", True),
    ("отвергнут вывод Воронова", "учёные не отвергли вывод Воронова", False),
    ("отвергнут вывод Воронова", "учёные приняли вывод Воронова", False),
    ("отвергли вывод Воронова", "вывод Воронова был отвергнут", True),
])
def test_a_short_participle_in_nut_and_its_past(point, given, right):
    card = Card(id="v", section="s", kind="explain", prompt="Что стало с выводом?", answer="x",
                keypoints=(Keypoint(point),))
    assert VERDICT.grade(card, given).correct is right


@pytest.mark.parametrize(("a", "b", "same"), [
    ("отвергнут", "отвергл", True),
    ("достигнут", "достиг", True),
    ("минут", "мин", False),  # a noun, too short
    ("повернут", "поверл", False),  # "-ну-" kept after "р"
])
def test_nu_dropped(a, b, same):
    from studybot.core.ru_families import nu_dropped
    assert nu_dropped(a, b) is same


TABLET = Grader(language="en", texts=("The tablet carries one law in cuneiform, Aramaic and ancient Greek.",))


@pytest.mark.parametrize(("given", "right"), [
    ("greek, aramaic and cuneiform", True),  # "ancient Greek" named without its period: the same script
    ("ancient greek, aramaic, cuneiform", True),
    ("modern greek, aramaic, cuneiform", False),  # another period
    ("Byzantine Greek, aramaic, cuneiform", False),  # another word in its place
    ("latin, aramaic, cuneiform", False),
])
def test_a_name_without_its_word_of_period(given, right):
    card = Card(id="t", section="s", kind="list", prompt="Which scripts are on the tablet?", answer="x",
                keypoints=(Keypoint("cuneiform"), Keypoint("Aramaic"), Keypoint("ancient Greek")))
    assert TABLET.grade(card, given).correct is right
