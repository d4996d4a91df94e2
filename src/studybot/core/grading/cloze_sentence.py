"""A cloze answered in a sentence of the learner's own, the blanks filled where the text leaves them ("Salt from
the lagoon was carried inland on mules." or "the salt went inland on the backs of mules" for "Salt from the lagoon
was carried inland on {{mules}}."). The sentence is read against the cloze's text: its words that the text says
outside the blanks (or their synonyms) are the text's, and the runs of other words between them are what the
learner put in the blanks. Each blank must be filled by one of those runs, in the text's order (blanks that the
text joins by "and" / "or" in any order, as `blank_pairs` allows), and what is left may hold at most one content
word of the learner's own ("went"; a word of the text's that a blank shares, "densest" beside "{{warmest}}", and a
light verb, "put" of "put up", say nothing of the learner's: they are not counted), never a unit ("4.25 million
miles" for "{{4.25}} million kilometres": another measure); a run that fills no blank ("camels", "Dobbs") or a
negation the text does not say ("not on mules") fails it."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import permutations

from ..matching import Prepared
from ..quantities import measure
from .blank_pairs import coordinated

__all__ = ["sentence_filled"]

_BLANK = re.compile(r"\{\{.*?\}\}", re.DOTALL)
_OWN_WORDS = 1  # content words of the learner's own a sentence may add besides its fillers


def _runs(got: Prepared, context: set[str], blank_stems: set[str], said: Callable[[str], bool]) -> list[list[int]]:
    """The answer's runs of words that are not the text's own (positions), split where the text's word stands."""
    runs: list[list[int]] = []
    current: list[int] = []
    for k, stem in enumerate(got.stems):
        if stem not in blank_stems and (stem in context or (k in got.content() and said(stem))):
            if current:
                runs.append(current)
            current = []
        else:
            current.append(k)
    if current:
        runs.append(current)
    content = set(got.content())
    return [r for r in runs if any(k in content for k in r)]


def sentence_filled(text: str, blanks: tuple[tuple[str, ...], ...], got: Prepared,
                    prep: Callable[[str], Prepared], fills: Callable[[int, Prepared], bool]) -> list[str] | None:
    """The fillers (as read) a sentence gives the cloze `text`'s blanks, one per blank, when it fills every blank
    and says little else; None when it does not. `fills(i, piece)` says whether a piece fills blank i."""
    n = len(blanks)
    if not n or not got.content():
        return None
    outside = prep(_BLANK.sub(" , ", text))
    context = set(outside.stems)
    if not any(got.stems[k] in context for k in got.content()):
        return None  # no word of the text's: no sentence read against it
    if got.lang.negations(got.words) > outside.lang.negations(outside.words):
        return None  # "it was carried on carts, not on mules"
    blank_stems = {stem for blank in blanks for alt in blank for stem in prep(alt).stems}
    lang = got.lang
    texts = [outside.stems[k] for k in outside.content()]
    runs = _runs(got, context, blank_stems, lambda stem: any(lang.word_match(t, stem) == 0 for t in texts))
    if len(runs) < n:
        return None
    pieces = [prep(" ".join(got.words[k] for k in run)) for run in runs]
    groups = coordinated(text)
    for chosen in _choices(len(runs), n):
        for order in _orders(n, groups):
            if all(fills(blank, pieces[chosen[at]]) for at, blank in enumerate(order)):
                left = [got.words[k] for r, run in enumerate(runs) if r not in chosen for k in run
                        if k in got.content() and got.stems[k] not in context  # (the text's own word: no claim)
                        and got.words[k] not in got.lang.lex.light_verbs]  # ("put up": "up" is the learner's word)
                if len(left) <= _OWN_WORDS and not any(measure(word) for word in left):
                    return [" ".join(got.words[k] for k in runs[r]) for r in chosen]
    return None


def _choices(runs: int, n: int) -> list[tuple[int, ...]]:
    """The ways of taking n of the runs, in their order (few: a sentence has a handful of runs)."""
    if runs > 8:
        return []
    out: list[tuple[int, ...]] = []

    def take(start: int, chosen: tuple[int, ...]) -> None:
        if len(chosen) == n:
            out.append(chosen)
            return
        for r in range(start, runs):
            take(r + 1, (*chosen, r))
    take(0, ())
    return out


def _orders(n: int, groups: tuple[tuple[int, ...], ...]) -> list[tuple[int, ...]]:
    """The blanks in the text's order, then in the orders its joined groups allow."""
    orders = [tuple(range(n))]
    for group in groups:
        if max(group) >= n:
            continue
        for other in permutations(group):
            if other != group:
                order = list(range(n))
                for place, blank in zip(group, other, strict=True):
                    order[place] = blank
                orders.append(tuple(order))
    return orders
