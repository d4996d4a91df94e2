"""Units of measure and currencies beyond the metric core of `quantities`: smaller and
larger masses, areas in hectares and acres, speeds, temperatures on three scales, and the
world's usual currencies, in English and Russian. General vocabulary only: every table
here is a unit any text on any subject may use."""

from __future__ import annotations

import re
from typing import Final, Literal

from .alternation import by_first_character

__all__ = ["CURRENCY_AFTER", "CURRENCY_AFTER_RE", "CURRENCY_BEFORE", "EXTRA_MEASURES", "TIME_WORDS",
           "currency_of", "temperature_phrases", "temperature_scale", "to_celsius"]

ExtraKind = Literal["mass", "area", "speed", "temperature", "length", "volume"]

# a Russian metric unit said in an oblique case of its own: "в 100 километрах от берега", "на 300 метрах", "в 5 тоннах",
# "с 40 градусами" (the nominative, "-а" and "-ов" forms are the core's, `quantities`)
_RU_OBLIQUE: Final = ("ах", "ам", "ами", "е", "ом")
_RU_UNITS: Final[tuple[tuple[str, tuple[ExtraKind, float]], ...]] = (
    ("метр", ("length", 1.0)), ("километр", ("length", 1e3)), ("сантиметр", ("length", 1e-2)),
    ("миллиметр", ("length", 1e-3)), ("килограмм", ("mass", 1.0)), ("грамм", ("mass", 1e-3)),
    ("литр", ("volume", 1e-3)), ("гектар", ("area", 1e4)), ("градус", ("temperature", 1.0)))

EXTRA_MEASURES: Final[dict[str, tuple[ExtraKind, float]]] = {
    **dict.fromkeys(("mg", "milligram", "milligrams", "milligramme", "milligrammes", "мг", "миллиграмм",
                     "миллиграмма", "миллиграммов"), ("mass", 1e-6)),
    **dict.fromkeys(("μg", "µg", "ug", "mcg", "microgram", "micrograms", "мкг", "микрограмм", "микрограмма",
                     "микрограммов"), ("mass", 1e-9)),
    **dict.fromkeys(("kilo", "kilos"), ("mass", 1.0)),
    # the ångström (written without its marks once normalised), a tenth of a nanometre: atoms, bonds, wavelengths
    **dict.fromkeys(("angstrom", "angstroms", "ангстрем", "ангстрема", "ангстремов"), ("length", 1e-10)),
    **dict.fromkeys(("lb", "lbs"), ("mass", 0.45359237)),
    **dict.fromkeys(("ha", "hectare", "hectares", "га", "гектар", "гектара", "гектаров"), ("area", 1e4)),
    **dict.fromkeys(("acre", "acres", "акр", "акра", "акров"), ("area", 4046.8564224)),
    **dict.fromkeys(("сотка", "сотки", "соток"), ("area", 100.0)),
    # speeds in metres per second (a length over a time is read by `quantities.measure`)
    **dict.fromkeys(("kph", "kmh", "kmph"), ("speed", 1000 / 3600)),
    **dict.fromkeys(("mph",), ("speed", 1609.344 / 3600)),
    **dict.fromkeys(("knot", "knots", "узел", "узла", "узлов"), ("speed", 1852 / 3600)),
    # temperatures: the factor is 1; `to_celsius` moves kelvin and Fahrenheit to degrees Celsius
    **dict.fromkeys(("°с",), ("temperature", 1.0)),  # a Cyrillic "С"
    **dict.fromkeys(("°f", "°ф", "kelvin", "kelvins", "кельвин", "кельвина", "кельвинов"), ("temperature", 1.0)),
    **{unit + ending: value for unit, value in _RU_UNITS for ending in _RU_OBLIQUE},
    **dict.fromkeys(("тоннах", "тоннам", "тоннами", "тонне", "тонну", "тонной"), ("mass", 1e3)),
}

# the unit of a rate's time, in seconds ("km/h", "м/с", "cm per year")
TIME_WORDS: Final[dict[str, float]] = {
    **dict.fromkeys(("s", "sec", "second", "с", "сек", "секунду", "секунда"), 1.0),
    **dict.fromkeys(("min", "minute", "мин", "минуту", "минута"), 60.0),
    **dict.fromkeys(("h", "hr", "hour", "ч", "час"), 3600.0),
    **dict.fromkeys(("day", "сутки", "день"), 86400.0),
    **dict.fromkeys(("week", "неделю", "неделя"), 604800.0),
    **dict.fromkeys(("month", "месяц"), 365.25 * 86400 / 12),
    **dict.fromkeys(("year", "yr", "год"), 365.25 * 86400),
}

_KELVIN: Final = frozenset(("k", "к", "kelvin", "kelvins", "кельвин", "кельвина", "кельвинов"))
_FAHRENHEIT: Final = frozenset(("°f", "°ф", "f", "fahrenheit", "фаренгейт"))


_NO_SCALE: Final = frozenset(("°", "degree", "degrees", "градус", "градуса", "градусов"))


def temperature_scale(unit: str) -> str:
    """The scale a temperature's unit names: "k", "f", "c", or "degrees" when it names none
    ("27 degrees" is read in the card's scale)."""
    unit = unit.strip()
    if unit in _KELVIN:
        return "k"
    if unit in _FAHRENHEIT:
        return "f"
    return "degrees" if unit in _NO_SCALE else "c"


