"""Figures with units, systematically, in English and Russian: a figure in another unit of
the same kind as the card's is converted (SI prefixes, areas, volumes, speeds, temperatures)
and judged in the card's unit; a figure in another currency than the card's is wrong; a
count with a noun that is no unit still answers a card without a unit. Each row is what a
teacher would mark, on subjects of our own (a bell, a canal, a comet, a mill, a loan, a
tram line, a glacier lake); rows marked "trap" look like the right figure and are not."""

from __future__ import annotations

import pytest

from studybot.core.grading import Grader
from studybot.core.packs import Card, NumberSpec

EN = Grader()
RU = Grader(language="ru")


def card(value: float, unit: str | None, prompt: str = "How much was it?", tolerance: float = 0.0) -> Card:
    return Card(id="n", section="s", kind="numeric", prompt=prompt, answer=f"{value:g} {unit or ''}".strip(),
                number=NumberSpec(value, unit, tolerance, False))


# ----------------------------------------------------------------- SI prefixes, English

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    # mass: µg, mg, g, kg, t
    (250, "mg", "250 mg", True), (250, "mg", "0.25 g", True), (250, "mg", "250 milligrams", True),
    (250, "mg", "250", True), (250, "mg", "250,000 µg", True), (250, "mg", "250 g", False),
    (250, "mg", "100 g", False), (250, "mg", "250 mcg", False), (250, "mg", "250 kg", False),
    (40, "µg", "0.04 mg", True), (40, "µg", "40 micrograms", True), (40, "µg", "40 mg", False),
    (3, "kg", "3000 g", True), (3, "kg", "3 kilograms", True), (3, "kg", "3 kilos", True),
    (3, "kg", "3 g", False), (3, "kg", "3 t", False), (3, "kg", "3 mg", False),
    (2, "t", "2000 kg", True), (2, "tonnes", "2 tons", True), (2, "t", "2 kg", False),
    # length: µm, mm, cm, m, km
    (5000, "m", "5 km", True), (5000, "m", "5,000 metres", True), (5000, "m", "5 m", False),
    (5, "km", "5000 m", True), (5, "km", "5 miles", False), (12, "mm", "1.2 cm", True),
    (12, "mm", "12 cm", False), (3, "µm", "3 micrometres", True), (3, "µm", "0.003 mm", True),
    (3, "µm", "3 mm", False), (0.5, "m", "50 cm", True), (0.5, "m", "50 mm", False),
    # time: ms, s
    (250, "ms", "0.25 s", True), (250, "ms", "250 milliseconds", True), (250, "ms", "a quarter of a second", True),
    (250, "ms", "250 s", False), (2, "s", "2000 ms", True), (2, "s", "2 seconds", True), (2, "s", "2 ms", False),
    # frequency, voltage, current, capacitance
    (2.4, "GHz", "2400 MHz", True), (2.4, "GHz", "2.4 MHz", False), (88, "MHz", "88,000 kHz", True),
    (440, "Hz", "0.44 kHz", True), (440, "Hz", "440 kHz", False),
    (230, "V", "0.23 kV", True), (230, "V", "230 mV", False), (5, "mV", "0.005 V", True),
    (20, "mA", "0.02 A", True), (20, "mA", "20 A", False), (20, "mA", "20 mV", False),
    (10, "µF", "10,000 nF", True), (10, "µF", "10 microfarads", True), (10, "µF", "10 nF", False),
    (100, "nF", "0.1 µF", True), (100, "pF", "0.1 nF", True), (100, "pF", "100 nF", False),
    # power and energy
    (3, "MW", "3000 kW", True), (3, "MW", "3 kW", False), (3, "MW", "3 mW", False),
    (1.2, "GW", "1200 MW", True), (1.2, "GW", "1.2 MW", False), (60, "W", "60 watts", True),
    (4, "kJ", "4000 J", True), (4, "kJ", "4000 joules", True), (4, "kJ", "4 J", False),
])
def test_si_prefixes_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "What does the bronze bell of Tarsk weigh?"), given).correct is right


