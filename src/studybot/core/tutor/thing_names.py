"""Names of things that look like people's: "Верхняя Ангара", "Нобелевская премия", "Кровавое воскресенье".
`names` guesses a person from two to four capitalised words the pack never writes in lower case; a name is a thing's
instead when the language tells so by its form (never a word of one text).

In Russian, a name whose first word is an adjective by its ending ("Нобелевская", "Верхняя", "Старой"; not the
endings a given name ends in, "Дмитрий", "Сергей", "Ольгой") and whose last word is none names a thing: a person's name
opens with the given name, never with an adjective, and a surname that reads as an adjective agrees with the given
name before it ("Николая Раевского", "Андрей Белый"). A name that opens with a word that opens the name of a person the
pack shows so, by an initial or a role, stays a person's ("министр Андрей Белый" makes "Андрей Белый" one).

(English names of things, "Black Sunday", "Pulitzer Prize", "Soviet Union", are not read so yet: the rules tried,
a last word WordNet knows as a common noun, an adjective first, a kind of body last, each lowered a figure; see the
round-17 report.)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from .words import Words

__all__ = ["given_names", "names_a_thing"]

# endings of Russian adjectives in every case but those a given name ends in ("Дмитрий", "Сергей", "Ольгой")
_ADJECTIVE = {"ru": ("ая", "яя", "ое", "ее", "ые", "ие", "ый", "ого", "его", "ому", "ему", "ую", "юю", "ых", "ым",
                     "ыми")}


class _Run(Protocol):
    @property
    def persons(self) -> tuple[tuple[str, ...], ...]: ...


def given_names(runs: Iterable[Iterable[_Run]], words: Words) -> frozenset[str]:
    """The name stems of the words that open the names of the pack's people shown so by an initial or a role."""
    return frozenset(words.name_stem(p[0]) for found in runs for run in found for p in run.persons if len(p) > 1)


def names_a_thing(plain: Sequence[str], given: frozenset[str], words: Words) -> bool:
    """Do the (normalised) words of a capitalised run, guessed to be a person's name, name a thing? `given`: name
    stems of the words the pack opens people's names with (`given_names`)."""
    endings = _ADJECTIVE.get(words.code)
    if not endings or len(plain) < 2 or words.name_stem(plain[0]) in given:
        return False
    return plain[0].endswith(endings) and not plain[-1].endswith(endings)