def to_celsius(value: float, unit: str) -> float:
    """A temperature written in `unit` (normalised: "k", "kelvin", "°f", "°c", "degrees") in
    degrees Celsius; a unit that names no scale is read as Celsius."""
    unit = unit.strip()
    if unit in _KELVIN:
        return value - 273.15
    if unit in _FAHRENHEIT:
        return (value - 32) * 5 / 9
    return value


# "degrees Celsius", "градусов по Цельсию", "5 degrees below zero", "5 градусов мороза"
_SCALE = re.compile(r"(?:°|\b(?:degrees?|градус\w*))\s*(?:по\s+)?(celsius|centigrade|цельси\w*|fahrenheit|фаренгейт\w*"
                    r"|kelvin|кельвин\w*)\b|\bпо\s+(цельси\w*|фаренгейт\w*)")
_BELOW = re.compile(r"(?<![\d.,-])(\d+(?:[.,]\d+)?)\s*((?:°c?|degrees?|градус\w*)\s*)?"
                    r"(?:below\s+(?:zero|0)|below\s+freezing|мороза|ниже\s+(?:нуля|0))")
_ABOVE = re.compile(r"((?:°c?|degrees?|градус\w*))\s*(?:above\s+(?:zero|0)|тепла|выше\s+(?:нуля|0))")
_HINT: Final = re.compile(r"°|degree|градус|цельси|celsius|centigrade|fahrenheit|фаренгейт|kelvin|кельвин|below|мороз"
                          r"|нуля|тепла")


def _scale_unit(m: re.Match[str]) -> str:
    name = m.group(1) or m.group(2)
    if name.startswith(("f", "ф")):
        return " °f"
    if name.startswith(("kelvin", "кельвин")):
        return " kelvin"
    return " °c"


def temperature_phrases(text: str) -> str:
    """A temperature's scale and sign said in words, as symbols (normalised text): "27 degrees
    Celsius" -> "27 °c", "80 degrees Fahrenheit" -> "80 °f", "5 degrees below zero" and
    "5 градусов мороза" -> "-5 degrees", "5 градусов тепла" -> "5 градусов"."""
    if not _HINT.search(text):
        return text
    text = _SCALE.sub(_scale_unit, text)
    text = _BELOW.sub(lambda m: f"-{m.group(1)} {(m.group(2) or 'degrees').strip()}", text)
    return _ABOVE.sub(lambda m: m.group(1), text)


# currencies: code -> spellings after a figure (normalised, longest first in the pattern)
_CURRENCIES: Final[dict[str, tuple[str, ...]]] = {
    "USD": ("usd", "us dollars", "us dollar", "dollars", "dollar", "bucks", "buck", "$", "долларов", "доллара",
            "доллар", "долл", "дол"),
    "EUR": ("eur", "euros", "euro", "€", "евро"),
    "GBP": ("gbp", "pounds sterling", "pound sterling", "sterling", "pounds", "pound", "£", "фунтов стерлингов",
            "фунта стерлингов", "фунт стерлингов", "фунтов", "фунта", "фунт"),
    "RUB": ("rub", "roubles", "rouble", "rubles", "ruble", "₽", "рублей", "рубля", "рубль", "руб"),
    "FRANC": ("francs", "franc", "chf", "франков", "франка", "франк"),
    "MARK": ("marks", "mark", "марок", "марки", "марка"),
    "JPY": ("yen", "jpy", "иен", "иены", "иена", "йен", "йены", "йена"),
    "CNY": ("yuan", "cny", "юаней", "юаня", "юань"),
    "INR": ("rupees", "rupee", "inr", "рупий", "рупии", "рупия"),
    "LIRA": ("lire", "lira", "liras", "лир", "лиры", "лира"),
    "PESO": ("pesos", "peso", "песо"),
    "ZLOTY": ("zlotys", "zloty", "zlotych", "злотых", "злотый", "злотого"),
    "HRYVNIA": ("hryvnias", "hryvnia", "гривен", "гривна", "гривны"),
    # historical coins and moneys of account
    "SOU": ("sous", "sou", "су"),
    "LIVRE": ("livres", "livre", "ливров", "ливра", "ливр"),
    "DUCAT": ("ducats", "ducat", "дукатов", "дуката", "дукат"),
    "FLORIN": ("florins", "florin", "guilders", "guilder", "флоринов", "флорина", "флорин", "гульденов",
               "гульдена", "гульден"),
    "THALER": ("thalers", "thaler", "talers", "taler", "талеров", "талера", "талер"),
    "SHILLING": ("shillings", "shilling", "шиллингов", "шиллинга", "шиллинг"),
    "PENCE": ("pence", "pennies", "penny", "пенсов", "пенса", "пенс"),
    "GUINEA": ("guineas", "guinea", "гиней", "гинеи", "гинея"),
}
CURRENCY_AFTER: Final = {word: code for code, words in _CURRENCIES.items() for word in words}
CURRENCY_BEFORE: Final = {"$": "USD", "us$": "USD", "usd": "USD", "€": "EUR", "eur": "EUR", "£": "GBP",
                          "gbp": "GBP", "₽": "RUB", "rub": "RUB"}
CURRENCY_AFTER_RE: Final = by_first_character(sorted(CURRENCY_AFTER, key=len, reverse=True),
                                              lambda w: "" if not w[-1].isalnum() else r"\b")


def currency_of(unit: str) -> str | None:
    """The currency a card's unit names ("USD", "$", "dollars", "руб.", "€"), or None."""
    text = unit.strip().rstrip(".").strip()
    return CURRENCY_AFTER.get(text) or CURRENCY_BEFORE.get(text)
