"""Quantities in free text: numbers, money, percentages, counts, dates, durations.

`find_quantities(text)` reads what a learner typed ("one hundred seventy-six million dollars", "$176m", "0,015%",
"28th of October", "a year and a half") into `Quantity` values that the grader compares as numbers, never strings."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from .alternation import by_first_character
from .clock_times import read_clock
from .count_nouns import en_count_nouns, ru_count_nouns
from .customary_units import CUSTOMARY_MEASURES, POUNDS, customary_phrases, joined_measures, pound_factor, priced
from .dates import MONTHS, Date, find_dates
from .memos import memoised
from .numbers_en import ordinal_figures, words_to_digits
from .numbers_ru import ru_ordinal_figures, ru_words_to_digits
from .scaled_parts import joined_scales
from .si_units import MEASURES as SI_MEASURES
from .si_units import spell_units
from .split_prefixes import joined_prefixes
from .text import normalise
from .unit_parts import unit_parts
from .unit_tables import (
    CURRENCY_AFTER,
    CURRENCY_AFTER_RE,
    CURRENCY_BEFORE,
    EXTRA_MEASURES,
    TIME_WORDS,
    temperature_phrases,
    temperature_scale,
    to_celsius,
)

__all__ = ["MONTHS", "SUBUNITS", "Date", "Quantity", "QuantityKind", "find_dates", "find_quantities",
           "measure", "ordinals_in", "per_time", "spell_units", "spelled_to_digits",
           "words_to_digits"]


QuantityKind = Literal["money", "percent", "count", "duration", "length", "area", "volume", "mass", "temperature",
                       "density", "data", "datarate", "current", "voltage", "power", "energy", "resistance",
                       "frequency", "force", "pressure", "capacitance", "dose", "absorbed", "activity", "exposure",
                       "magnetic", "charge", "amount", "illuminance", "level", "speed", "time", "factor"]


@dataclass(frozen=True)
class Quantity:
    value: float
    kind: QuantityKind
    unit: str | None = None  # currency code, "%", a time unit for durations, "base" for measures
    text: str = ""
    scale: float = 1.0  # a measure: the written unit in base units (2.5 cm: value 0.025, scale 0.01)
    # a time of day ("time"): value in minutes after midnight, unit "12h" when morning or evening is not said
    # ("5:30"), "24h" when it is ("17:30", "5:30 pm", "noon"); a figure of a bare "1:48" (a ratio, a score, a
    # verse or a time): `clock` is its reading as a time, in minutes, for a card that asks one
    clock: float | None = None
    share: float | None = None  # a figure a share is said with ("1", "4" of "one in four"): the share (`shares`)
    # a factor ("3 times") or a percentage of change ("by 50%", "to 300% of"): the new value over the old, where
    # its way is said ("fell by 75%": 0.25), and how a percentage says it (`changes.read_changes`)
    ratio: float | None = None
    change: Literal["by", "to"] | None = None

    def matches(self, value: float, allowed: float = 0.0) -> bool:
        # (a bound is not exact in binary: 7.8 is 7.9 less 0.1 only up to rounding)
        return abs(self.value - value) <= allowed * (1 + 1e-9) + abs(value) * 1e-9


# ----------------------------------------------------------------- digits

_MAGNITUDE = {
    "k": 1e3, "thousand": 1e3, "thousands": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6,
    "million": 1e6, "millions": 1e6, "mil": 1e6, "bn": 1e9, "b": 1e9, "billion": 1e9,
    "billions": 1e9, "bln": 1e9, "tn": 1e12, "trillion": 1e12,
    # Russian: тыс., млн, млрд and their words in any case
    "тыс": 1e3, "тысяча": 1e3, "тысячи": 1e3, "тысяч": 1e3, "тысячу": 1e3, "млн": 1e6, "миллион": 1e6,
    "милл": 1e6, "мил": 1e6,  # "80 милл", "80 мил." (with its dot: "мил" alone may be "миль" typed without "ь")
    "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
    "трлн": 1e12, "триллион": 1e12, "триллиона": 1e12, "триллионов": 1e12, "trillions": 1e12,
    "тысячам": 1e3, "тысячами": 1e3, "тысячах": 1e3, "миллионах": 1e6, "миллионам": 1e6, "миллионами": 1e6,
}
_CURRENCY_BEFORE = CURRENCY_BEFORE  # "$5", "€5", "£5"; every usual currency after a figure (unit_tables)
_CURRENCY_AFTER = CURRENCY_AFTER
# Hundredths of a currency: "74 копейки" is 0.74 roubles, "50 cents" half a dollar
SUBUNITS = {"копеек": "RUB", "копейки": "RUB", "копейка": "RUB", "копейку": "RUB", "коп": "RUB",
            "cent": "USD", "cents": "USD", "цент": "USD", "цента": "USD", "центов": "USD"}
# ("40 pc", "40 p.c.": per cent, as British papers write it; "40 pcs" are pieces)
_PERCENT_AFTER = ("%", "per cent", "percent", "pct", "pc", "p.c.", "p. c.", "percentage points", "percentage point",
                  "pp", "пп", "процент", "процента", "процентов", "п.п", "п. п", "процентных пункта",
                  "процентных пунктов", "процентный пункт")
_DURATION_UNITS = {
    "year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month",
    "months": "month", "mos": "month", "mth": "month", "mths": "month", "week": "week", "weeks": "week",
    "wk": "week", "wks": "week", "day": "day", "days": "day",
    "decade": "decade", "decades": "decade", "century": "century", "centuries": "century",
    "millennium": "millennium", "millennia": "millennium", "millenniums": "millennium",
    "ma": "myr", "myr": "myr", "mya": "myr", "my": "myr", "ga": "gyr", "gyr": "gyr", "ka": "kyr", "kyr": "kyr",
    "год": "year", "года": "year", "лет": "year", "годы": "year", "месяц": "month", "месяца": "month",
    "месяцев": "month", "неделя": "week", "неделю": "week", "недели": "week",
    "недель": "week", "сутки": "day", "суток": "day", "день": "day", "дня": "day",
    "дней": "day", "век": "century", "века": "century", "веков": "century",
    "тысячелетие": "millennium", "тысячелетия": "millennium", "тысячелетий": "millennium",
    "hour": "hour", "hours": "hour", "h": "hour", "hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute",
    "min": "minute", "mins": "minute", "second": "second", "seconds": "second", "sec": "second", "secs": "second",
    "ч": "hour", "час": "hour", "часа": "hour", "часов": "hour", "минута": "minute", "минуты": "minute",
    "минут": "minute", "минуту": "minute", "мин": "minute", "секунда": "second", "секунды": "second",
    "секунд": "second", "секунду": "second", "сек": "second", "s": "second", "с": "second",
    "ms": "millisecond", "msec": "millisecond", "millisecond": "millisecond", "milliseconds": "millisecond",
    "мс": "millisecond", "миллисекунда": "millisecond", "миллисекунды": "millisecond", "миллисекунд": "millisecond",
    "миллисекунду": "millisecond", "μs": "microsecond", "microsecond": "microsecond", "microseconds": "microsecond",
    "мкс": "microsecond", "микросекунд": "microsecond", "микросекунды": "microsecond",
    **dict.fromkeys(("ns", "nanosecond", "nanoseconds", "нс", "наносекунд", "наносекунды"), "nanosecond"),
}
DURATION_UNITS = _DURATION_UNITS  # every spelling of a unit of time, and the unit

# Measures: spelling -> (dimension, factor to the base unit: metre, kilogram; temperatures as written)
_MEASURES: dict[str, tuple[QuantityKind, float]] = {
    **dict.fromkeys(("m", "metre", "metres", "meter", "meters", "м", "метр", "метра", "метров"), ("length", 1.0)),
    **dict.fromkeys(("km", "kilometre", "kilometres", "kilometer", "kilometers", "км", "километр", "километра",
                     "километров"), ("length", 1e3)),
    **dict.fromkeys(("cm", "centimetre", "centimetres", "centimeter", "centimeters", "см", "сантиметр",
                     "сантиметра", "сантиметров"), ("length", 1e-2)),
    **dict.fromkeys(("mm", "millimetre", "millimetres", "millimeter", "millimeters", "мм", "миллиметр",
                     "миллиметра", "миллиметров"), ("length", 1e-3)),
    **dict.fromkeys(("μm", "um", "micrometre", "micrometres", "micrometer", "micrometers", "micron", "microns", "мкм",
                     "микрометр", "микрометра", "микрометров", "микрон", "микрона", "микронов"), ("length", 1e-6)),
    **dict.fromkeys(("nm", "nanometre", "nanometres", "nanometer", "nanometers", "нм", "нанометр", "нанометра",
                     "нанометров"), ("length", 1e-9)),
    **dict.fromkeys(("kg", "kilogram", "kilograms", "кг", "килограмм", "килограмма", "килограммов"), ("mass", 1.0)),
    **dict.fromkeys(("g", "gram", "grams", "gramme", "grammes", "грамм", "грамма", "граммов"), ("mass", 1e-3)),
    **dict.fromkeys(("t", "tonne", "tonnes", "ton", "tons", "т", "тонна", "тонны", "тонн"), ("mass", 1e3)),
    # thousands, millions, billions of tonnes ("60 Mt" of ash); not "kt", which is a knot too
    **dict.fromkeys(("kilotonne", "kilotonnes", "kiloton", "kilotons", "килотонна", "килотонны", "килотонн"),
                    ("mass", 1e6)),
    **dict.fromkeys(("mt", "megatonne", "megatonnes", "megaton", "megatons", "мегатонна", "мегатонны", "мегатонн"),
                    ("mass", 1e9)),
    **dict.fromkeys(("gt", "gigatonne", "gigatonnes", "gigaton", "gigatons", "гигатонна", "гигатонны", "гигатонн"),
                    ("mass", 1e12)),
    **dict.fromkeys(("°c", "°", "degrees", "degree", "градус", "градуса", "градусов"), ("temperature", 1.0)),
    # volumes: the litre and its parts (in cubic metres, as "cm3" is read)
    **dict.fromkeys(("l", "litre", "litres", "liter", "liters", "л", "литр", "литра", "литров"), ("volume", 1e-3)),
    **dict.fromkeys(("dl", "decilitre", "decilitres", "deciliter", "deciliters", "дл"), ("volume", 1e-4)),
    **dict.fromkeys(("ml", "millilitre", "millilitres", "milliliter", "milliliters", "мл", "миллилитр", "миллилитра",
                     "миллилитров"), ("volume", 1e-6)),
    **dict.fromkeys(("μl", "ul", "microlitre", "microlitres", "microliter", "microliters", "мкл"), ("volume", 1e-9)),
    **dict.fromkeys(("mi", "mile", "miles"), ("length", 1609.344)),
    **dict.fromkeys(("ft", "foot", "feet"), ("length", 0.3048)),
    **dict.fromkeys(("inch", "inches"), ("length", 0.0254)),
    **dict.fromkeys(("yd", "yard", "yards"), ("length", 0.9144)),
    # information in bits (a byte is 8), and rates in bits per second; kilo is 1000 as in networking
    **dict.fromkeys(("bit", "bits", "бит", "бита", "битов"), ("data", 1.0)),
    **dict.fromkeys(("byte", "bytes", "байт", "байта", "байтов"), ("data", 8.0)),
    **dict.fromkeys(("kbit", "kilobit", "kilobits", "кбит", "килобит"), ("data", 1e3)),
    **dict.fromkeys(("kb", "kbyte", "kilobyte", "kilobytes", "кб", "кбайт", "килобайт", "килобайта", "килобайтов"),
                    ("data", 8e3)),
    **dict.fromkeys(("mbit", "megabit", "megabits", "мбит", "мегабит"), ("data", 1e6)),
    **dict.fromkeys(("mb", "mbyte", "megabyte", "megabytes", "мбайт", "мегабайт", "мегабайта", "мегабайтов"),
                    ("data", 8e6)),
    **dict.fromkeys(("gbit", "gigabit", "gigabits", "гбит", "гигабит"), ("data", 1e9)),
    **dict.fromkeys(("gb", "gbyte", "gigabyte", "gigabytes", "гбайт", "гигабайт", "гигабайта", "гигабайтов"),
                    ("data", 8e9)),
    **dict.fromkeys(("bps", "бит/с"), ("datarate", 1.0)),
    **dict.fromkeys(("kbps", "кбит/с"), ("datarate", 1e3)),
    **dict.fromkeys(("mbps", "мбит/с"), ("datarate", 1e6)),
    **dict.fromkeys(("gbps", "гбит/с"), ("datarate", 1e9)),
    **dict.fromkeys(("kwh", "квт·ч", "квтч"), ("energy", 3.6e6)),
    **EXTRA_MEASURES,  # milligrams, hectares, speeds, kelvin, ... (see unit_tables)
    **SI_MEASURES,  # amperes, volts, watts, joules, ohms, ... with SI prefixes (see si_units)
    **CUSTOMARY_MEASURES,  # gallons, pounds, versts, bars, calories, horsepower, ... (see customary_units)
}
_PREFIXED = frozenset((*_MEASURES, *_DURATION_UNITS))  # (a prefix written apart is joined to one of these)
_SECONDS = ("second", "sec", "s", "секунду", "сек", "с")  # the time of a rate: "bit/s", "bits per second"
# (a verbose pattern writes a space "\\ "; the table's spaces are escaped already, and escaped twice they were a
# backslash: "40 US dollars", "фунтов стерлингов" read no currency)
_CURRENCY_WORDS = re.sub(r"(?<!\\) ", r"\\ ", CURRENCY_AFTER_RE)
_TIMES = by_first_character(sorted(TIME_WORDS, key=len, reverse=True))  # "km/h", "cm per year"
_MEASURE_WORDS = by_first_character(sorted(_MEASURES, key=len, reverse=True))  # (a thousand words: tried fast)
_NUM = r"[-+]?(?:\d{1,3}(?:[ ,.']\d{3}(?!\d))+|\d+)(?:[.,]\d+)?|[-+]?[.,]\d+"
_QUANTITY = re.compile(  # (tried only where a currency, a space before a figure or a figure may start)
    rf"""(?=[\s\d.,+\-$€£ueg])
    (?P<cur>us\$|\$|€|£|\busd\b|\beur\b|\bgbp\b)?\s*
    (?<![\w.,+-])(?P<num>{_NUM})
    (?:\s*(?P<mag>thousands?|millions?|billions?|trillions?|mln|mio|mn|bln|bn|tn|mil|k(?!\+)|m(?!\s*/)(?!\s+per\b)|b
        |тыс(?:яч(?:ам|ами|ах|[аиу])?)?|млн|милл|мил(?=\.)|миллион(?:ам|ами|ах|а|ов)?|млрд|миллиард(?:а|ов)?|трлн
        |триллион(?:а|ов)?)\b\.?)?
    (?:\s*(?P<after>%|percentage\ points?|per\ cent|percent|pct|pc\b|p\.\ ?c\.|pp\b|пп\b|п\.\s?п\b|процентн\w+\ пункт\w*
        |{_CURRENCY_WORDS}|cents?\b|цент(?:а|ов)?\b|копе(?:йк[аиу]|ек)\b|коп\b|ns\b|nanoseconds?\b|нс\b|наносекунд[аыу]?\b
        |ms\b|msec\b|milliseconds?\b|мс\b|миллисекунд[аыу]?\b|μs\b|microseconds?\b|мкс\b|микросекунд[ы]?\b
        |(?<=\s)s\b(?!\+)|с(?![^\W\d_])(?!\s*[^\W\d_\s])
        |years?\b|yrs?\b|months?\b|mos\b|mths?\b|weeks?\b|wks?\b|days?\b|decades?\b|century\b|centuries\b|millenni(?:um|a|ums)\b|ma\b|myr\b|mya\b|ga\b
        |gyr\b|ka\b|kyr\b|hours?\b|hrs?\b|h\b(?!\+)|minutes?\b|mins?\b|seconds?\b|secs?\b
        |час(?:а|ов)?\b|ч\b|сут(?:ки|ок)\b|минут[аыу]?\b|мин\b|секунд[аыу]?\b|сек\b
        |процент(?:а|ов)?\b
        |год(?:а|ы)?\b|лет\b|месяц(?:а|ев)?\b|недел[ьиьяю]\b|недель\b|день\b|дн(?:я|ей)\b|век(?:а|ов)?\b|тысячелети[еяй]\b))?
    (?:\s*(?P<meas>{_MEASURE_WORDS}|г(?=\s*/))(?P<pow>[23](?!\d))?(?![^\W\d_])
        (?:\s*(?:/|\bper\s|\bна\s|\bв\s|\ban?\s)\s*(?P<den>{_MEASURE_WORDS}|{_TIMES})(?P<dpow>[23](?!\d))?
        (?![^\W\d_]))?)?
    """,
    re.VERBOSE,
)
_POWERS: dict[str, QuantityKind] = {"2": "area", "3": "volume"}
_GEOLOGICAL = {"kyr": 1e3, "myr": 1e6, "gyr": 1e9}
_POWER_WORD = re.compile(r"\b(cubic|square|sq\.?|кубическ\w*|квадратн\w*|кв\.?|куб\.?)\s*(" + "|".join(
    sorted((w for w in ("m metre metres meter meters km kilometre kilometres kilometer kilometers cm centimetre "
                        "mi mile miles ft foot feet inch inches yd yard yards "
                        "centimetres centimeter centimeters mm м метр метра метров метров км километр километра "
                        "километров см сантиметр сантиметра сантиметров мм").split()), key=len, reverse=True))
    + r")\b")
_DIGIT = re.compile(r"\d")
_DOTTED_UNITS = frozenset(("p.c", "p.p", "п.п", "п.с", "a.m", "p.m"))
_INITIALS_AFTER_FIGURE = re.compile(r"(?<=\d )(?:[^\W\d_]\.){1,3}[^\W\d_](?![^\W\d_])\.?")
# a range whose unit is written once, at its end ("1-5 mm", "2-3 million", "10-15%"): the unit is both ends'
_RANGE = re.compile(
    rf"(?<![\w.,+-])(?P<a>{_NUM})\s*-\s*(?P<b>{_NUM})(?![\w.,]*-\d)\s*"
    rf"(?P<unit>(?:(?:thousand|million|billion|mln|bn|тыс|млн|млрд)\w*\.?\s*)?"
    rf"(?:%|per cent|percent|процент\w*|{_MEASURE_WORDS})(?![^\W\d_])"
    rf"|(?:thousand|million|billion|mln|bn|тыс|млн|млрд)\w*)")
_POWER_HINT = re.compile(r"cubic|square|sq|куб|квадратн|кв")
_ONE_WORD_POWERS = re.compile(r"\bкубо(километр|метр)\w*")  # "150 кубометров", "кубокилометров": м3, км3


def _powers_said(text: str) -> str:
    """A power said in words ("sq km", "кв. м", "cubic metres", "кубометров") written as the unit's power ("km2")."""
    text = _POWER_WORD.sub(lambda m: m.group(2) + ("3" if m.group(1).startswith(("cub", "куб")) else "2"), text)
    return _ONE_WORD_POWERS.sub(lambda m: "км3" if m.group(1) == "километр" else "м3", text)


