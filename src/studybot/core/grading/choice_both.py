"""A choice among "only A", "only B" and "both" answered by naming the two: "A and B", "both A and B", "и A, и B"
pick "both (of them)", "оба", as "both" alone does. An answer that denies one of them ("A but not B", "ни A, ни
B") picks no such option, nor one that names only one of the two (`structured` reads it as its own option). Words
of the language only ("only", "both", "только", "оба"); the things named are the options' own."""

from __future__ import annotations

from collections.abc import Callable

from ..matching import Prepared

__all__ = ["both_named"]

_ONLY = {"en": frozenset({"only", "just", "solely"}), "ru": frozenset({"только", "лишь"})}
_DENIED = {"en": frozenset({"neither", "nor", "not", "no", "never"}), "ru": frozenset({"ни", "не", "нет"})}
_OF_THEM = frozenset({"of", "them", "из", "них"})
_BOTH = {"en": frozenset({"both"}), "ru": frozenset({"оба", "обе", "обоих", "обеих", "обоими", "обеими", "обоим"})}


def both_named(options: tuple[str, ...], got: Prepared, prep: Callable[[str], Prepared]) -> int | None:
    """The option of "both" where the answer names the things of two or more "only" options and denies none."""
    only, both = _ONLY.get(got.lang.code), _BOTH.get(got.lang.code)
    if only is None or both is None or got.negated() or (only | _DENIED[got.lang.code]) & set(got.words):
        return None
    read = [prep(o) for o in options]
    pairs = [i for i, o in enumerate(read) if both & set(o.words)]
    if len(pairs) == 1 and got.words and set(got.words) <= both | _OF_THEM:
        return pairs[0]  # "both", "both of them", "оба"
    named = [i for i, o in enumerate(read) if o.words and o.words[0] in only
             and (rest := {o.stems[j] for j in o.content() if o.words[j] not in only})
             and rest <= set(got.stems)]
    return pairs[0] if len(pairs) == 1 and len(named) >= 2 else None
