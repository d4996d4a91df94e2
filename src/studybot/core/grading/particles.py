"""A thing moved out said moved in (English): "the sluice pumps the water into the dock" does not make "the sluice
pumps the water out", nor "the pumps push air in" "push air out": the particle of the point's verb, "out", answered
by "in" or "into" after the same verb (within a few words, the object between), where the answer says no "out" and
the point no "in" (nor "out of": a source, "flows out of the tank", is no way "into the sea" contradicts), and
neither keeps a thing out ("keeps the sea out" is "stops the sea getting in"). Function words only; the verb is
whatever the point says."""

from __future__ import annotations

from ..matching import Prepared

__all__ = ["particle_flipped"]

_REACH = 4  # words between a verb and its particle ("pump the water out", "pump all the water out")
_OUT = frozenset({"out"})
_IN = frozenset({"in", "into"})
_KEEP = frozenset({"keep", "keeps", "kept", "keeping"})  # "keep X out": a thing stopped, not moved


def _verbs_before(text: Prepared, words: frozenset[str]) -> set[str]:
    """The stems of the content words a few words before each of `words` in its clause."""
    content = set(text.content())
    found: set[str] = set()
    for k, word in enumerate(text.words):
        if word in words:
            found |= {text.stems[j] for j in range(max(0, k - _REACH), k)
                      if j in content and text.clauses[j] == text.clauses[k]}
    return found


def particle_flipped(point: Prepared, got: Prepared) -> bool:
    """Does the answer move in what the point moves out, by the same verb?"""
    if point.lang.code != "en" or _OUT.isdisjoint(point.words) or not _IN.isdisjoint(point.words) \
            or _IN.isdisjoint(got.words) or not _OUT.isdisjoint(got.words):
        return False
    if any(w in _OUT and point.words[k + 1:k + 2] == ["of"] for k, w in enumerate(point.words)):
        return False  # "out of the tank" names where from: "into the sea" may be where to
    stopping = point.lang.lex.preventers | _KEEP
    if got.negated() or point.negated() or not stopping.isdisjoint(got.words) or not stopping.isdisjoint(point.words):
        return False  # "keeps the sea out" is "stops it getting in"
    return bool(_verbs_before(point, _OUT) & _verbs_before(got, _IN))
