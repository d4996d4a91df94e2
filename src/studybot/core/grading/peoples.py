"""A thing given another people: a point that says whose a thing is by a people's adjective or name ("a French
invasion", "французского вторжения", "вторжения французов") is not made by an answer that gives the same thing
another people in its place and never the point's ("the French feared a British invasion", "французы боялись
британского вторжения" for "the British feared a French invasion"), whatever else it says with the point's people:
the roles of the two peoples are exchanged. Several peoples joined by "and" are all the thing's ("British and French
ships"). The peoples are general vocabulary (`lexicon_paraphrase.DEMONYMS`, `lexicon_ru_peoples`) and a few regular
adjectives of peoples below; no word of a text."""

from __future__ import annotations

from functools import cache

from ..lexicon_paraphrase import DEMONYMS, GRADED_DEMONYMS
from ..lexicon_ru_peoples import RU_PEOPLES
from ..matching import Prepared

__all__ = ["people_swapped"]

# English adjectives of peoples made regularly from their country (not in `DEMONYMS`, whose stems differ)
_REGULAR = ("american soviet german russian italian roman austrian hungarian indian mexican canadian belgian "
            "brazilian egyptian persian prussian norman saxon european african asian australian korean ottoman "
            "byzantine venetian genoese castilian bavarian serbian croatian bulgarian romanian ukrainian belarusian "
            "lithuanian latvian estonian georgian armenian chilean peruvian argentine cuban algerian nigerian kenyan "
            "ethiopian syrian iranian mongolian tibetan siberian")
_JOINS = frozenset({"and", "or", "и", "или"})
# a Russian adjective's endings, and those of a people's noun in the genitive ("французов", "англичан", "немца")
_RU_ADJECTIVE = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ым", "им", "ом",
                 "ем", "ую", "юю", "ых", "их", "ыми", "ими")
_RU_GENITIVE = ("ов", "ев", "ан", "ян", "ых", "их", "а", "я")
_RU_SHARED = 4  # letters at least a Russian word shares with a people's word of its row ("англичан" / "англичане")


@cache
def _english() -> dict[str, int]:
    """Each English word of a people (not its country, the first of its group) -> its people."""
    out: dict[str, int] = {}
    for k, group in enumerate((*DEMONYMS.split("|"), *GRADED_DEMONYMS.split("|"))):
        for word in group.split()[1:]:
            out.setdefault(word, k)
    for k, word in enumerate(_REGULAR.split(), start=len(out) + 1000):
        out.setdefault(word, k)
    return out


def _russian(word: str) -> int | None:
    """The people (a row of `RU_PEOPLES`) a Russian word names, by the row's words of its people (not its country's
    two first): a form that shares all but two letters of one of them, four at least."""
    for k, row in enumerate(RU_PEOPLES):
        for form in row[2:]:
            shared = next((n for n, (a, b) in enumerate(zip(word, form, strict=False)) if a != b),
                          min(len(word), len(form)))
            if shared >= max(_RU_SHARED, len(form) - 2):
                return k
    return None


def _people(text: Prepared, i: int) -> int | None:
    word = text.words[i]
    return _english().get(word) if text.lang.code == "en" else _russian(word) if text.lang.code == "ru" else None


def _owners(text: Prepared, clauses: set[int] | None) -> dict[str, set[int]]:
    """Each word's stem -> the peoples said whose it is: their adjectives right before it (English, Russian; after
    it, in Russian, where no word follows the adjective), a people's noun in the genitive right after it (Russian)."""
    content = set(text.content())
    out: dict[str, set[int]] = {}
    peoples = {i: p for i in content if (clauses is None or text.clauses[i] in clauses)
               and (p := _people(text, i)) is not None}
    ru = text.lang.code == "ru"

    def head(j: int, k: int) -> bool:  # a word of content at j, of no people, in the clause of the word at k
        return 0 <= j < len(text.words) and j in content and j not in peoples and text.clauses[j] == text.clauses[k]

    for i, p in peoples.items():
        word = text.words[i]
        adjective = not ru or word.endswith(_RU_ADJECTIVE) and ("ск" in word or "цк" in word)
        at = None
        if adjective:
            j = i + 1
            while j < len(text.words) and (j in peoples or text.words[j] in _JOINS):
                j += 1  # "British and French ships" (a clause may open at "and")
            at = j if head(j, j - 1) else i - 1 if ru and head(i - 1, i) and not head(i + 1, i) else None
        elif ru and word.endswith(_RU_GENITIVE) and head(i - 1, i):
            at = i - 1  # "вторжения французов"
        if at is not None:
            out.setdefault(text.stems[at], set()).add(p)
    return out


def people_swapped(point: Prepared, got: Prepared, at: tuple[int, ...] | None = None) -> bool:
    """Does the answer, in the clauses where it makes the point (`at`; all of it when None), give a thing of the
    point another people than the point gives it, and nowhere the point's?"""
    if point.lang.code not in ("en", "ru"):
        return False
    mine = _owners(point, None)
    if not mine:
        return False
    theirs = _owners(got, None if at is None else {got.clauses[j] for j in at})
    everywhere = _owners(got, None)
    return any(head in theirs and not theirs[head] & peoples and not everywhere.get(head, set()) & peoples
               for head, peoples in mine.items())
