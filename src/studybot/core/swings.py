"""A movement both ways said as one: "the rise and fall of the sea", "the sea rising and falling", "going up and
down", "whether prices rise or fall", "уровень поднимается и опускается", "то растёт, то падает" name a swing, not a
rise of one thing and a fall of another. The two words joined so state no direction of their clauses (they are still
words of direction a point's wording wants said), so the sides of the "and" that cut the clause do not clash when an
answer puts them the other way ("the sea rising and falling" for "the regular rise and fall of the sea level").
Rules of English and Russian, not words of a text."""

from __future__ import annotations

from typing import Protocol

from .lexicon_negative import AUXILIARIES
from .wordnet import verb_form
from .wordnet_ru import parts_of_speech

__all__ = ["steady", "swing_pool", "swings"]

_JOINS = {"en": frozenset({"and", "or"}), "ru": frozenset({"и", "или"})}
_ALTERNATING = {"ru": "то"}  # "то растёт, то падает"


class _Code(Protocol):
    code: str


class _Text(Protocol):
    """What of a prepared text (`matching.Prepared`) a swing is read from."""
    words: list[str]
    clauses: list[int]

    @property
    def dirs(self) -> list[int]: ...

    @property
    def lang(self) -> _Code: ...

    def content(self) -> list[int]: ...


def steady(words: list[str], dirs: list[int], code: str) -> list[int]:
    """The directions of `words` with each swing (two opposite directions joined by "and"/"or", or "то ..., то ...")
    set to 0: what the clauses claim. The same list when there is none."""
    if len(dirs) - dirs.count(0) < 2:
        return dirs
    joins, alt = _JOINS.get(code, frozenset()), _ALTERNATING.get(code)
    found: list[int] | None = None
    for i, d in enumerate(dirs):
        j = i + 2
        if not d or j >= len(dirs) or dirs[j] != -d:
            continue
        if words[i + 1] in joins or (alt and i and words[i - 1] == alt == words[i + 1]):
            found = found or list(dirs)
            found[i] = found[j] = 0
    return found or dirs


def swings(words: list[str], dirs: list[int], code: str) -> bool:
    """Does the text say a swing ("rise and fall")? A point that does is not made by one way of it ("rose")."""
    return steady(words, dirs, code) is not dirs


def swing_pool(text: _Text, clauses: set[int]) -> list[int]:
    """The content positions of `clauses`, and the other half of a swing one of them begins or ends: where a point's
    word of direction may be found once its other words are ("the sea level rising and falling", whose "and" starts
    a clause, makes "the rise and fall of the sea level")."""
    pool = [j for j in text.content() if text.clauses[j] in clauses]
    pool += [j for j in _shared_direction(text, clauses) if j not in pool]
    claimed = steady(text.words, text.dirs, text.lang.code)
    if claimed is text.dirs:
        return pool
    halves = {k for j in pool if text.dirs[j] and not claimed[j] for k in (j - 2, j + 2)
              if 0 <= k < len(claimed) and text.dirs[k] == -text.dirs[j] and not claimed[k]}
    return pool + sorted(halves - set(pool))


_AND = {"en": "and", "ru": "и"}
_DENIALS = frozenset({"not", "no", "never", "neither", "nor", "не", "ни", "нет", "никогда"})
# a state of no change said without a verb ("... and demand steady", "... и спрос стабильный"): the clause's own
# claim, the opposite of a shared direction (Russian by the adjectives' stems, in any case)
_STILL_EN = frozenset({"steady", "stable", "unchanged", "unaltered", "constant", "flat", "same"})
_STILL_RU = ("стабильн", "неизменн", "постоянн", "прежн")


def _shared_direction(text: _Text, clauses: set[int]) -> list[int]:
    """The one word of direction of the clause before a clause of `clauses` that "and" opens and that says no
    direction of its own: its verb is shared ("they reduce evaporation and soil erosion", "снижают испарение и смыв
    почвы": the erosion is reduced too); "... and increase erosion" has its own, and so has a clause with a verb, an
    auxiliary or a negation ("... and erosion does not change", "... и смыв не меняется"), and one that says a state of
    no change ("... and demand steady": `_still`)."""
    joined, shared = _AND.get(text.lang.code), []
    for c in clauses:
        first = text.clauses.index(c) if c in text.clauses else -1
        if first <= 0 or text.words[first] != joined or any(d for d, k in zip(text.dirs, text.clauses, strict=True)
                                                             if k == c):
            continue
        own = [w for w, k in zip(text.words, text.clauses, strict=True) if k == c][1:]
        if _own_verb(own, text.lang.code) or _still(own, text.lang.code):
            continue
        before = [j for j in text.content() if text.clauses[j] == text.clauses[first - 1] and text.dirs[j]]
        shared += before if len(before) == 1 else []
    return shared


def _still(words: list[str], code: str) -> bool:
    """Do the words of a clause say a state of no change ("demand steady", "спрос стабильный")?"""
    if code == "ru":
        return any(w.startswith(_STILL_RU) for w in words)
    return code == "en" and not _STILL_EN.isdisjoint(words)


def _own_verb(words: list[str], code: str) -> bool:
    """Do the words of a clause (after its "and") say something of their own: a negation, an auxiliary, a verb (in
    Russian by its ending; in English a form in "-s", "-ed" or "-ing" of a verb)?"""
    if set(words) & (_DENIALS | AUXILIARIES.get(code, frozenset())):
        return True
    if code == "ru":
        return any(parts_of_speech(w) == parts_of_speech("делает") for w in words)
    return any(w.endswith(("s", "ed", "ing")) and verb_form(w) for w in words)
