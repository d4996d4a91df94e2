"""Units of physics with SI prefixes, in English and Russian: amperes, volts, watts,
watt-hours, joules (and electronvolts), ohms, hertz, newtons, pascals, farads, teslas (and
gauss), coulombs, moles, lux and decibels;
units of radiation (sieverts and rem, grays, becquerels and curies, roentgens), each dose
its own kind (a sievert is no gray); and bits (b) told from bytes (B).

Their symbols differ by case alone ("mW" is a milliwatt, "MW" a megawatt; "мА" is a
milliampere), and everything else in grading is read case-folded. So `spell_units`
rewrites a symbol written after a figure ("0.5 mA", "1 МВт", "60W") into its spelled
name ("0.5 milliampere") while the case is still there; `MEASURES` then reads spelled
names, any case, into a kind and a factor to the unit itself.
"""

from __future__ import annotations

import re
from typing import Final, Literal, get_args

__all__ = ["MEASURES", "SIKind", "SI_KINDS", "spell_units", "unit_symbol"]

SIKind = Literal["current", "voltage", "power", "energy", "resistance", "frequency", "force", "pressure",
                 "capacitance", "dose", "absorbed", "activity", "exposure", "magnetic", "charge", "amount",
                 "illuminance", "level"]
SI_KINDS: Final = frozenset(get_args(SIKind))

