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
from .memos import memoised
from .text import normalise

WORD = re.compile(r"[^\W_]+")

__all__ = ["ADJECTIVES", "COUNTRY_ALIASES", "COUNTRY_NAMES", "SAID_FOR", "country_forms", "with_adjectives",
           "with_countries", "with_said_for"]

_RU_US = tuple(f"{a} {b}" for a, b in (
    ("соединенные", "штаты"), ("соединенных", "штатов"), ("соединенным", "штатам"), ("соединенными", "штатами"),
    ("соединенных", "штатах"))) + ("соединенные штаты америки", "соединенных штатов америки")
# "Америка" alone is the United States in a Russian learner's words ("переехал в Америку", "запатентовал в Америке"),
# unless the text names a continent by it ("Южная Америка", "в Северной Америке"): then it is left out (`_CONTINENT`)
_RU_AMERICA = ("америка", "америки", "америке", "америку", "америкой")
_CONTINENT = {"ru": re.compile(r"\b(?:южн|северн|латинск|центральн)\w* америк")}
# ... and where it stays, the continents are names of their own, so "в Южную Америку" is no "в Америку" (read word by
# word, the longer name first)
_RU_CONTINENTS = {f"{adjective}ая Америка": tuple(f"{adjective}{a} америк{n}" for a, n in (
    ("ая", "а"), ("ой", "и"), ("ой", "е"), ("ую", "у"), ("ой", "ой"))) for adjective in (
    "Южн", "Северн", "Латинск", "Центральн")}
_RU_USSR = tuple(f"{a} {b}" for a, b in (
    ("советский", "союз"), ("советского", "союза"), ("советскому", "союзу"), ("советским", "союзом"),
    ("советском", "союзе")))