_MINUS = re.compile(r"\b(?:(minus|negative|минус)|(?<![\d.,]\s)(?:plus|плюс))\s+(?=[\d.])")  # "negative 3": -3
# "plus or minus 1%", "plus/minus", "плюс-минус", "+/-1": a margin either side (±), no sign of the figure
_PLUS_MINUS = re.compile(
    r"(?:\b(?:plus|плюс)\s*(?:or|или|/|-)?\s*(?:minus|минус)(?![^\W\d_])|\+\s*/?\s*-(?=\s*[\d.]))\s*")
_SIGN_WORDS = re.compile("minus|минус|negative|plus|плюс")  # a sign said as a word (one search, not five tests)
_GRAMS_AFTER = re.compile(r"\s*г(?![^\W\d_])(?!\s*\.)")  # "г" alone after a figure (not "г.", a year)
_FRACTION = re.compile(r"[.,]\d{1,2}$")


@memoised(4096)  # (a unit is read again in every answer that gives it: the table is read once per spelling)
def measure(unit: str | None) -> tuple[QuantityKind, float] | None:
    """(dimension, factor to the base unit) of a unit as written ("cm", "km3", "км²"), of a
    density ("g/cm3", "кг/м³": kilograms per cubic metre), or of the part before a rate's
    speed ("km/h", "м/с", "cm per year": metres a second), or of the part before another
    rate's slash ("L/min" is read as litres); None when it is no measure."""
    text = customary_phrases(normalise(unit or ""))
    if _POWER_HINT.search(text):  # "sq km", "кв. м", "cubic metres"
        text = _powers_said(text)
    text = text.replace("°", "° ").strip()
    parts = [p.strip().replace("° c", "°c").replace("° ", "°") for p in re.split(r"/| per | an? | в | на ", text)]
    top: tuple[QuantityKind, float] | None = ("mass", 1e-3) if parts[0] == "г" and len(parts) == 2 \
        else _one_measure(parts[0])  # "г" alone is a year; in "г/см3" it is grams
    if top is not None and len(parts) == 2:
        if top[0] == "data" and parts[1] in _SECONDS:
            return "datarate", top[1]
        if top[0] == "length" and parts[1] in TIME_WORDS:  # "km/h", "м/с", "cm per year": metres a second
            return "speed", top[1] / TIME_WORDS[parts[1]]
        bottom = _one_measure(parts[1])
        if top[0] == "mass" and bottom is not None and bottom[0] == "volume":
            return "density", top[1] / bottom[1]
    return top