# ----------------------------------------------------------------- SI prefixes, Russian

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (250, "мг", "0,25 г", True), (250, "мг", "250 миллиграммов", True), (250, "мг", "250 г", False),
    (3, "кг", "3000 г", True), (3, "кг", "3000 граммов", True), (3, "кг", "3 т", False),
    (3, "кг", "3 килограмма", True), (2, "т", "2000 кг", True), (2, "т", "2 тонны", True),
    (2, "т", "2 кг", False),
    (5, "км", "5000 м", True), (5, "км", "5 м", False), (12, "мм", "1,2 см", True), (12, "мм", "12 см", False),
    (250, "мс", "0,25 с", True), (250, "мс", "250 миллисекунд", True), (250, "мс", "250 с", False),
    (2, "ГГц", "2000 МГц", True), (2, "ГГц", "2 МГц", False), (5, "кВ", "5000 В", True), (5, "кВ", "5 мВ", False),
    (3, "МВт", "3000 кВт", True), (3, "МВт", "3 мВт", False), (3, "МВт", "3 мегаватта", True),
    (10, "мкФ", "10 000 нФ", True), (10, "мкФ", "10 нФ", False),
])
def test_si_prefixes_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Сколько весит колокол Тарской башни?"), given).correct is right


# ----------------------------------------------------------------- areas and volumes

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (2.5, "km²", "2.5 km2", True), (2.5, "km2", "2.5 km²", True), (2.5, "km²", "2.5 sq km", True),
    (2.5, "km²", "2.5 square kilometres", True), (2.5, "km²", "2,500,000 m²", True),
    (2.5, "km²", "250 hectares", True), (2.5, "km²", "250 ha", True), (2.5, "km²", "2.5 m²", False),
    (2.5, "km²", "2.5 hectares", False), (2.5, "sq km", "2.5 square miles", False),
    (3, "m³", "3 cubic metres", True), (3, "m³", "3000 litres", True), (3, "m³", "3 litres", False),
    (0.5, "L", "500 ml", True), (0.5, "L", "500 L", False), (2, "km³", "2 cubic kilometres", True),
    (2, "km³", "2 km²", False),
])
def test_areas_and_volumes_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How large is the Oster canal basin?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (2, "км²", "2 кв. км", True), (2, "км²", "2 квадратных километра", True), (2, "км²", "2 млн м²", True),
    (2, "км²", "200 гектаров", True), (2, "км²", "200 га", True), (2, "км²", "2 кв. м", False),
    (3, "м³", "3 куб. м", True), (3, "м³", "3 кубических метра", True), (3, "м³", "3000 л", True),
    (3, "м³", "3 л", False), (0.5, "л", "500 мл", True), (0.5, "л", "500 л", False),
])
def test_areas_and_volumes_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Какова площадь озера Ветлуг?"), given).correct is right


# ----------------------------------------------------------------- speeds

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (100, "km/h", "100 km/h", True), (100, "km/h", "100 kph", True), (100, "km/h", "100 km per hour", True),
    (100, "km/h", "100 kilometres an hour", True), (100, "km/h", "27.8 m/s", True),  # 27.78, rounded
    (100, "km/h", "100 m/s", False), (100, "km/h", "27 m/s", False), (100, "km/h", "100 mph", False),
    (340, "m/s", "1224 km/h", True), (30, "km/s", "30 km/h", False), (30, "km/s", "30 kilometres per second", True),
    (5, "cm/year", "5 cm per year", True), (5, "cm/year", "50 mm a year", True), (5, "cm/year", "5 cm per day", False),
])
def test_speeds_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How fast did the Kell tram run?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (90, "км/ч", "90 км/ч", True), (90, "км/ч", "25 м/с", True), (90, "км/ч", "90 километров в час", True),
    (90, "км/ч", "90 м/с", False), (7.9, "км/с", "7,9 километра в секунду", True), (7.9, "км/с", "7,9 км/ч", False),
])
def test_speeds_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "С какой скоростью шёл трамвай?"), given).correct is right


# ----------------------------------------------------------------- temperatures

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (27, "°C", "27 °C", True), (27, "°C", "27 degrees", True), (27, "°C", "27", True),
    (27, "°C", "27 degrees Celsius", True), (27, "°C", "300 K", True), (27, "°C", "300.15 kelvin", True),
    (27, "°C", "80.6 °F", True), (27, "°C", "27 K", False), (27, "°C", "27 °F", False),
    (27, "°C", "27 degrees Fahrenheit", False), (100, "°C", "212 degrees Fahrenheit", True),
    (300, "K", "27 °C", True), (300, "K", "300", True), (300, "K", "300 °C", False),
    (-5, "°C", "minus 5 degrees", True), (-5, "°C", "5 degrees below zero", True), (-5, "°C", "5 degrees", False),
])
def test_temperatures_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How cold was the water of the Venn lake?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (27, "°C", "27 градусов", True), (27, "°C", "27 градусов Цельсия", True), (27, "°C", "27 °С", True),
    (27, "°C", "300 К", True), (27, "°C", "300 кельвинов", True), (27, "°C", "27 кельвинов", False),
    (-5, "°C", "минус 5 градусов", True), (-5, "°C", "5 градусов мороза", True), (-5, "°C", "5 градусов тепла", False),
    (5, "°C", "5 градусов тепла", True),
])
def test_temperatures_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Какой была температура воды в озере?"), given).correct is right


