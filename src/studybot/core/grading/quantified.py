"""A negation of "all" is no negation of the verb (issue #11): "not all the boats came back" and "не все лодки
вернулись" say some came back and some did not; "all the boats did not come back", "the boats did not come back",
"none came back" and "лодки не вернулись" say none did. An answer that denies for every one what the point denies
for some only, or for some what the point denies for every one, says another thing, though both are negated.
"Some (many, most) ... did not" ("некоторые (многие, часть) ... не") may be said for either, and is left alone. Only
function words of each language, no word of a text."""

from __future__ import annotations

from collections.abc import Iterable

from ..matching import Prepared

__all__ = ["denied_otherwise"]

# the words that deny a clause ("few", "hardly", "without" say how much or what is absent: no denial of every one)
_DENY = {"en": frozenset("not never no none nobody nothing cannot neither nor unable".split()),
         "ru": frozenset("не нет ни никто ничто ничего никого никогда нельзя".split())}
# "not" / "не" before a word of every one ("not all", "did not all come back", "не все", "не каждый", "не вся")
_NOT = {"en": frozenset(("not",)), "ru": frozenset(("не",))}
_ALL = {"en": frozenset("all every everyone everybody everything whole".split()),
        "ru": frozenset("все всё весь вся всех всем всеми каждый каждая каждое каждого каждой каждом".split())}
# a word of some only before a negation in its clause ("some did not", "многие не вернулись": a teacher takes it for
# "not all" and, with the word of some left out, for a plain denial) or denied itself ("not many", "не многие": how
# many): the clause is left alone
_SOME = {"en": frozenset("some several many most".split()),
         "ru": frozenset("некоторые некоторых часть многие многих несколько большинство".split())}
_REACH = 4  # words after "not" within which "all" is what it denies ("did not sign all the laws")


def _kinds(text: Prepared, clauses: Iterable[int]) -> set[str]:
    """How each of `clauses` that denies does: "some" (of some only: "not all") or "every" (of every one); a clause
    with a word of some before its denial ("some did not", "часть не") may mean either, and is left out."""
    code, words, wanted = text.lang.code, text.words, set(clauses)
    deny, nots, alls, some = _DENY[code], _NOT[code], _ALL[code], _SOME[code]
    kinds: dict[int, str] = {}
    left: set[int] = set()  # clauses said of some, or whose word of some is itself denied ("not many")
    for i, w in enumerate(words):
        c = text.clauses[i]
        if c not in wanted or w not in deny:
            continue
        if any(words[k] in some and text.clauses[k] == c for k in range(min(len(words), i + 2))):
            left.add(c)
        partial = w in nots and any(words[k] in alls and words[k - 1] != "at" and text.clauses[k] == c
                                    for k in range(i + 1, min(len(words), i + 1 + _REACH)))
        kinds[c] = "some" if partial or kinds.get(c) == "some" else "every"
    return {kind for c, kind in kinds.items() if c not in left}


def denied_otherwise(point: Prepared, got: Prepared, positions: tuple[int, ...]) -> bool:
    """Does the answer, in the clauses where it makes the point, deny for every one what the point denies for some
    only ("all the boats did not come back" for "not all the boats came back"), or the other way round?"""
    code = point.lang.code
    if code not in _ALL or (_ALL[code].isdisjoint(point.words) and _ALL[code].isdisjoint(got.words)
                            and _SOME[code].isdisjoint(point.words) and _SOME[code].isdisjoint(got.words)):
        return False  # (no word of every one or of some: nothing quantified)
    mine, theirs = _kinds(point, set(point.clauses)), _kinds(got, {got.clauses[j] for j in positions})
    return len(mine) == 1 and len(theirs) == 1 and mine != theirs