def per_time(unit: str) -> float | None:
    """The seconds of a rate's time ("km/h": 3600, "cm per year": a year), or None."""
    parts = re.split(r"/| per | an? | в | на ", normalise(unit).strip())
    return TIME_WORDS.get(parts[-1].strip()) if len(parts) == 2 else None


def _one_measure(text: str) -> tuple[QuantityKind, float] | None:
    if text[-1:] in _POWERS and text[:-1] in _MEASURES:
        dimension, factor = _MEASURES[text[:-1]]
        return (_POWERS[text[-1]], factor ** int(text[-1])) if dimension == "length" else None
    return _MEASURES.get(text)


def _parse_number(raw: str, lang: str = "en") -> float | None:
    raw = raw.replace("'", "").replace(" ", "")
    if lang == "ru" and "," in raw and "." not in raw and raw.count(",") == 1:
        raw = raw.replace(",", ".")  # a decimal comma: 1,6 км
    sign = -1.0 if raw.startswith("-") else 1.0
    raw = raw.lstrip("+-")
    if "," in raw and "." in raw:
        decimal = "." if raw.rfind(".") > raw.rfind(",") else ","
        thousands = "," if decimal == "." else "."
        raw = raw.replace(thousands, "").replace(decimal, ".")
    elif "," in raw:
        parts = raw.split(",")
        # 1,000 and 12,345,678 are thousands; 0,015 and 3,5 are decimal commas
        if len(parts) > 2 or (len(parts[-1]) == 3 and parts[0] not in ("", "0")):
            raw = raw.replace(",", "")
        else:
            raw = raw.replace(",", ".")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    try:
        return sign * float(raw)
    except ValueError:
        return None


