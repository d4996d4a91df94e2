"""US customary, imperial and old Russian units, pressures, energies and powers, in English and
Russian: each form converted to the card's unit within rounding; the traps (a figure in
another kind of unit, a bare figure read in another unit, money told from a mass, "л. с."
from litres, "in" the preposition) rejected. Subjects are invented."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec
from studybot.core.quantities import find_quantities


def numeric(value: float, unit: str, prompt: str = "How much was it?") -> Card:
    return Card(id="c", section="s", kind="numeric", prompt=prompt, answer=f"{value:g} {unit}",
                number=NumberSpec(value, unit))


def _russian(text: str) -> bool:
    return any("а" <= ch.lower() <= "я" for ch in text)


# (value, card's unit, answer, right). Conversions checked by hand: 1 US gal = 3.785411784 L,
# 1 imp gal = 4.54609 L, 1 lb = 0.45359237 kg, 1 фунт = 409.5 g, 1 пуд = 16.38 kg, 1 верста = 1066.8 m,
# 1 atm = 101325 Pa = 760 mmHg = 14.696 psi, 1 kcal = 4.184 kJ, 1 hp = 745.7 W, 1 л. с. = 735.5 W.
VOLUMES = [
    (2.3e6, "US gallons", "2.3 million gallons", True), (2.3e6, "US gallons", "2.3 million US gallons", True),
    (2.3e6, "US gallons", "8700 cubic metres", True),  # 8706 m3, rounded to hundreds
    (2.3e6, "US gallons", "8.7 million litres", True), (2.3e6, "US gallons", "2.3 million litres", False),
    (2.3e6, "US gallons", "about 2 million gallons", False), (2.3e6, "US gallons", "8700 m3", True),
    (2.3e6, "US gallons", "2.3 million imperial gallons", False),
    (1000, "imperial gallons", "1000 gallons", True), (1000, "imperial gallons", "4546 litres", True),
    (1000, "imperial gallons", "3785 litres", False), (1000, "gallons", "3785 litres", True),
    (1000, "gallons", "4546 litres", False), (1000, "imperial gallons", "1000 US gallons", False),
    (2, "quarts", "1.89 litres", True), (2, "quarts", "2 litres", False), (2, "quarts", "half a gallon", True),
    (3, "pints", "1.42 l", True), (16, "fluid ounces", "473 ml", True), (16, "fl oz", "16 fluid ounces", True),
    (2, "cups", "473 ml", True), (2, "cups", "2 pints", False),
    (1, "barrel", "159 litres", True), (1, "barrel", "42 gallons", True), (1, "barrel", "100 litres", False),
    (5e6, "barrels", "5 million bbl", True), (10, "bushels", "352 litres", True),
    (20, "cubic feet", "0.57 m3", True), (20, "cu ft", "20 cubic feet", True), (20, "ft³", "20 cubic feet", True),
    (20, "cubic feet", "20 feet", False), (3, "cubic yards", "2.29 cubic metres", True),
    (100, "cubic inches", "1.64 litres", True),
    (10, "вёдер", "123 литра", True), (10, "вёдер", "10 литров", False), (5, "баррелей", "795 литров", True),
    (2, "галлона", "7,57 литра", True), (2, "галлона", "2 литра", False),
]
MASSES = [
    (5, "pounds", "5 pounds", True), (5, "pounds", "5 lb", True), (5, "pounds", "5 lbs", True),
    (5, "pounds", "2.27 kg", True), (5, "pounds", "£5", False), (5, "pounds", "5 kg", False),
    (5, "lb", "80 ounces", True), (5, "lb", "80 oz", True), (5, "lb", "5 pounds sterling", False),
    (2, "kg", "4.4 pounds", True), (2, "kg", "paid 4.4 pounds", False),
    (12, "ounces", "340 g", True), (12, "ounces", "12 grams", False), (1, "troy ounce", "31.1 g", True),
    (14, "stone", "89 kg", True), (14, "stone", "196 lb", True), (14, "stone", "14 kg", False),
    (11, "stone", "11 stone 0 lb", True), (11.5, "stone", "11 stone 7 lb", True), (11, "stone", "11 stone 7 lb", False),
    (1, "short ton", "907 kg", True), (1, "short ton", "2000 pounds", True), (1, "long ton", "1016 kg", True),
    (1, "long ton", "907 kg", False), (1, "tonne", "1 metric ton", True), (1, "tonne", "1 short ton", False),
    (5, "grains", "324 mg", True), (5, "carats", "1 g", True), (5, "carats", "5 g", False),
    (10, "пудов", "164 кг", True), (10, "пудов", "10 кг", False), (1, "пуд", "40 фунтов", True),
    (2, "фунта", "819 г", True), (2, "фунта", "907 г", False), (3, "пуда", "3 пуда", True),
    (90, "фунтов", "2 пуда 10 фунтов", True), (1, "центнер", "100 кг", True), (2, "центнера", "200 кг", True),
]
LENGTHS = [
    (30, "inches", "30 in", True), (30, "inches", "30 in.", True), (30, "inches", "76 cm", True),
    (30, "inches", '30″', True), (30, "inches", "30 cm", False), (70, "inches", "5'10''", True),
    (70, "inches", "5 ft 10 in", True), (70, "inches", "5 feet 10 inches", True), (70, "inches", "1.78 m", True),
    (6, "feet", "6 ft", True), (6, "feet", "1.83 m", True), (6, "feet", "6 m", False), (6, "feet", "2 yards", True),
    (100, "yards", "91 m", True), (26.2, "miles", "42.2 km", True), (26.2, "miles", "26.2 km", False),
    (200, "nautical miles", "370 km", True), (200, "nautical miles", "200 miles", False),
    (10, "fathoms", "18.3 m", True), (20000, "leagues", "96,560 km", True),
    (3, "верст", "3,2 км", True), (3, "верст", "3 км", False), (3, "версты", "3 версты", True),
    (2, "аршина", "1,42 м", True), (2, "аршина", "2 метра", False), (5, "саженей", "10,7 м", True),
    (1, "сажень", "3 аршина", True), (10, "дюймов", "25,4 см", True), (6, "футов", "1,83 м", True),
    (1, "морская миля", "1852 м", True), (100, "миль", "161 км", True), (100, "миль", "100 морских миль", False),
    # 1 ly = 9.4607e15 m, 1 pc = 3.0857e16 m = 3.26 ly
    (4.2, "light-years", "4.2 ly", True), (4.2, "light-years", "1.3 parsecs", True),
    (4.2, "light-years", "4.2 km", False), (2.5e6, "light-years", "770 kpc", True),
    (2.5e6, "light-years", "2.5 million km", False), (2.5e6, "light-years", "0.77 Mpc", True),
    (10, "световых лет", "3,07 парсека", True), (10, "световых лет", "10 км", False),
]
SPEEDS = [
    (5, "knots", "9.3 km/h", True), (5, "knots", "5 mph", False), (60, "mph", "97 km/h", True),
    (60, "mph", "60 miles per hour", True), (60, "mph", "60 km/h", False), (10, "ft/s", "3 m/s", True),
    (20, "узлов", "37 км/ч", True), (20, "узлов", "20 км/ч", False), (30, "миль в час", "48 км/ч", True),
]
PRESSURES = [
    (1, "atm", "101 kPa", True), (1, "atm", "1013 hPa", True), (1, "atm", "1.01 bar", True),
    (1, "atm", "760 mmHg", True), (1, "atm", "14.7 psi", True), (1, "atm", "760 torr", True),
    (1, "atm", "1 bar", True),  # 1.01325 bar, rounded to whole bars
    (1, "atm", "100 Pa", False), (2, "bar", "2000 mbar", True), (2, "bar", "200 kPa", True),
    (2, "bar", "2 psi", False), (30, "psi", "2.07 bar", True), (30, "psi", "207 kPa", True),
    (1013, "hPa", "1013 millibars", True), (1013, "hPa", "1 atmosphere", True), (5, "MPa", "50 bar", True),
    (5, "MPa", "5 kPa", False),
    (760, "мм рт. ст.", "1 атм", True), (760, "мм рт. ст.", "760 мм", False), (760, "мм рт. ст.", "101,3 кПа", True),
    (2, "атмосферы", "2 атм", True), (2, "атмосферы", "2 бара", True), (1013, "гПа", "1013 мбар", True),
    (120, "мм рт. ст.", "120 миллиметров ртутного столба", True),
]
ENERGIES = [
    (100, "kcal", "418 kJ", True), (100, "kcal", "100 kJ", False), (100, "kcal", "100 kilocalories", True),
    (100, "kcal", "100,000 calories", True), (1, "kWh", "3.6 MJ", True), (1, "kWh", "3600 kJ", True),
    (1, "kWh", "1 kW", False), (1000, "BTU", "1.06 MJ", True), (1000, "BTU", "1055 kJ", True),
    (1000, "BTU", "1000 J", False), (200, "калорий", "837 Дж", True), (200, "ккал", "837 кДж", True),
    (200, "ккал", "200 кал", False), (1, "кВт·ч", "3,6 МДж", True), (5, "кВт·ч", "5 кВт*ч", True),
]
POWERS = [
    (300, "hp", "224 kW", True), (300, "hp", "300 horsepower", True), (300, "hp", "300 kW", False),
    (2, "GW", "2000 MW", True), (2, "GW", "2 MW", False), (1.5, "kW", "1500 W", True), (1.5, "kW", "2 hp", True),
    (100, "л. с.", "100 л. с.", True), (100, "л. с.", "73,5 кВт", True), (100, "л. с.", "100 л", False),
    (100, "л. с.", "100 лошадиных сил", True), (150, "кВт", "204 л. с.", True), (150, "кВт", "150 л. с.", False),
]


@pytest.mark.parametrize(("value", "unit", "answer", "right"),
                         VOLUMES + MASSES + LENGTHS + SPEEDS + PRESSURES + ENERGIES + POWERS)
def test_customary_units(value, unit, answer, right):
    grader = Grader(language="ru" if _russian(unit + answer) else "en")
    assert grader.grade(numeric(value, unit), answer).correct is right


@pytest.mark.parametrize(("prompt", "value", "unit", "answer", "right"), [
    ("What did a season ticket at Fernhill cost in 1890?", 5, "pounds", "5 pounds", True),
    ("What did a season ticket at Fernhill cost in 1890?", 5, "pounds", "£5", True),
    ("What did a season ticket at Fernhill cost in 1890?", 5, "pounds", "2.27 kg", False),
    ("How heavy was the Fernhill cheese?", 5, "pounds", "2.27 kg", True),
    ("How heavy was the Fernhill cheese?", 5, "pounds", "£5", False),
    ("Сколько стоил билет в Заречье?", 5, "фунтов", "5 фунтов стерлингов", True),
    ("Сколько весил зареченский сыр?", 5, "фунтов", "2 кг", True),
    ("Сколько весил зареченский сыр?", 5, "фунтов", "5 фунтов стерлингов", False),
])
def test_pounds_money_or_mass(prompt, value, unit, answer, right):
    """A card's unit "pounds" is a mass unless the card is about money; an answer's "pounds" is money
    with "£", "sterling" or a word of price, and otherwise either."""
    grader = Grader(language="ru" if _russian(prompt) else "en")
    assert grader.grade(numeric(value, unit, prompt), answer).correct is right


@pytest.mark.parametrize(("text", "kinds"), [
    ("one in four pupils", ["count", "count"]),  # "in" the preposition is no inch
    ("5 in 10 households", ["count", "count"]),
    ("they walked 30 miles on sore feet", ["length"]),
    ("a ton of paperwork", []),
    ("the 3 stone bridges", ["mass"]),  # (a figure and "stone": read so; a count card still takes its 3)
    ("in the 1990's", ["count"]),
    ("100 л. с.", ["power"]), ("100 л", ["volume"]), ("3 бара", ["pressure"]), ("5 узлов", ["speed"]),
])
def test_traps(text, kinds):
    lang = "ru" if _russian(text) else "en"
    assert [q.kind for q in find_quantities(text, lang=lang)] == kinds


@pytest.mark.parametrize(("prompt", "value", "answer", "right"), [
    ("How many stone bridges cross the Amsel?", 3, "3 stone bridges", True),
    ("How many feet does the Ortlan beetle have?", 6, "6 feet", True),
    ("How many cups did the Varno club win?", 4, "4 cups", True),
    ("How many cups did the Varno club win?", 4, "5 cups", False),
    ("Сколько узлов у сети Лорка?", 12, "12 узлов", True),
])
def test_count_cards_keep_their_figure(prompt, value, answer, right):
    """A unit word that is also a thing ("stone", "feet", "cup", "узел") does not stop a count."""
    grader = Grader(language="ru" if _russian(prompt) else "en")
    card = Card(id="c", section="s", kind="numeric", prompt=prompt, answer=str(value), number=NumberSpec(value, ""))
    assert grader.grade(card, answer).correct is right


def test_two_lengths_join_as_a_length_never_a_duration():
    found = find_quantities("5 km 300 m")
    assert [q.kind for q in found] == ["length", "count"]
    assert found[0].value == pytest.approx(5300)


@pytest.mark.parametrize(("text", "kinds"), [
    ("he wrote '5' on the board", ["count"]),  # a figure in quotes is no length
    ("5'10''", ["length"]), ("5′10″", ["length"]), ("a 12 in. pipe", ["length"]), ("12 in long", ["length"]),
    ("the 1,000' mark", ["length"]), ("1'000 people", ["count"]), ("30 fps", ["count"]),
    ("в 5 футах", ["length"]), ("при 2 атмосферах", ["pressure"]), ("при 3 барах", ["pressure"]),
])
def test_marks_and_case_forms(text, kinds):
    lang = "ru" if _russian(text) else "en"
    assert [q.kind for q in find_quantities(text, lang=lang)] == kinds
