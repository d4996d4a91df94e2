"""Figures and dates compared as a fair teacher does: units converted, bare numbers read in
the card's unit, a fall given as a sign or a word, two values offered for one."""

from __future__ import annotations

import math
import re
from dataclasses import replace
from decimal import Decimal

from ..changes import relative, same_change
from ..clock_times import clock_minutes
from ..customary_units import pound_card_is_mass, pound_factor
from ..dates import Date
from ..matching import Prepared
from ..packs import Card
from ..quantities import DURATION_DAYS, DURATION_UNITS, SUBUNITS, Quantity, measure, per_time, spell_units
from ..si_units import SI_KINDS
from ..unit_tables import currency_of, temperature_scale, to_celsius

__all__ = ["DURATION_DAYS", "MEASURE_KINDS", "UNIT_WORDS", "comparable", "date_hits", "figures_agree", "figures_shown",
           "in_days", "in_unit_of", "points_contrasted", "same_quantity", "signed", "spec_quantity", "written"]


UNIT_WORDS = {w: u for w, u in DURATION_UNITS.items() if u in DURATION_DAYS}  # a card's unit of time, any language


def in_days(q: Quantity) -> float | None:
    return q.value * DURATION_DAYS[q.unit] if q.kind == "duration" and q.unit in DURATION_DAYS else None


def _month_of_30(q: Quantity, days: float) -> float:
    """A count of months in days of 30 ("3 месяца" for 90 days, "six months" for 180 days, "a month" for 30 days:
    the way a term is counted), when the other side is in days; other durations as they are."""
    return q.value * 30 if q.unit == "month" else days


MEASURE_KINDS = frozenset(("length", "area", "volume", "mass", "temperature", "density", "data", "datarate",
                           "current", "voltage", "power", "energy", "resistance", "frequency", "force", "pressure",
                           "capacitance", "speed")) | SI_KINDS


def written(q: Quantity) -> float:
    """A quantity's value in the unit it was written in ("8 years" -> 8, "2.5 cm" -> 2.5)."""
    return q.value / q.scale if q.kind in MEASURE_KINDS else q.value


_POINTS = re.compile(r"percentage points?|pp\.?|p\.p\.|п\.\s?п\.?|процентн\w* пункт\w*")
_PERCENT_WORD = re.compile(r"%|\bper ?cent\b|\bпроцент(?:а|ов|ы|ам|ах)?\b(?! ?(?:пункт|п\.))")


def points_contrasted(text: str) -> bool:
    """Does a card's text set percentage points against percent ("in percentage points, not per cent",
    "на сколько процентных пунктов, а не процентов")? Then "2%" does not answer "2 percentage points"."""
    lowered = text.casefold()
    return bool(_POINTS.search(lowered)) and bool(_PERCENT_WORD.search(_POINTS.sub(" ", lowered)))


def same_quantity(want: Quantity, have: Quantity, allowed: float = 0.0, *, points: bool = False) -> bool:
    """Does `have` (from the answer) state the quantity `want` (within `allowed`, in the
    card's own unit)? Durations compare in days ("a year and a half" = "18 months"),
    measures in their base unit ("25 mm" = "2.5 cm"); a bare number stands for the card's
    unit, and a figure with a unit word answers a count ("eight years" for 8). Percentage
    points and percent agree (a learner's "2%" for "2 percentage points" is a usual slip)
    unless `points`: the card sets them against each other (`points_contrasted`)."""
    if "time" in (want.kind, have.kind) or want.clock is not None and have.clock is not None:
        return _same_time(want, have, allowed)
    change = same_change(want, have, allowed)  # "doubled" = "rose by 100%" = "rose to 200%"
    if change is not None:
        return change
    if want.share is not None or have.share is not None or "share" in (want.unit, have.unit):
        return _same_share(want, have, allowed)
    wd, hd = in_days(want), in_days(have)
    if wd is not None and hd is not None:
        # (in days a bound is not exact: 113 minutes are 108 and 5 only up to rounding); a figure in the card's
        # own unit is read as written, converted nothing: "750 days" is not 751 days
        same = have.unit == want.unit and want.unit is not None
        slack = max(allowed * DURATION_DAYS[want.unit or "day"], wd * (1e-9 if same else 0.005)) * (1 + 1e-9)
        return abs(wd - hd) <= slack or abs(_month_of_30(want, wd) - _month_of_30(have, hd)) <= slack
    if want.kind == "money" and have.kind == "money" and want.unit and have.unit and want.unit != have.unit:
        return False  # "14.5 dollars" is not 14.5 francs
    if want.kind == "temperature" and have.kind in ("temperature", "count"):
        return _same_temperature(want, have, allowed)
    if want.kind == "speed" and have.kind == "length":  # "5 cm" on a card of 5 cm a year: the card's time
        per = per_time(want.text) or 1.0
        have = replace(have, kind="speed", value=have.value / per, scale=have.scale / per)
    if want.kind in MEASURE_KINDS:
        if have.kind == want.kind:
            if abs(have.scale - want.scale) > 1e-9 * want.scale:  # converted: "27.8 m/s" is 100 km/h rounded;
                allowed = max(allowed, _rounding(want, have) / want.scale)  # a card's tolerance holds that already
            # (in base units a bound is not exact: 1 µm is 3 µm less 2 µm only up to rounding)
            return abs(have.value - want.value) <= (allowed * want.scale + abs(want.value)) * (1 + 1e-9) \
                - abs(want.value)
        return have.kind == "count" and have.matches(want.value / want.scale, allowed)
    if want.kind == "money" and want.scale != 1.0 and have.kind in ("money", "count"):  # kopecks, cents
        value = have.value if have.kind == "money" else have.value * want.scale
        return abs(value - want.value) <= max(allowed * want.scale, abs(want.value) * 1e-9)
    if have.kind in MEASURE_KINDS or hd is not None:  # (but "112 hours" is no count of a card's own things, moves)
        return want.kind == "count" and not want.unit \
            and abs(written(have) - want.value) <= max(allowed, abs(want.value) * 1e-9)
    if not have.matches(want.value, allowed):
        return False
    if "percent" in (want.kind, have.kind):
        if points and want.kind == have.kind and "pp" in (want.unit, have.unit) and want.unit != have.unit:
            return False  # the card sets points against percent: "2%" is not "2 percentage points"
        return want.kind == have.kind or "count" in (want.kind, have.kind)
    return True