def spelled_to_digits(text: str, lang: str = "en") -> str:
    """Number words of a supported language as digits (normalised text)."""
    if lang == "en":
        return en_count_nouns(words_to_digits(unit_parts(text, lang, measure)))
    if lang == "ru":
        return ru_count_nouns(ru_words_to_digits(unit_parts(text, lang, measure)))
    return text


def ordinals_in(text: str, lang: str = "en") -> frozenset[str]:
    """The figures a normalised text writes as ordinals ("3rd", "third", "3-й", "третий"), as digits."""
    return ordinal_figures(text) if lang == "en" else ru_ordinal_figures(text) if lang == "ru" else frozenset()


# two small whole figures, or two of four digits ("1260-1390": a span of years; "1914-18" is a date's, `dates`)
_PAIR = re.compile(r"(?<![\w.,+-])(\d{1,3}(?=-\d{1,3}(?!\d))|\d{4}(?=-\d{4}(?!\d)))-(\d{1,4})(?![\w.,]*-\d)"
                   r"(?![\d.,]?\d)")


def _signs_ranges_powers(text: str) -> str:
    """A sign said as a word ("minus 3"), a range's unit given to both ends ("1-5 mm"), a power
    said as a word ("square km"), written as the figures' reader expects them."""
    text = customary_phrases(temperature_phrases(text))
    if "+" in text or "plus" in text or "плюс" in text:
        text = _PLUS_MINUS.sub("± ", text)
    if _SIGN_WORDS.search(text):
        text = _MINUS.sub(lambda m: "-" if m.group(1) else "+", text)
    if "-" in text:
        text = _PAIR.sub(r"\1 - \2", _RANGE.sub(lambda m: f"{m.group('a')} {m.group('unit')} - {m.group('b')} "
                                                 f"{m.group('unit')}", text))  # ("4-2", "10-15": two figures)
    if _POWER_HINT.search(text):
        text = _powers_said(text)
    return text


