"""Countries and unions written in more than one way in every text on any subject: the short form and the full name
("USA" / "United States", "UK" / "Britain", "СССР" / "Советский Союз", "США" / "Соединённые Штаты"), for the tutor,
which reads them as a pack's aliases are read (`tutor.Tutor`). Only forms no other word takes: "US" and "America"
are left out ("us", "South America"). A pack's own aliases that spell one of these forms keep theirs. Only data and
the merge; nothing of one text.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .lexicon_paraphrase import DEMONYMS
from .lexicon_ru_peoples import RU_PEOPLES
from .text import normalise

WORD = re.compile(r"[^\W_]+")

__all__ = ["COUNTRY_ALIASES", "COUNTRY_NAMES", "country_forms", "with_countries"]

_RU_US = tuple(f"{a} {b}" for a, b in (
    ("соединенные", "штаты"), ("соединенных", "штатов"), ("соединенным", "штатам"), ("соединенными", "штатами"),
    ("соединенных", "штатах"))) + ("соединенные штаты америки", "соединенных штатов америки")
# "Америка" alone is the United States in a Russian learner's words ("переехал в Америку", "запатентовал в Америке"),
# unless the text names a continent by it ("Южная Америка", "в Северной Америке"): then it is left out (`_CONTINENT`)
_RU_AMERICA = ("америка", "америки", "америке", "америку", "америкой")
_CONTINENT = {"ru": re.compile(r"\b(?:южн|северн|латинск|центральн)\w* америк")}
_RU_USSR = tuple(f"{a} {b}" for a, b in (
    ("советский", "союз"), ("советского", "союза"), ("советскому", "союзу"), ("советским", "союзом"),
    ("советском", "союзе")))

COUNTRY_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "United States": ("USA", "U.S.A.", "United States of America"),
        "Britain": ("UK", "U.K.", "United Kingdom", "Great Britain"),
        "European Union": ("EU",),
        "Soviet Union": ("USSR", "U.S.S.R."),
    },
    "ru": {
        "США": _RU_US + _RU_AMERICA,
        "СССР": _RU_USSR,
    },
}

# the one-word names of countries in the language's tables, lower case ("россия", "россии", "finland", "britain"):
# a run of capitalised words opening with one names no person ("Норвегию Дания уступила ...", "In Norway Harald Vik")
COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "ru": tuple(w for row in RU_PEOPLES for w in row[:2] if w[:3] == row[0][:3]),  # (not "сша американцы")
    "en": tuple(group.split()[0] for group in DEMONYMS.split("|") if group.strip()),
}
COUNTRY_NAMES = {code: (*names, *(normalise(n) for n in COUNTRY_ALIASES.get(code, {}) if " " not in n))
                 for code, names in COUNTRY_NAMES.items()}


def _words(text: str) -> str:
    """A name or a text as its words, in the one form the pack's aliases, the forms and the text are compared in
    ("U.S.A." and "u s a" alike)."""
    return " ".join(WORD.findall(normalise(text)))


def with_countries(aliases: Mapping[str, tuple[str, ...]], code: str, text: str) -> dict[str, tuple[str, ...]]:
    """A pack's aliases with the language's countries (`COUNTRY_ALIASES`) that its text (`text`, any case) names in
    one of their forms and whose forms the pack's aliases do not spell themselves. A country the text never names is
    left out: a question naming it asks of what the text does not tell."""
    taken = {_words(name) for canonical, others in aliases.items() for name in (canonical, *others)}
    said = f" {_words(text)} "
    continent, table = _CONTINENT.get(code), COUNTRY_ALIASES.get(code, {})
    countries = {canonical: tuple(n for n in others if n not in _RU_AMERICA) for canonical, others in table.items()
                 } if continent is not None and continent.search(said) else table
    extra = {canonical: others for canonical, others in countries.items()
             if not (forms := {_words(n) for n in (canonical, *others)}) & taken
             and any(f" {form} " in said for form in forms)}
    return {**extra, **aliases}


def country_forms(countries: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every form of some countries (names and their other forms), as `_words` writes them ("britain", "u s a")."""
    return frozenset(_words(n) for canonical, others in countries.items() for n in (canonical, *others))