# unit: (kind, factor to the base unit of its kind, its symbols (case kept), its spelled forms)
_UNITS: Final[dict[str, tuple[SIKind, float, tuple[str, ...], tuple[str, ...]]]] = {
    "ampere": ("current", 1.0, ("A", "А"), ("ampere", "amperes", "amp", "amps", "ампер", "ампера", "амперов")),
    "volt": ("voltage", 1.0, ("V", "В"), ("volt", "volts", "вольт", "вольта", "вольтов")),
    "watt": ("power", 1.0, ("W", "Вт"), ("watt", "watts", "ватт", "ватта", "ваттов")),
    "watthour": ("energy", 3600.0, ("Wh", "W·h", "Вт·ч", "Вт*ч", "Втч"),
                 ("watt-hour", "watt-hours", "ватт-час", "ватт-часа", "ватт-часов")),
    "joule": ("energy", 1.0, ("J", "Дж"), ("joule", "joules", "джоуль", "джоуля", "джоулей")),
    # (the electronvolt of particle physics: the energy an electron gains across a volt)
    "electronvolt": ("energy", 1.602176634e-19, ("eV", "эВ"), ("electronvolt", "electronvolts", "электронвольт",
                                                              "электронвольта", "электронвольтов")),
    "ohm": ("resistance", 1.0, ("Ω", "Ohm", "ohm", "Ом", "ом"), ("ohm", "ohms", "ом", "ома", "омов")),
    "hertz": ("frequency", 1.0, ("Hz", "Гц"), ("hertz", "герц", "герца")),
    "newton": ("force", 1.0, ("kN", "MN", "кН", "МН"), ("newton", "newtons", "ньютон", "ньютона", "ньютонов")),
    "pascal": ("pressure", 1.0, ("Pa", "Па"), ("pascal", "pascals", "паскаль", "паскаля", "паскалей")),
    "farad": ("capacitance", 1.0, ("F", "Ф"), ("farad", "farads", "фарад", "фарада", "фарады")),
    "tesla": ("magnetic", 1.0, ("T", "Тл"), ("tesla", "teslas", "тесла", "теслы")),
    "gauss": ("magnetic", 1e-4, ("Гс",), ("gauss", "гаусс", "гаусса", "гауссов")),  # (CGS: 10 000 gauss a tesla)
    "coulomb": ("charge", 1.0, ("C", "Кл"), ("coulomb", "coulombs", "кулон", "кулона", "кулонов")),
    "mole": ("amount", 1.0, ("mol", "моль"), ("mole", "moles", "моль", "моля", "молей")),
    "lux": ("illuminance", 1.0, ("lx", "лк"), ("lux", "люкс", "люкса", "люксов")),
    "decibel": ("level", 1.0, ("dB", "дБ"), ("decibel", "decibels", "децибел", "децибела", "децибелов")),
    # radiation: the dose a body takes (sievert, and rem, a hundredth of it), the energy it absorbs (gray), a
    # source's activity (becquerel, and curie), the exposure of air (roentgen); none converts into another
    "sievert": ("dose", 1.0, ("Sv", "Зв"), ("sievert", "sieverts", "зиверт", "зиверта", "зивертов")),
    # ("rem" and "gray" spelled alone are words too: "4 REM phases", "2 gray wolves"; their symbols are read)
    "rem": ("dose", 0.01, ("rem", "бэр"), ("rems", "бэр", "бэра", "бэров")),
    "gray": ("absorbed", 1.0, ("Gy", "Гр"), ("grays", "грей", "грея", "греев")),
    "becquerel": ("activity", 1.0, ("Bq", "Бк"), ("becquerel", "becquerels", "беккерель", "беккереля",
                                                   "беккерелей")),
    "curie": ("activity", 3.7e10, ("Ci", "Ки"), ("curie", "curies", "кюри")),
    "roentgen": ("exposure", 1.0, ("R", "Р"), ("roentgen", "roentgens", "rontgen", "rontgens", "рентген",
                                                "рентгена", "рентгенов")),
}
_PREFIXED_ONLY: Final = ("newton", "farad")  # "40 N" is more often 40° north, "40 F" Fahrenheit
# a symbol that alone is another unit or a letter ("5 T" tonnes, "20 C" Celsius, "Гр" grams, "R" a grade): only
# prefixed, and by a prefix of a small part ("kT", "MT" are kilotons and megatons, never teslas)
_NOT_ALONE: Final = frozenset(("T", "C", "R", "Р", "Гр"))
# ... but a card's `number.unit` written "T" is the tesla: its capital tells it from the tonne ("t")
_UNIT_ALONE: Final = {"T": "tesla"}
_SMALL_PREFIXES: Final = ("pico", "nano", "micro", "milli")
# prefix: (factor, its symbols (case kept), its spelled forms (English first))
_PREFIXES: Final[dict[str, tuple[float, tuple[str, ...], tuple[str, ...]]]] = {
    "pico": (1e-12, ("p", "п"), ("pico", "пико")),
    "nano": (1e-9, ("n", "н"), ("nano", "нано")),
    "micro": (1e-6, ("µ", "μ", "u", "мк"), ("micro", "микро")),
    "milli": (1e-3, ("m", "м"), ("milli", "милли")),
    "kilo": (1e3, ("k", "к"), ("kilo", "кило")),
    "mega": (1e6, ("M", "М"), ("mega", "мега")),
    "giga": (1e9, ("G", "Г"), ("giga", "гига")),
}


def _measures() -> dict[str, tuple[SIKind, float]]:
    out: dict[str, tuple[SIKind, float]] = {}
    for kind, factor, _, spelled in _UNITS.values():
        for name in spelled:
            out[name] = (kind, factor)
            for scale, _, prefixes in _PREFIXES.values():
                for prefix in prefixes:
                    out[prefix + name] = (kind, factor * scale)
    out.update({"millirem": ("dose", 1e-5), "microrem": ("dose", 1e-8), "milligray": ("absorbed", 1e-3)})
    return out


MEASURES: Final = _measures()
"""Spelled unit names (lower case), plain and prefixed, to (kind, factor to the base unit)."""


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _symbols() -> dict[str, str]:
    out: dict[str, str] = {}
    for unit, (_, _, symbols, _) in _UNITS.items():
        if unit == "newton":  # "40 N" is more often 40° north than 40 newtons: only kN and MN
            out.update({"kN": "kilonewton", "кН": "kilonewton", "MN": "meganewton", "МН": "meganewton"})
            continue
        for symbol in symbols:
            if unit not in _PREFIXED_ONLY and symbol not in _NOT_ALONE:
                out[symbol] = unit
            for prefix, (_, marks, _) in _PREFIXES.items():
                if symbol in _NOT_ALONE and prefix not in _SMALL_PREFIXES:
                    continue
                for mark in marks:
                    if len(mark + symbol) > 1 and _cyrillic(mark) == _cyrillic(symbol):
                        out[mark + symbol] = prefix + unit
    return out