def _same_share(want: Quantity, have: Quantity, allowed: float) -> bool:
    """Shares said as counts ("one in four": 25%, with its figures 1 and 4) agree with percentages, up to
    the rounding of the percentage ("a third" is 33%); a figure of a share is no percentage of its own
    (the "4" of "one in four" is not 4%), but still the count it says ("3 out of 10" has 3 of them)."""
    if have.share is not None and want.kind == "percent":
        return False
    if want.share is not None and have.kind == "percent":
        return abs(have.value - want.share * 100) <= max(allowed, min(1.0, have.value * 0.05))
    if want.kind == have.kind == "percent":
        return abs(have.value - want.value) <= max(allowed, min(1.0, abs(want.value) * 0.05))
    if want.kind == have.kind == "count" or have.unit == "share":  # "3 out of 10": 3; "25" for "one in four"
        return want.kind in ("count", "percent") and have.matches(want.value, allowed)
    return want.share is None and have.kind == "count" and have.matches(want.value, allowed)


def _clock(q: Quantity, other: Quantity) -> tuple[float, bool] | None:
    """A quantity as a time of day (minutes after midnight, either half of the day): a time, a figure of
    a bare "5:30", or, beside a time, a bare figure read as one ("6", "5.30", as a card's unit is)."""
    if q.kind == "time":
        return q.value, q.unit == "12h"
    if q.clock is not None:
        return q.clock, 60 <= q.clock < 780
    return clock_minutes(q.text) if q.kind == "count" and other.kind == "time" else None


def _same_time(want: Quantity, have: Quantity, allowed: float) -> bool:
    """Times of day agree on the clock: "17:30" is "5:30 pm", "5:30" either of them; "1:48" beside a
    figure that is no time is two figures ("a ratio of 1:48" is "1 to 48")."""
    if want.kind != "time" and have.kind != "time" and want.clock == have.clock:
        return want.value == have.value or want.clock is not None
    mine, theirs = _clock(want, have), _clock(have, want)
    if mine is None or theirs is None:
        return want.kind == have.kind == "count" and have.matches(want.value, allowed)
    period = 720.0 if mine[1] or theirs[1] else 1440.0
    gap = abs(mine[0] - theirs[0]) % period
    return min(gap, period - gap) <= allowed


_DIGITS = re.compile(r"\d[\d ,.']*")


def _rounding(want: Quantity, have: Quantity) -> float:
    """How far an answer converted from another unit may be off, in base units: half a unit of its last
    digit ("27.8": 0.05), its trailing zeros ("8700": 50) only as far as the card's own figure is rounded
    (2.3 million: 0.05 million), and never more than that rounding's share of the card's value, kept
    between 1% and 5%."""
    figure = abs(want.value / want.scale)
    last = Decimal(repr(figure)).normalize().as_tuple().exponent if figure and math.isfinite(figure) else 0
    card = 0.5 * 10.0 ** int(last) * want.scale
    mine = max(_half_digit(have, zeros=False), min(_half_digit(have), card / have.scale)) * have.scale
    share = min(0.05, max(0.01, card / abs(want.value))) if want.value else 0.01
    return min(mine, abs(want.value) * share)


