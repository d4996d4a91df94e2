"""Figures inside keypoints read as values: a point's figure is made by the same value in any notation the number
reader knows (digits, separators, a decimal comma, scale words and their abbreviations, number words), and a
different value, scale or unit where the point is made does not make it. Invented subjects, both languages."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, Keypoint, Pack, Section


def _explain(lang: str, *points: str) -> Card:
    return Card(id="e", section="s", kind="explain", prompt="What happened?" if lang == "en" else "Что произошло?",
                answer="; ".join(points), keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


def _grade(lang: str, card: Card, answer: str) -> bool:
    pack = Pack(id="t", title="t", sections=(Section(id="s", title="s", notes="x"),), cards=(card,), language=lang)
    return Grader.for_pack(pack).grade(card, answer).correct


CHANGES = [
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge rose by 8%", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge went up 8 per cent", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge increased by eight percent", True),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge rose by 18%", False),
    ("en", "the toll on the bridge rose by 8%", "the toll on the bridge fell by 8%", False),
    ("ru", "плата за мост выросла на 8%", "плата за мост выросла на 8 процентов", True),
    ("ru", "плата за мост выросла на 8%", "плата за мост поднялась на восемь процентов", True),
    ("ru", "плата за мост выросла на 8%", "плата за мост выросла на 80%", False),
    ("ru", "плата за мост выросла на 8%", "плата за мост упала на 8%", False),
]


@pytest.mark.parametrize(("lang", "point", "answer", "right"), CHANGES)
def test_a_percentage_of_change_said_alike_is_the_points(lang, point, answer, right):
    assert _grade(lang, _explain(lang, point), answer) is right


def _card(lang: str, prompt: str, *points: str) -> Card:
    return Card(id="v", section="s", kind="explain", prompt=prompt, answer="; ".join(points),
                keypoints=tuple(Keypoint(p, ()) for p in points), need=len(points))


LOANS = [
    ("$1.5bn of bank loans and a $300m city grant", True),
    ("bank loans of US$1,500 million and a city grant of USD 0.3 billion", True),
    ("USD 1.5 billion in loans from banks and a city grant of 300 million dollars", True),
    ("a city grant of USD 1.5 billion and bank loans of USD 300 million", False),  # each figure another thing's
    ("1.5 million dollars in bank loans and a city grant of 300 million dollars", False),
    ("1.5 billion euros in bank loans and a city grant of 300 million euros", False),
    ("USD 1.5 billion in loans from banks and a city grant of USD 30 million", False),
]


@pytest.mark.parametrize(("answer", "right"), LOANS)
def test_money_in_a_point_is_read_as_a_value(answer, right):
    card = _card("en", "How was the new toll bridge paid for?", "USD 1.5 billion in loans from banks",
                 "a city grant of USD 300 million")
    assert _grade("en", card, answer) is right


FREIGHT = [
    ("55m tonnes of freight cross the river on the bridge each year", True),
    ("the bridge carries 55,000,000 t of freight across the river every year", True),
    ("fifty-five million tonnes of freight cross the river on the bridge each year", True),
    ("5.5 million tonnes of freight cross the river on the bridge each year", False),
    ("55 million kg of freight cross the river on the bridge each year", False),
    ("55 million cubic metres of freight cross the river on the bridge each year", False),  # another unit
]


@pytest.mark.parametrize(("answer", "right"), FREIGHT)
def test_a_long_point_made_in_part_reads_its_figure_as_a_value(answer, right):
    card = _card("en", "Why does the bridge matter?",
                 "the bridge carries 55 million tonnes of freight across the river each year")
    assert _grade("en", card, answer) is right


PAPER = [
    ("ежегодно комбинат перерабатывает 130 тыс. т макулатуры", True),
    ("ежегодно комбинат перерабатывает 0,13 млн тонн макулатуры", True),
    ("ежегодно комбинат перерабатывает 130 000 тонн макулатуры", True),
    ("ежегодно комбинат перерабатывает 13 тысяч тонн макулатуры", False),
    ("ежегодно комбинат перерабатывает 130 тысяч литров макулатуры", False),  # another unit
    ("ежегодно комбинат перерабатывает 130 млн тонн макулатуры", False),
]


@pytest.mark.parametrize(("answer", "right"), PAPER)
def test_a_long_point_made_in_part_reads_its_figure_as_a_value_ru(answer, right):
    card = _card("ru", "Чем важен комбинат?", "ежегодно комбинат перерабатывает около 130 тысяч тонн макулатуры")
    assert _grade("ru", card, answer) is right


EXPORTS = [
    ("экспорт 1800 тыс. тонн, выручка 4200 млн рублей", True),
    ("экспорт 1,8 миллиона тонн, выручка 4,2 миллиарда рублей", True),
    ("экспорт 1,8 млн тонн, выручка 0,0042 трлн рублей", True),
    ("экспорт 1,8 млн тонн, выручка 4,2 трлн рублей", False),
    ("экспорт 1,8 млн тонн, выручка 4,2 млрд долларов", False),
    ("экспорт 18 млн тонн, выручка 4,2 млрд рублей", False),
]


@pytest.mark.parametrize(("answer", "right"), EXPORTS)
def test_figures_of_a_list_are_read_as_values_ru(answer, right):
    card = Card(id="l", section="s", kind="list", prompt="Назовите две цифры экспорта зерна.",
                answer="экспорт 1,8 млн тонн; выручка 4,2 млрд рублей",
                keypoints=(Keypoint("экспорт 1,8 млн тонн", ()), Keypoint("выручка 4,2 млрд рублей", ())), need=2)
    assert _grade("ru", card, answer) is right


READER = [
    ("около 2.25 миллиардов чашек", 2.25e9, "count"),  # a figure of a scale word is no time of day
    ("в 2.25 млн", 2.25e6, "count"),
    ("0,3 трлн рублей", 3e11, "money"),
    ("1,2 триллиона долларов", 1.2e12, "money"),
    ("USD 0.3 trillion", 3e11, "money"),
    ("40 million US dollars", 4e7, "money"),  # a currency of two words after the figure
    ("40 фунтов стерлингов", 40, "money"),
    ("40 swiss chards", 40, "count"),
]


@pytest.mark.parametrize(("text", "value", "kind"), READER)
def test_scale_words_are_read(text, value, kind):
    from studybot.core.quantities import find_quantities
    found = find_quantities(text, lang="ru" if not text.isascii() else "en")
    assert [(q.value, q.kind) for q in found] == [(pytest.approx(value), kind)]


def test_a_time_said_with_a_dot_is_still_a_time():
    from studybot.core.quantities import find_quantities
    assert [q.kind for q in find_quantities("поезд ушёл в 2.25", lang="ru")] == ["time"]


def _short(prompt: str, answer: str) -> Card:
    return Card(id="s", section="s", kind="short", prompt=prompt, answer=answer)


SHORT = [
    ("ru", "2250 тыс. чашек", True),
    ("ru", "2,25 млн", True),
    ("ru", "2 250 000 чашек", True),
    ("ru", "2,25 млн литров", False),  # a measure where the card counts cups
    ("ru", "22,5 млн чашек", False),
    ("ru", "2,25 млрд чашек", False),
    ("en", "$40m", True),
    ("en", "40,000,000 dollars", True),
    ("en", "forty million US dollars", True),
    ("en", "40 million euros", False),
    ("en", "USD 4 million", False),
    ("en", "$40bn", False),
]


@pytest.mark.parametrize(("lang", "answer", "right"), SHORT)
def test_a_short_answer_that_is_its_figure_is_read_as_a_value(lang, answer, right):
    card = _short("Сколько чашек чая выпивают в городе за день?", "около 2,25 миллиона чашек") if lang == "ru" \
        else _short("How much did the new wing of the museum cost?", "about USD 40 million")
    assert _grade(lang, card, answer) is right


COUNTED = [
    ("en", "the archive keeps 3,000,000 letters from the port", True),
    ("en", "the archive keeps three million letters from the port", True),
    ("en", "the archive keeps 3 million visitors from the port", False),  # the figure of another thing
    ("en", "the archive keeps 3,000 letters from the port", False),
    ("ru", "в архиве порта хранится 3 000 000 писем", True),
    ("ru", "в архиве порта хранится 3 млн писем", True),
    ("ru", "в архиве порта хранится 3 млн посетителей", False),
    ("ru", "в архиве порта хранится 3 000 писем", False),
]


@pytest.mark.parametrize(("lang", "answer", "right"), COUNTED)
def test_a_count_with_a_scale_counts_the_points_thing(lang, answer, right):
    point = "the archive keeps about 3 million letters from the port" if lang == "en" \
        else "в архиве порта хранится около 3 миллионов писем"
    assert _grade(lang, _card(lang, "What is in the archive?" if lang == "en" else "Что в архиве?", point),
                  answer) is right


@pytest.mark.parametrize(("answer", "right"), [("в музее 3 000 000 экспонатов", True),
                                               ("в музее 30 000 000 экспонатов", False),
                                               ("в музее 3 000 экспонатов", False)])
def test_a_grouped_figure_before_the_thing_it_counts_is_one_figure(answer, right):
    assert _grade("ru", _card("ru", "Чем известен музей?", "в музее около 3 миллионов экспонатов"), answer) is right


GROUPED = [
    ("about 85k", True),
    ("85 thousand", True),
    ("eighty-five thousand sailors", True),
    ("8,500", False),
    ("85 million", False),
    ("850k", False),
]


@pytest.mark.parametrize(("answer", "right"), GROUPED)
def test_a_short_figure_in_groups_of_thousands_is_read_as_a_value(answer, right):
    assert _grade("en", _short("How many sailors served in the fleet?", "about 85,000 sailors"), answer) is right


# years of two points given each with the other's words (the lead's own Russian pack): a point's words made in a
# clause that gives another year, its own year standing in another clause, do not make it
def _two_events(lang: str, points: tuple[str, ...]) -> Card:
    prompt = "Name two events." if lang == "en" else "Назовите два события."
    return Card(id="l", section="s", kind="list", prompt=prompt,
                answer="; ".join(points), keypoints=tuple(Keypoint(p, ()) for p in points), need=2)


YEARS = [
    ("en", "in 1958 the bridge was opened, in 1974 the tolls were abolished", True),
    ("en", "the bridge was opened in 1958 and the tolls were abolished in 1974", True),
    ("en", "in 1958, the bridge was opened; in 1974, the tolls were abolished", True),
    ("en", "in 1974 the bridge was opened, in 1958 the tolls were abolished", False),
    ("en", "the bridge was opened in 1974 and the tolls were abolished in 1958", False),
    ("en", "in 1974, the bridge was opened; in 1958, the tolls were abolished", False),
    ("ru", "в 1958 году открыли мост, в 1974 году отменили плату за проезд", True),
    ("ru", "мост открыли в 1958 году, а плату за проезд отменили в 1974 году", True),
    ("ru", "в 1974 году открыли мост, в 1958 году отменили плату за проезд", False),
    ("ru", "мост открыли в 1974 году, а плату за проезд отменили в 1958 году", False),
]
MUSEUM = [
    ("en", "in 1966 a museum was founded, in 1990 the island was added to the heritage list", True),
    ("en", "in 1990 a museum was founded, in 1966 the island was added to the heritage list", False),
    ("en", "a museum was founded in 1990 and the island was added to the heritage list in 1966", False),
    ("ru", "в 1966 году создан музей, в 1990 году остров включили в список наследия", True),
    ("ru", "в 1990 году создан музей, в 1966 году остров включили в список наследия", False),
]


@pytest.mark.parametrize(("lang", "answer", "right"), YEARS)
def test_a_points_year_given_in_another_clause_is_another_things(lang, answer, right):
    points = (("in 1958 the bridge was opened", "in 1974 the tolls were abolished") if lang == "en" else
              ("в 1958 году открыли мост", "в 1974 году отменили плату за проезд"))
    assert _grade(lang, _two_events(lang, points), answer) is right


@pytest.mark.parametrize(("lang", "answer", "right"), MUSEUM)
def test_a_list_items_year_taken_from_the_other_item_does_not_make_it(lang, answer, right):
    points = (("in 1966 a museum was founded", "in 1990 the island was added to the heritage list",
               "in 1980 a steel frame was put inside the church") if lang == "en" else
              ("в 1966 году создан музей", "в 1990 году остров включили в список наследия",
               "в 1980 году внутри церкви поставили каркас"))
    assert _grade(lang, _two_events(lang, points), answer) is right