# ----------------------------------------------------------------- money

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (176e6, "USD", "$176 million", True), (176e6, "USD", "176 million dollars", True), (176e6, "USD", "US$176m", True),
    (176e6, "USD", "176 million", True), (176e6, "USD", "$176bn", False), (176e6, "USD", "176 million euros", False),
    (176e6, "USD", "€176 million", False), (176e6, "USD", "£176 million", False),
    (2.4e9, "EUR", "€2.4bn", True), (2.4e9, "EUR", "2.4 billion euros", True),
    (2.4e9, "EUR", "2,400 million euros", True),
    (2.4e9, "EUR", "$2.4 billion", False), (2.4e9, "€", "2.4 billion €", True),
    (30, "GBP", "£30", True), (30, "GBP", "30 pounds", True), (30, "£", "30 pounds sterling", True),
    (30, "GBP", "$30", False), (30, "pounds", "30 euros", False),
    (14.5, "francs", "14.5 francs", True), (14.5, "francs", "14.5", True), (14.5, "francs", "14.5 dollars", False),
    (14.5, "francs", "14.5 marks", False), (14.5, "francs", "14.5 euros", False), (14.5, "francs", "145 francs", False),
    (2, "dollars", "200 cents", True), (2, "dollars", "2 euros", False),
    (12, "sous", "12 sous", True), (12, "sous", "12 livres", False), (12, "ducats", "12 florins", False),
    (4.2e12, "marks", "4.2 trillion marks", True), (4.2e12, "marks", "4.2 million", False),  # a wrong magnitude
    (4.2e12, "marks", "4.2 billion marks", False), (4.2e9, "million USD", "$4.2 billion", False),
    (4.2, "billion USD", "$4.2 billion", True), (4.2, "млрд долларов", "4,2 млрд долл.", True),
])
def test_money_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How large was the loan to the Harrow mill?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (5e6, "рублей", "5 млн руб.", True), (5e6, "рублей", "5 млн ₽", True), (5e6, "рублей", "5 миллионов рублей", True),
    (5e6, "руб.", "5000 тыс. руб.", True), (5e6, "рублей", "5 млн", True), (5e6, "RUB", "5 млн рублей", True),
    (5e6, "рублей", "5 млн долларов", False), (5e6, "рублей", "5 млрд рублей", False), (5e6, "₽", "5 млн евро", False),
    (3e9, "долларов", "3 млрд долл.", True), (3e9, "долларов", "3 млрд $", True),
    (3e9, "USD", "3 миллиарда долларов", True),
    (3e9, "долларов", "3 млрд рублей", False), (3e9, "USD", "3 млрд евро", False),
    (40, "франков", "40 франков", True), (40, "франков", "40 рублей", False),
])
def test_money_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Каким был заём мельнице?"), given).correct is right


# ----------------------------------------------------------------- percent and counts

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (12, "%", "12 per cent", True), (12, "%", "12 percent", True), (12, "%", "12 pct", True), (12, "%", "12", True),
    (12, "%", "21 percent", False), (12, "%", "12 thousand", False),
    (3, "percentage points", "3 percentage points", True), (3, "percentage points", "3 pp", True),
    (3, "percentage points", "30%", False),
    (20000, None, "20,000 troops", True), (20000, None, "20 000 troops", True), (20000, None, "2,000 troops", False),
    (8, "planets", "8 planets", True), (8, None, "8 planets", True), (8, None, "eight planets", True),
])
def test_percent_and_counts_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How many were there?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (12, "%", "12 процентов", True), (12, "%", "12 п.п.", True), (12, "%", "12 процентных пунктов", True),
    (12, "%", "21 процент", False), (3, None, "3 типа", True), (3, None, "три типа", True), (3, None, "4 типа", False),
    (12, "%", "12 тыс.", False),
])
def test_percent_and_counts_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Сколько их было?"), given).correct is right