_MAGNITUDE_WORD = re.compile(r"\b(?:(thousand|тыс)|(million|mln|mn|млн|миллион)|(billion|bn|млрд|миллиард))")


def _half_digit(q: Quantity, *, zeros: bool = True) -> float:
    """Half a unit of the last digit written ("27.8": 0.05, "28": 0.5), in the unit written; a whole
    number's trailing zeros are rounding ("8700": 50)."""
    m = _DIGITS.search(q.text)
    number = m.group(0).strip(" ,.'") if m else ""
    point = max(number.rfind("."), number.rfind(","))
    decimals = len(number) - point - 1 if point >= 0 and (number[point] == "." or len(number) - point - 1 != 3) \
        else 0
    if decimals == 0 and zeros:
        digits = re.sub(r"\D", "", number)
        decimals = -min(len(digits) - len(digits.rstrip("0")), len(digits) - 1)
    mag = _MAGNITUDE_WORD.search(q.text)  # "8.7 million litres": half of 0.1 million
    return 0.5 * 10.0 ** -decimals * (10.0 ** (3 * mag.lastindex) if mag and mag.lastindex else 1.0)


def _same_temperature(want: Quantity, have: Quantity, allowed: float) -> bool:
    """Temperatures compare in degrees Celsius; a figure without a scale ("27", "27 degrees")
    is read in the card's, and a figure converted from another scale may be rounded."""
    scale = want.unit or "c"
    value = have.value
    if have.kind == "count" or have.unit == "degrees":
        value = to_celsius(have.value, scale)
    elif have.unit != scale:
        allowed += _half_digit(have, zeros=False) * (5 / 9 if have.unit == "f" else 1.0)
    return abs(value - want.value) <= allowed + max(abs(want.value), 1.0) * 1e-9


def figures_agree(got: Prepared, option: Prepared) -> bool:
    """An answer's figures and years do not contradict an option's (1991 is not 1993)."""
    theirs = {q.value for q in option.quantities}
    if not theirs:  # (the option's first: the answer's figures are read only when it has some)
        return True
    mine = {q.value for q in got.quantities}
    return not mine or bool(mine & theirs)


def comparable(spec: Quantity, q: Quantity) -> bool:
    """Could `q` be an answer to `spec` (the same kind, or a bare number)?"""
    return q.kind == spec.kind or q.kind == "count" or (in_days(spec) is not None and in_days(q) is not None) \
        or spec.kind == "count" and q.kind == "factor" or relative(spec) and relative(q)


def signed(q: Quantity, spec: Quantity, got: Prepared, falling: bool) -> Quantity:
    """A fall given as a minus sign or as a word: "-19%" answers "by how much did it fall?"
    (19%), and "fell by 19%" / "down 19%" answers a change of -19%."""
    if q.value < 0 < spec.value and falling:
        return replace(q, value=-q.value)
    if spec.value < 0 < q.value and not q.text.startswith("+") and (got.direction() < 0 or falling
                                                                  and got.direction() == 0):
        return replace(q, value=-q.value)
    return q


def in_unit_of(q: Quantity, spec: Quantity) -> Quantity:
    """A bare number of an `accept` wording, read in the card's unit ("3" on a card of weeks)."""
    if q.kind != "count" or spec.kind == "count":
        return q
    if spec.kind in MEASURE_KINDS or spec.scale != 1.0:  # a measure, or hundredths of a currency
        return Quantity(q.value * spec.scale, spec.kind, spec.unit, q.text, spec.scale)
    return Quantity(q.value, spec.kind, spec.unit, q.text)