COUNTRY_ALIASES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "United States": ("USA", "U.S.A.", "United States of America"),
        "Britain": ("UK", "U.K.", "United Kingdom", "Great Britain"),
        "European Union": ("EU",),
        "Soviet Union": ("USSR", "U.S.S.R."),
        "New Zealand": ("NZ", "N.Z."),
        "United Arab Emirates": ("UAE", "U.A.E."),
        "Democratic Republic of the Congo": ("DRC", "D.R.C."),
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
    ("U.S.A." and "u s a" alike). Read once: the tables' names are read again for every pack, a pack's whole text by
    each step that adds its countries (a few texts kept, thousands of names)."""
    return _text_words(text) if len(text) > _NAME_LENGTH else _name_words(text)


_NAME_LENGTH = 200  # characters at most of a name's memo: a longer text is a pack's


def _read_words(text: str) -> str:
    return " ".join(WORD.findall(normalise(text)))


_name_words = memoised(4096)(_read_words)
_text_words = memoised(4)(_read_words)


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
    if any(set(_RU_AMERICA) & set(others) for others in extra.values()):
        extra |= {name: forms for name, forms in _RU_CONTINENTS.items() if _words(name) not in taken}
    return {**extra, **aliases}


def country_forms(countries: Mapping[str, tuple[str, ...]]) -> frozenset[str]:
    """Every form of some countries (names and their other forms), as `_words` writes them ("britain", "u s a")."""
    return frozenset(_words(n) for canonical, others in countries.items() for n in (canonical, *others))


# a country said by its capital or its people, as news and histories write of governments ("Washington and London
# withdrew the loan", "the Russians launched first"): each form with the words whose presence in a pack's texts keeps
# it as written (a people's own country: where "Russia" is named, "the Russians" are its people; "England", as
# learners call the whole of Britain, where the texts name none of its parts nor their peoples)
SAID_FOR: dict[str, dict[str, tuple[tuple[str, tuple[str, ...]], ...]]] = {
    "en": {
        "United States": (("Washington", ()), ("the Americans", ())),
        "Britain": (("London", ()), ("the British", ()), ("the Britons", ()),
                    ("England", ("scotland", "scottish", "wales", "welsh", "ireland", "irish", "english"))),
        "Soviet Union": (("Moscow", ("russia",)), ("the Kremlin", ("russia",)), ("the Soviets", ()),
                         ("the Russians", ("russia", "russian"))),
    },
    # in Russian each form and each word that keeps it is the start of its words in every case ("москв": "Москва",
    # "Москвы", "Москвой"); "Москва" and "Кремль" stand for the state the text names, Russia where it names no Soviet
    # Union, the Soviet Union where it names no Russia (issue #11: "Москва считает проливы своими водами, а Вашингтон
    # - международными")
    "ru": {
        "США": (("вашингтон", ()),),
        "Россия": (("москв", ("ссср", "советск")), ("кремл", ("ссср", "советск"))),
        "СССР": (("москв", ("росси",)), ("кремл", ("росси",))),
    },
}
# the Russian forms of `SAID_FOR`'s stems, as an alias writes them (a name's forms are met by its stem)
_RU_SAID = {"вашингтон": "Вашингтон", "москв": "Москва", "кремл": "Кремль"}


def with_said_for(aliases: Mapping[str, tuple[str, ...]], code: str, text: str) -> dict[str, tuple[str, ...]]:
    """A pack's aliases (with `with_countries`'), each country among them given its capital and its people
    (`SAID_FOR`) where the pack's texts (`text`) never write that form nor the words that keep it: then no card asks
    of the city or the people, no wording of a card holds the form, and an answer's "Washington" is read as the
    country it stands for, in that direction only. A country the aliases do not name gets none."""
    table = SAID_FOR.get(code)
    if not table:
        return dict(aliases)
    said = f" {_words(text)} "
    out = dict(aliases)
    if code == "ru":
        return _ru_said_for(out, table, said)
    for country, forms in table.items():
        names = {_words(n) for n in (country, *COUNTRY_ALIASES[code].get(country, ()))}
        canonical = next((c for c, others in out.items() if {_words(n) for n in (c, *others)} & names), None)
        if canonical is None:
            continue
        spelt = {_words(n) for c, others in out.items() for n in (c, *others)}
        extra = tuple(form for form, keeping in forms
                      if _words(form) not in spelt and f" {_words(form).removeprefix('the ')} " not in said
                      and not any(f" {word} " in said for word in keeping))
        out[canonical] = (*out[canonical], *extra)
    return out


def _ru_said_for(out: dict[str, tuple[str, ...]], table: Mapping[str, tuple[tuple[str, tuple[str, ...]], ...]],
                 said: str) -> dict[str, tuple[str, ...]]:
    """`with_said_for` in Russian: a country the text names in any case ("России") gets the forms no word of the text
    starts with, nor a word that keeps them; one the aliases name keeps their spelling as its own."""
    spelt = {_words(n) for c, others in out.items() for n in (c, *others)}
    for country, forms in table.items():
        names = {_words(n) for n in (country, *COUNTRY_ALIASES["ru"].get(country, ()))}
        canonical = next((c for c, others in out.items() if {_words(n) for n in (c, *others)} & names), None)
        if canonical is None and f" {_words(country)[:5]}" not in said:
            continue
        extra = tuple(_RU_SAID[stem] for stem, keeping in forms if _words(_RU_SAID[stem]) not in spelt
                      and f" {stem}" not in said and not any(f" {word}" in said for word in keeping))
        if extra:
            key = canonical or country
            out[key] = (*out.get(key, ()), *extra)
    return out


# a country of two words said by its one adjective ("the American flag" for "the flag of the United States", "a Soviet
# rocket" for "a rocket of the Soviet Union"); one-word countries meet theirs already (`relational`, `DEMONYMS`)
ADJECTIVES: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {"United States": ("American",), "Soviet Union": ("Soviet",)}}
# words before an adjective that make it a name of something else, a continent's part or a people's ("South American",
# "Latin American", "Native American"): in a text that writes it so the adjective stays as written
_COMPOUNDING = r"(?:south|north|latin|central|native|african|anglo|pan|post|pre)"


def with_adjectives(aliases: Mapping[str, tuple[str, ...]], code: str, text: str) -> dict[str, tuple[str, ...]]:
    """A pack's aliases (with `with_countries`'), each country of two words among them given its adjective
    (`ADJECTIVES`), read so in a card's wordings and in answers alike: "the American flag" is "the United States flag".
    Not where the pack's aliases spell the adjective themselves, nor where its texts (`text`) use it in a name of
    something else (`_COMPOUNDING`). A country the aliases do not name gets none."""
    table = ADJECTIVES.get(code)
    if not table:
        return dict(aliases)
    said = f" {_words(text)} "
    out = dict(aliases)
    for country, adjectives in table.items():
        names = {_words(n) for n in (country, *COUNTRY_ALIASES[code].get(country, ()))}
        canonical = next((c for c, others in out.items() if {_words(n) for n in (c, *others)} & names), None)
        if canonical is None:
            continue
        spelt = {_words(n) for c, others in out.items() for n in (c, *others)}
        extra = tuple(a for a in adjectives if _words(a) not in spelt
                      and not re.search(rf" {_COMPOUNDING} {_words(a)} ", said))
        out[canonical] = (*out[canonical], *extra)
    return out