# ----------------------------------------------------------------- a figure with a unit as an item to put in order

@pytest.mark.parametrize(("given", "right"), [
    ("2 km, 500 m, 30 cm, 4 mm", True), ("2000 m, 0.5 km, 300 mm, 0.4 cm", True), ("2 km, 500 m, 4 mm, 30 cm", False),
    ("2 kilometres, 500 metres, 30 centimetres, 4 millimetres", True), ("2 km, 0.5 m, 30 cm, 4 mm", False),
])
def test_order_of_figures_in_other_units(given, right):
    rivers = Card(id="o", section="s", kind="order", prompt="Longest first: the Orsk canal's reaches.", answer="",
                  items=("2 km", "500 m", "30 cm", "4 mm"))
    assert EN.grade(rivers, given).correct is right


# ----------------------------------------------------------------- magnitudes with units, halves, weights in pounds

@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (1.5e6, "km²", "1.5 million km2", True), (1.5e6, "km²", "1.5 million square kilometres", True),
    (1.5e6, "km²", "1.5 thousand km2", False), (5.5, "km", "5 and a half km", True),
    (5, "cm/year", "5 cm", True), (5, "cm/year", "5 mm", False),  # a length alone: per the card's time
    (-40, "°C", "-40 °F", True), (0, "°C", "273 K", True), (37, "°C", "98.6 °F", True), (37, "°C", "98.6", False),
    (100, "km/h", "62 mph", True), (100, "km/h", "62 km/h", False),
    (11, "lb", "5 kg", True), (5, "kg", "5 pounds", False), (300000, None, "300 K", True),  # K: thousand, not kelvin
])
def test_more_forms_english(value, unit, given, right):
    assert EN.grade(card(value, unit, "How far did the Lisk glacier move?"), given).correct is right


@pytest.mark.parametrize(("value", "unit", "given", "right"), [
    (3000, "км", "3 тыс. км", True), (1500, "т", "1,5 тыс. т", True), (2e6, "тонн", "2 миллиона тонн", True),
    (5.5, "км", "5 с половиной км", True), (5, "с", "5 с половиной", False), (5, "с", "5 с", True),
    (0.5, "кг", "500 г", True), (0.5, "кг", "500 кг", False), (36.6, "°C", "36,6 градуса", True),
    (15, "км/ч", "15 км в час", True), (15, "км/ч", "15 км/час", True), (15, "км/ч", "15 м/с", False),
])
def test_more_forms_russian(value, unit, given, right):
    assert RU.grade(card(value, unit, "Как далеко сдвинулся ледник?"), given).correct is right


def test_a_figure_in_another_currency_is_told_so():
    verdict = EN.grade(card(14.5, "francs", "What did a loaf cost in Arlen?"), "14.5 dollars")
    assert not verdict.correct and "another currency" in verdict.feedback
    assert "another currency" not in EN.grade(card(14.5, "francs"), "15 francs").feedback


# degrees Celsius written with the Cyrillic "С" or the Latin "C", on a short card as on a numeric one: one unit
_KILN = Card(id="k", section="s", kind="short", prompt="До какой температуры нагревают печь для обжига?",
             answer="до 180 °С")
_KILN_LATIN = Card(id="k", section="s", kind="short", prompt="До какой температуры нагревают печь для обжига?",
                   answer="до 180 °C")


@pytest.mark.parametrize(("card_", "given", "right"), [
    (_KILN, "180 °C", True), (_KILN, "180°C", True), (_KILN, "180 °С", True), (_KILN, "180° С", True),
    (_KILN, "180 градусов", True), (_KILN_LATIN, "180 °С", True), (_KILN_LATIN, "180 °C", True),
    (_KILN, "200 °C", False), (_KILN, "180 K", False), (_KILN_LATIN, "200 °С", False),
])
def test_celsius_in_either_script(card_, given, right):
    assert RU.grade(card_, given).correct is right


@pytest.mark.parametrize(("text", "read"), [
    ("180 °С", "180 °c"), ("180° С.", "180°c."), ("180°С", "180°c"),
    ("нагрели до 90° с добавлением соли", "нагрели до 90° с добавлением соли"),  # "с" a word here
])
def test_celsius_normalised(text, read):
    from studybot.core.text import normalise
    assert normalise(text) == read
