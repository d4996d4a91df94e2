"""A thing moved or switched the other way (English): "the sluice pumps the water into the dock" does not make "the
sluice pumps the water out", nor "the rod was pulled out of the pile" "the rod was pulled into the pile", nor "he
switched the lamp off" "he switched the lamp on". The particle of the point's verb ("out", "in" / "into", "on",
"off") answered by the other of its pair after the same verb (within a few words, the object between), where the
answer says none of the point's particles and the point none of the answer's; a source said with "out of" ("flows out
of the tank") is no way a goal said with "into" ("into the sea") contradicts, unless it is the same place ("out of
the pile" for "into the pile"); neither keeps a thing out ("keeps the sea out" is "stops the sea getting in"). Up and
down are directions of their own (`matching`). Function words only; the verb is whatever the point says."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["particle_flipped"]

_REACH = 4  # words between a verb and its particle ("pump the water out", "pump all the water out")
_OUT = frozenset({"out"})
_IN = frozenset({"in", "into"})
# the pairs of particles that turn a verb's way round (each read both ways), with the words before a particle its verb
# is sought in: "on" / "off" are prepositions as often ("beaded up on metal"), so only right after the verb or its
# object ("switched the lamp on", "switched off")
_PAIRS = ((_OUT, _IN, _REACH), (frozenset({"on"}), frozenset({"off"}), 2))
_KEEP = frozenset({"keep", "keeps", "kept", "keeping"})  # "keep X out": a thing stopped, not moved
_ARTICLES = frozenset({"the", "a", "an"})


def _verbs_before(text: Prepared, words: frozenset[str], reach: int = _REACH) -> set[str]:
    """The stems of the content words `reach` words before each of `words` in its clause."""
    content = set(text.content())
    found: set[str] = set()
    for k, word in enumerate(text.words):
        if word in words:
            found |= {text.stems[j] for j in range(max(0, k - reach), k)
                      if j in content and text.clauses[j] == text.clauses[k]}
    return found


def _places_after(text: Prepared, words: frozenset[str]) -> set[str]:
    """The stems of the nouns right after each of `words` (and "of", an article): "pile" of "out of the pile"."""
    found = set()
    for k, word in enumerate(text.words):
        if word in words:
            j = k + 1 + (text.words[k + 1:k + 2] == ["of"])
            j += j < len(text.words) and text.words[j] in _ARTICLES
            if j < len(text.words) and text.clauses[j] == text.clauses[k]:
                found.add(text.stems[j])
    return found


def _out_of(text: Prepared) -> bool:
    """Does the text name a source with "out of" ("flows out of the tank")?"""
    return any(w in _OUT and text.words[k + 1:k + 2] == ["of"] for k, w in enumerate(text.words))


def _flipped(point: Prepared, got: Prepared, mine: frozenset[str], theirs: frozenset[str], reach: int) -> bool:
    """Does the answer say a particle of `theirs` after the verb the point says with one of `mine`?"""
    if mine.isdisjoint(point.words) or not theirs.isdisjoint(point.words) or theirs.isdisjoint(got.words) \
            or not mine.isdisjoint(got.words):
        return False
    if (_out_of(point) or mine is _IN and _out_of(got)) and not _places_after(point, mine) & _places_after(got, theirs):
        return False  # "out of the tank" names where from: "into the sea" may be where to (two places)
    return bool(_verbs_before(point, mine, reach) & _verbs_before(got, theirs, reach))


def particle_flipped(point: Prepared, got: Prepared) -> bool:
    """Does the answer turn the way of the point's verb by the other particle of a pair (`_PAIRS`)?"""
    if point.lang.code != "en":
        return False
    stopping = point.lang.lex.preventers | _KEEP
    if got.negated() or point.negated() or not stopping.isdisjoint(got.words) or not stopping.isdisjoint(point.words):
        return False  # "keeps the sea out" is "stops it getting in"
    return any(_flipped(point, got, a, b, reach) or _flipped(point, got, b, a, reach) for a, b, reach in _PAIRS)