# compound durations: "1 hour 48 minutes", "2 hours and 30 minutes", "1 год и 3 месяца", "3 days 12 hours"
DURATION_DAYS = {"nanosecond": 1 / 86400e9, "microsecond": 1 / 86400e6, "millisecond": 1 / 86400e3,
                 "second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
                 "month": 365.25 / 12, "year": 365.25, "decade": 3652.5, "century": 36525.0,
                 "millennium": 365250.0}
# side by side, or "and" between the parts; a comma may list two figures ("2 years, 3 months later")
_JOIN = re.compile(r"\.?\s*(?:(?:and|и)\s*)?")
# may end in a dot: "1 ч. 48 мин."
_ABBREVIATED = frozenset("h hr hrs min mins sec secs s ms yr yrs mos mth mths wk wks ч мин сек с мс".split())
_BETWEEN = re.compile(r"\b(?:between|между)\s*$")  # "between 2 hours and 30 minutes": two values, no sum
# a first part whose one is not written: "an hour and 48 minutes", "год и 3 месяца"
_LONE_EN = "hour|minute|day|week|month|year|decade|century|millennium"
_LONE_RU = "час|минуту|минута|день|сутки|неделю|неделя|месяц|год|век"
_LONE = re.compile(rf"(?:\ban?\s+({_LONE_EN})(?:\s+and)?|(?<![\d.,]\s)\b({_LONE_RU})\s+и)\s*$"
                   rf"|^\W*({_LONE_RU})\s*$")  # (Russian without "и" only where the answer starts: "час 48 минут")