def spec_quantity(card: Card) -> Quantity | None:
    """The figure a numeric card asks for, in the kind and base unit its answers are read in."""
    spec = card.number
    if spec is None:
        return None
    unit = _as_after_figure(spell_units(spec.unit or "", alone=True).strip().lower())  # "mW", "MW" told apart first
    value, unit = _magnitude(spec.value, unit)
    if unit in ("%", "percent", "per cent", "процент", "процентов"):
        return Quantity(spec.value, "percent", "%")
    if _POINTS.fullmatch(unit):  # "percentage points", "pp", "п.п.", "процентных пункта"
        return Quantity(spec.value, "percent", "pp")
    if unit in UNIT_WORDS:
        return Quantity(spec.value, "duration", UNIT_WORDS[unit])
    if unit in _FACTOR_UNITS:  # "3 times", "в 3 раза": a factor (or how many times a thing was done)
        return Quantity(spec.value, "factor", "times")
    if unit in SUBUNITS:
        return Quantity(spec.value / 100, "money", SUBUNITS[unit], spec.unit or "", 0.01)
    if pound_card_is_mass(unit, f"{card.prompt} {card.answer}"):  # pounds of weight, unless the card is of money
        factor = pound_factor(unit)
        return Quantity(spec.value * factor, "mass", "base", spec.unit or "", factor)
    code = currency_of(unit)
    if code is not None:
        return Quantity(value, "money", code, spec.unit or "")
    found = measure(unit)
    if unit in ("k", "к") or found is not None and found[0] == "temperature":  # 300 K, 27 °C: in Celsius
        scale = temperature_scale(unit)
        return Quantity(to_celsius(spec.value, unit), "temperature", "c" if scale == "degrees" else scale,
                        spec.unit or "")
    if found is None and (spelled := _spelled_in(unit, card.answer)):  # "kt" of "2.9 kilotons", "кт" of "килотонн"
        found = measure(spelled)
    if found is not None:
        return Quantity(spec.value * found[1], found[0], "base", spec.unit or "", found[1])
    return Quantity(spec.value, "count", spec.unit)


_LETTERS = re.compile(r"[^\W\d_]+")


def _spelled_in(symbol: str, answer: str) -> str:
    """The unit a card's answer spells that a symbol the grader does not know abbreviates: a word of the answer
    that is a known unit, opens with the symbol's first letter and holds its other letters in their order ("kt" of
    "2.9 kilotons", "кт" of "2,9 килотонны"), or ""."""
    if not 1 < len(symbol) <= 4 or not symbol.isalpha():
        return ""
    words: list[str] = _LETTERS.findall(answer.casefold())
    for word in words:
        if len(word) > len(symbol) and word[0] == symbol[0] and measure(word) is not None:
            rest = iter(word[1:])
            if all(c in rest for c in symbol[1:]):
                return word
    return ""


def _as_after_figure(unit: str) -> str:
    """A card's unit as a figure would be followed by it: a Russian unit named in the nominative plural, as a field
    names it ("метры", "граммы", "рубли"), in the genitive plural ("метров", "граммов", "рублей"), and "г" alone is
    grams, as after a figure ("0,1 г"; "г." is a year)."""
    if unit == "г":
        return "грамм"
    if len(unit) > 3 and unit[-1] in "ыи" and unit[-2] not in "аеёиоуыэюя" and " " not in unit \
            and measure(unit) is None and currency_of(unit) is None:
        for plural in (unit[:-1] + "ов", unit[:-1] + "ей"):
            if measure(plural) is not None or currency_of(plural) is not None:
                return plural
    return unit


_FACTOR_UNITS = frozenset(("times", "time", "fold", "x", "×", "раз", "раза"))
_MAGNITUDES = {"thousand": 1e3, "thousands": 1e3, "тыс": 1e3, "тыс.": 1e3, "million": 1e6, "millions": 1e6,
               "mln": 1e6, "mn": 1e6, "млн": 1e6, "млн.": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9,
               "млрд": 1e9, "млрд.": 1e9}


def _magnitude(value: float, unit: str) -> tuple[float, str]:
    """A card's money unit with its magnitude ("million USD", "млн рублей"): the value in units."""
    first, _, rest = unit.partition(" ")
    if first in _MAGNITUDES and currency_of(rest) is not None:
        return value * _MAGNITUDES[first], rest
    return value, unit


def date_hits(d: Date, year: int | None, month: int | None, day: int | None, precision: str,
              prompt_years: set[int]) -> bool:
    """Does a date given in an answer name the card's date at its precision (in any way it may be
    read: "5/6/1997" as 5 June or May 6, "6.5.97" in 1997)?"""
    return any(_reading_hits(reading, year, month, day, precision, prompt_years) for reading in d.readings())


def _reading_hits(d: tuple[int | None, int | None, int | None], year: int | None, month: int | None,
                  day: int | None, precision: str, prompt_years: set[int]) -> bool:
    given_year, given_month, given_day = d
    if given_year is not None and given_year != year:
        return False
    if precision == "year":
        return given_year == year
    if given_year is None and precision == "month" and year not in prompt_years:
        return False  # "November" alone does not say which November; "28 October" names the day
    if given_month != month:
        return False
    return precision == "month" or given_day == day


def figures_shown(quantities: list[Quantity]) -> str:
    """The figures a text gives, for a trace: each as written once (a figure read two ways, "110m", is one)."""
    return ", ".join(dict.fromkeys(q.text for q in quantities))
