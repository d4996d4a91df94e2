"""A choice answered by the right option in a clause of its own, with another option denied beside it (issue #11):
"the cliff was eroding, it had nothing to do with storms", "algae use up the oxygen, so the water is not clearer",
"the cliff was eroding without any storm", "течение было сильнее, хотя дороги там не было", "позиционная игра без
риска". The denial rules another option out and claims nothing of its own: the answer is judged on what it asserts.
Only a denial that says a word of another option and none of the credited option's is set aside ("the cliff was
eroding, but that is not why" denies no option and stays), and an answer that is all denial stays as written (the
"X, not Y" forms are `answers.correction`'s)."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..coverage import found_in
from ..matching import Prepared

__all__ = ["denials_dropped"]

# the pieces an answer's clauses fall into: at a comma or semicolon, or before a word that opens a clause of contrast
# or consequence
_PIECES = {"en": re.compile(r"\s*[,;]\s*|\s+(?=(?:but|although|though|whereas|yet|so|and)\s)"),
           "ru": re.compile(r"\s*[,;]\s*|\s+(?=(?:но|хотя|однако|и|а)\s)")}
# "without X", "без X": a denial within a clause, to its end
_WITHOUT = {"en": re.compile(r"\s+without\s+[^,;]+"), "ru": re.compile(r"\s+без\s+[^,;]+")}


def denials_dropped(answer: str, code: str, options: tuple[str, ...], credited: str,
                    prep: Callable[[str], Prepared]) -> str:
    """The answer without its clauses (and "without ..." phrases) that deny another option, when it has such
    and something else to say; empty when it has none, or when a denial touches the `credited` option."""
    pieces, without = _PIECES.get(code), _WITHOUT.get(code)
    if pieces is None or without is None:
        return ""
    denied: list[str] = []
    rests: list[str] = []
    for piece in filter(None, (p.strip(" .!") for p in pieces.split(" ".join(answer.split())))):
        denied.extend(m.group().strip() for m in without.finditer(" " + piece))
        if rest := without.sub("", " " + piece).strip():
            rests.append(rest)
    if len(rests) < (1 if denied else 2):
        return ""  # (a denial and something else said need two clauses, or a "without" and a clause: none read)
    negated = [prep(rest).negated() for rest in rests]
    kept = [rest for rest, no in zip(rests, negated, strict=True) if not no]
    denied += [rest for rest, no in zip(rests, negated, strict=True) if no]
    if not denied or not kept:
        return ""
    all_options = [prep(option) for option in options]
    right = options.index(credited)
    for text in denied:
        said = prep(text)
        named = [i for i, option in enumerate(all_options) if _own_words(option, all_options) & found_in(option, said)]
        if right in named or not named:
            return ""
    return " ".join(kept)


def _own_words(option: Prepared, options: list[Prepared]) -> frozenset[int]:
    """The positions of an option's content words that no other option says ("там" of "там жил кузнец" is every
    option's: it names none)."""
    others = {stem for other in options if other is not option for stem in other.stems}
    return frozenset(i for i in option.content() if option.stems[i] not in others)