_SYMBOLS: Final = _symbols()
# b a bit, B a byte (names both languages' data units know)
_DATA: Final = {"kB": "kilobyte", "KB": "kilobyte", "Mb": "megabit", "MB": "megabyte",
                "Gb": "gigabit", "GB": "gigabyte"}
_SPELLED: Final = {  # language: unit -> its name, prefix -> its name
    "en": {**{unit: next(s for s in spelled if s.isascii()) for unit, (_, _, _, spelled) in _UNITS.items()},
           **{prefix: names[0] for prefix, (_, _, names) in _PREFIXES.items()}},
    "ru": {**{unit: next(s for s in spelled if not s.isascii()) for unit, (_, _, _, spelled) in _UNITS.items()},
           **{prefix: names[1] for prefix, (_, _, names) in _PREFIXES.items()}},
}
# a word of scale between the figure and the symbol ("2,4 млн МВт", "3 thousand kW"): the symbol is read too,
# its prefix times the scale (an abbreviation's dot only after тыс/млн/млрд/mln/bn, not a sentence's end)
_SCALE = (r"(?:(?:thousands?|millions?|billions?|миллион(?:а|ов)?|миллиард(?:а|ов)?|тысяч[аиу]?)"
          r"|(?:mln|bn|тыс|млн|млрд)\.?)")
_SYMBOL: Final = re.compile(
    r"(?<=\d)(\s?(?:" + _SCALE + r"\s?)?)("
    + "|".join(re.escape(s) for s in sorted({*_SYMBOLS, *_DATA}, key=len, reverse=True)) + r")(?![^\W\d_])")
_HINT: Final = re.compile(r"\d\s?[^\W\d_µμΩ]")


def _spelled(symbol: str, lang: str) -> str:
    if symbol in _DATA:
        return _DATA[symbol]
    name, names = _SYMBOLS[symbol], _SPELLED.get(lang, _SPELLED["en"])
    for prefix in _PREFIXES:
        if name.startswith(prefix) and name != prefix:
            return names[prefix] + names[name[len(prefix):]]
    return names[name]


def unit_symbol(token: str) -> bool:
    """Is `token` (as typed, case kept) the symbol of one of these units ("GW", "кВт", "MB")?"""
    return token in _SYMBOLS or token in _DATA


_RATE: Final = re.compile(r"\s*/\s*|\s+per\s+")  # a rate's slash or "per" ("mSv/year", "µSv per hour")


def spell_units(text: str, lang: str = "en", *, alone: bool = False) -> str:
    """Symbols of these units after a figure spelled out, their case read: "0.5 mA" ->
    "0.5 milliampere", "1 МВт" -> "1 megawatt", "2Ω" -> "2 ohm". With `alone`, the whole
    text is a unit (a card's `number.unit`: "kW" -> "kilowatt"). Names are in `lang`
    ("0,5 мА" -> "0,5 миллиампер" in Russian)."""
    if alone:  # a rate's first part too: "mSv/year", "µSv per hour"
        unit = text.strip()
        cut = _RATE.search(unit)
        head, rest = (unit[:cut.start()], unit[cut.start():]) if cut else (unit, "")
        if head in _UNIT_ALONE:
            return _SPELLED.get(lang, _SPELLED["en"])[_UNIT_ALONE[head]] + rest
        return _spelled(head, lang) + rest if head in _SYMBOLS or head in _DATA else text
    if not _HINT.search(text) and "Ω" not in text and "µ" not in text and "μ" not in text:
        return text
    return _SYMBOL.sub(lambda m: " " + " ".join((*m.group(1).split(), _spelled(m.group(2), lang))), text)