_LONE_HINT = re.compile(rf"\ban? (?:{_LONE_EN})\b|\b(?:{_LONE_RU}) и |^\W*(?:{_LONE_RU}) \d")

_Found = tuple[Quantity, int, int]  # a quantity, and where it is written in the text


def compound_durations(text: str, found: list[_Found]) -> list[Quantity]:
    """Durations written in several units read as one, in the smallest unit: "1 hour 48
    minutes" is 108 minutes, "1 год и 3 месяца" 15 months, "an hour and 48 minutes" 108
    minutes. Each part is a smaller unit than the one before and less than one of it (so
    "2 hours, 3 hours" and "1 hour 90 minutes" stay two figures), the part before it a whole
    number, the parts side by side or joined by "and"/"и" ("between" makes them two; a comma may
    list two figures)."""
    out: list[_Found] = []
    for q, start, end in found:
        if out and _joins(text, out[-1], q, start):
            first, at, _ = out[-1]
            out[-1] = (_summed(first, q, text[at:end]), at, end)
            continue
        lone = _lone_unit(text, out[-1][2] if out else 0, start) if q.kind == "duration" else None
        if lone is not None and _joins(text, lone, q, start):
            out.append((_summed(lone[0], q, text[lone[1]:end]), lone[1], end))
            continue
        out.append((q, start, end))
    return [q for q, _, _ in out]


