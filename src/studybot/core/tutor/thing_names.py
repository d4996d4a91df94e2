"""Names of things that look like people's: "Верхняя Ангара", "Нобелевская премия", "Кровавое воскресенье".
`names` guesses a person from two to four capitalised words the pack never writes in lower case; a name is a thing's
instead when the language tells so by its form (never a word of one text).

In Russian, a name whose first word is an adjective by its ending ("Нобелевская", "Верхняя", "Старой"; not the
endings a given name ends in, "Дмитрий", "Сергей", "Ольгой") and whose last word is none names a thing: a person's name
opens with the given name, never with an adjective, and a surname that reads as an adjective agrees with the given
name before it ("Николая Раевского", "Андрей Белый"). A name that opens with a word that opens the name of a person the
pack shows so, by an initial or a role, stays a person's ("министр Андрей Белый" makes "Андрей Белый" one).

So does an adjective in "-ой", "-ом", "-ей", "-ем" whose suffix no given name has ("-ск-", "-цк-", a consonant and
"-н-") before a noun in "-е", "-и", "-ы" ("в Восточной Европе", "Южной Америки", "в Царском Селе"): a given name ends
so only in the instrumental ("Иваном", "Ириной"), and a surname after it agrees ("с Ириной Петровой").

So does a common noun opening a sentence before a name in the genitive ("Возраст Байкала учёные оценивают ...",
"Противник Гринева ..."): two words, the first one the Russian tables know as a word (`wordnet_ru`) and not in "-а",
"-я" (a given name agrees in case with the surname after it: "Карла Маркса", "Анна Орлова"), the second a name the
pack writes bare, with "-а" added ("Байкал" / "Байкала"). "Карл Бенц" stays a person: "Бенц" is no genitive.

In English, a name that ends in a day of the week names a day or an event ("Black Sunday", "Ash Wednesday", "Super
Tuesday"): a person's name ends in a surname, and such a run reads as one only because the pack writes its words
capitalised alone. Not a month or a season: they are surnames too ("Theresa May", "Tom Winter"). (Other English
names of things, "Pulitzer Prize", "Soviet Union", are not read so yet: the rules tried, a last word WordNet knows as
a common noun, an adjective first, a kind of body last, each lowered a figure; see the round-17 report.)
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

from .. import wordnet_ru
from ..lexicon_days import WEEKDAYS

if TYPE_CHECKING:
    from .words import Words

__all__ = ["given_names", "names_a_thing", "names_a_time"]

# endings of Russian adjectives in every case but those a given name ends in ("Дмитрий", "Сергей", "Ольгой")
_ADJECTIVE = {"ru": ("ая", "яя", "ое", "ее", "ые", "ие", "ый", "ого", "его", "ому", "ему", "ую", "юю", "ых", "ым",
                     "ыми")}


# an adjective's feminine and masculine oblique forms that no given name has: after "-ск-", "-цк-" or a consonant and
# "-н-" ("Восточной", "Царском", "Верхней"; not "Иваном", "Екатериной", "Ольгой")
_ADJECTIVE_OBLIQUE = re.compile(r"\w+(?:ск|цк|[бвгджзклмнпрстфхцчшщ]н)(?:ой|ом|ей|ем)")


class _Run(Protocol):
    @property
    def persons(self) -> tuple[tuple[str, ...], ...]: ...


def given_names(runs: Iterable[Iterable[_Run]], words: Words) -> frozenset[str]:
    """The name stems of the words that open the names of the pack's people shown so by an initial or a role."""
    return frozenset(words.name_stem(p[0]) for found in runs for run in found for p in run.persons if len(p) > 1)


def names_a_thing(plain: Sequence[str], given: frozenset[str], words: Words, written: Collection[str] = ()) -> bool:
    """Do the (normalised) words of a capitalised run, guessed to be a person's name, name a thing? `given`: name
    stems of the words the pack opens people's names with (`given_names`); `written`: the words the pack writes
    capitalised inside a sentence."""
    endings = _ADJECTIVE.get(words.code)
    if not endings or len(plain) < 2 or words.name_stem(plain[0]) in given:
        return False
    return plain[0].endswith(endings) and not plain[-1].endswith(endings) or _noun_of_name(plain, words, written) or (
        _placed_adjective(plain, words.code))


def names_a_time(plain: Sequence[str], words: Words) -> bool:
    """Do the (normalised) words of a capitalised run of two or more end in an English day of the week ("Black
    Sunday"), so name a day or an event, never a person?"""
    return words.code == "en" and len(plain) >= 2 and plain[-1] in WEEKDAYS


def _placed_adjective(plain: Sequence[str], code: str) -> bool:
    """Does a Russian run open with an adjective in "-ой" / "-ом" / "-ей" / "-ем" by its suffix ("Восточной",
    "Царском", "Верхней") before a noun in "-е", "-и", "-ы" ("Восточной Европе", "Южной Америки", "Царском Селе")?
    A given name ends so in the instrumental only ("Иваном", "Ириной"), never after "-ск-", "-цк-" or a consonant and
    "-н-", and a surname after it agrees ("Ириной Петровой")."""
    return code == "ru" and bool(_ADJECTIVE_OBLIQUE.fullmatch(plain[0])) and plain[-1].endswith(("е", "и", "ы"))


def _noun_of_name(plain: Sequence[str], words: Words, written: Collection[str]) -> bool:
    """Is a run of two words a Russian common noun and a name in the genitive ("Возраст Байкала")?"""
    if words.code != "ru" or len(plain) != 2 or plain[0].endswith(("а", "я")) or not plain[1].endswith("а"):
        return False
    noun = words.lang.stem(plain[0])
    return plain[1][:-1] in written and (wordnet_ru.in_wiktionary(noun) or bool(wordnet_ru.wide_synonyms(noun)))