def _lone_unit(text: str, since: int, start: int) -> _Found | None:
    """A unit of time written without its one right before a figure ("an hour and", "год и")."""
    m = _LONE.search(text[since:start])
    if m is None or m.group(3) and since > 0:
        return None
    unit = _DURATION_UNITS[m.group(1) or m.group(2) or m.group(3)]
    return Quantity(1.0, "duration", unit, m.group(0).strip()), since + m.start(), since + m.end()


def _joins(text: str, before: _Found, q: Quantity, start: int) -> bool:
    """Is `q` the next, smaller part of the duration `before` ("48 minutes" after "1 hour")?"""
    first, at, end = before
    if first.kind != "duration" or q.kind != "duration" or first.unit not in DURATION_DAYS \
            or q.unit not in DURATION_DAYS:
        return False
    big, small = DURATION_DAYS[first.unit], DURATION_DAYS[q.unit]
    if not (small < big and first.value >= 0 and first.value.is_integer() and 0 <= q.value * small < big):
        return False
    gap = text[end:start]
    if _JOIN.fullmatch(gap) is None or gap.startswith(".") and first.text.rsplit(" ", 1)[-1] not in _ABBREVIATED:
        return False
    return not gap.strip(" .") or _BETWEEN.search(text[:at]) is None


def _summed(first: Quantity, rest: Quantity, written: str) -> Quantity:
    ratio = DURATION_DAYS[first.unit or "day"] / DURATION_DAYS[rest.unit or "day"]
    if abs(ratio - round(ratio)) < 1e-9 * ratio:
        ratio = round(ratio)  # 60 minutes an hour, 12 months a year: exact
    return Quantity(first.value * ratio + rest.value, "duration", rest.unit, written.strip())


def find_quantities(text: str, *, normalised: bool = False, lang: str = "en", spelled: bool = False) -> list[Quantity]:
    """Every quantity written in `text`, in order. Number words are read in English only;
    digits, magnitudes, units and separators in every supported language. With `spelled`,
    the text's number words are digits already (`spelled_to_digits`)."""
    if not normalised:
        text = normalise(text)
    if not spelled:
        text = spelled_to_digits(text, lang)
    text, times = read_clock(text, lang)  # ("noon", "полшестого": times without a digit)
    if not times and not _DIGIT.search(text):
        return []
    for t in times:  # times of day are read; the figures of the rest
        text = text[:t.start] + " " * (t.end - t.start) + text[t.end:]
    text = _signs_ranges_powers(joined_prefixes(text, _PREFIXED))  # "2.2 micro metres": micrometres
    if "." in text:  # "220 k.g. brenner units": a person's initials after a figure, no kilo nor gram (blanked;
        text = _INITIALS_AFTER_FIGURE.sub(  # not the dotted units: "40 p.c.", "2 п.п.")
            lambda m: m.group() if m.group().rstrip(".") in _DOTTED_UNITS else " " * len(m.group()), text)
    found = [(q, m.start(), m.end()) for m in _QUANTITY.finditer(text) for q in _read(m, lang)]
    if ":" in text:
        found = _bare_clocks(text, found)
    if len(found) > 1:  # "5 ft 10 inch", "2 пуда 10 фунтов", "1 миллиард 95 миллионов"
        found = joined_scales(text, joined_measures(text, found))
    if times:  # (and "2h40" as a duration too: the card says which it asks)
        found = sorted(found + [(Quantity(t.minutes, "time", "12h" if t.either else "24h", _clock_written(t.minutes)),
                                 t.start, t.end) for t in times]
                       + [(Quantity(t.span, "duration", "minute", _clock_written(t.span)), t.start, t.end)
                          for t in times if t.span is not None], key=lambda f: f[1])
    durations = sum(q.kind == "duration" for q, _, _ in found)
    if durations > 1 or durations and _LONE_HINT.search(text):
        return compound_durations(text, found)
    return [q for q, _, _ in found]


def _clock_written(minutes: float) -> str:
    return f"{int(minutes) // 60}:{int(minutes) % 60:02d}"


def _bare_clocks(text: str, found: list[_Found]) -> list[_Found]:
    """The two figures of a bare "h:mm" ("1:48", "5:30"), each with its reading as a time of day."""
    out = list(found)
    for k in range(len(out) - 1):
        (a, _, a_end), (b, b_start, _) = out[k], out[k + 1]
        if a.kind == b.kind == "count" and text[a_end:b_start] == ":" and len(b.text) == 2 and a.text.isdigit() \
                and b.text.isdigit() and a.value < 24 and b.value < 60 and text[b_start + 2:b_start + 3] != ":":
            minutes = a.value * 60 + b.value
            out[k] = (replace(a, clock=minutes), *out[k][1:])
            out[k + 1] = (replace(b, clock=minutes), *out[k + 1][1:])
    return out


def _read(m: re.Match[str], lang: str) -> list[Quantity]:
    """The quantity (or, for "10,900 m", the two readings) of one match of `_QUANTITY`."""
    value = _parse_number(m.group("num"), lang)
    if value is None:
        return []
    mag = (m.group("mag") or "").rstrip(".")
    if mag:
        value *= _MAGNITUDE[mag]
    after = (m.group("after") or "").strip()
    cur = m.group("cur")
    kind: QuantityKind = "count"
    unit: str | None = None
    if after in _PERCENT_AFTER or after.startswith("percentage"):  # points: "2 pp", "2 п.п." (grading.figures)
        kind, unit = "percent", "pp" if after.startswith(("percentage", "pp", "пп", "п.", "процентн")) else "%"
    elif after in _DURATION_UNITS:
        kind, unit = "duration", _DURATION_UNITS[after]
        if unit in _GEOLOGICAL:  # "180 Ma": millions of years
            value, unit = value * _GEOLOGICAL[unit], "year"
    elif after in SUBUNITS:
        return [Quantity(value / 100, "money", SUBUNITS[after], m.group(0).strip(), 0.01)]
    elif cur or after in _CURRENCY_AFTER:
        kind = "money"
        unit = _CURRENCY_BEFORE.get(cur or "") or _CURRENCY_AFTER.get(after, "USD")
    out: list[Quantity] = []
    if not after and not cur and not m.group("meas") and _GRAMS_AFTER.match(m.string, m.end()) \
            and _FRACTION.search(m.group("num")):  # "83,6 г": a year is never a fraction, so grams
        return [Quantity(value * 1e-3, "mass", "base", f"{m.group(0).strip()} г", 1e-3)]
    if not after and not cur and m.group("meas"):
        written = m.group("meas") + (m.group("pow") or "")
        if m.group("den"):
            written += "/" + m.group("den") + (m.group("dpow") or "")
        found = measure(written)
        if found is not None and found[0] == "temperature":  # in degrees Celsius: "300 kelvin", "80 °f"
            return [Quantity(to_celsius(value, written), "temperature", temperature_scale(written),
                             m.group(0).strip())]
        if found is not None:
            return [Quantity(value * found[1], found[0], "base", m.group(0).strip(), found[1])]
    elif mag == "m" and not cur and not after:
        out.append(Quantity(value / 1e6, "length", "base", m.group(0).strip()))  # "10,900 m", "110m": metres too
    out.append(Quantity(value, kind, unit, m.group(0).strip()))
    if after in POUNDS and not priced(m.string, m.start(), m.end()):  # money, or a weight: the card says which
        out.append(Quantity(value * pound_factor(after), "mass", "base", m.group(0).strip(), pound_factor(after)))
    return out
