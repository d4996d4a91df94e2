"""English: the doer of a point's verb exchanged with another thing the point names after that verb. "states must
provide a lawyer to defendants" is not made by "the defendant must provide a lawyer for the state", nor "the court
can strike down laws that conflict with the Constitution" by "the Constitution can strike down the Court's laws":
in a clause that makes the point, the answer's doer of the same verb is a word the point names only after it, and
the point's doer stands in that clause too. `word_order.order_reversed` reads the verb's object only; this reads any
later word of the point (a recipient, a thing in a relative clause). The doer opens its clause (determiners and
auxiliaries only around it), not a word joined to the verb by a hyphen ("a drought-resistant wheat" is one
modifier: "wheat resistant to drought" makes it); a passive's doer is the word after "by" ("defendants must be
given a lawyer by the state" keeps the roles). Never for a verb of two who act alike ("met"), nor in a comparison
("the asteroid moves slower than the comet" makes "the comet moves faster than the asteroid": `comparing` reads
which side is ahead).
A verb with no object whose later word is its cause ("the mirrors tarnished from soot", "... because of the damp") is
said the other way round by the same verb of causing: "soot tarnished the mirrors" makes it; "the mirrors tarnished
the soot", the point's doer doing the verb to its cause, does not (`caused_other_way`). Only the order of words and
the language's markers of a cause: no word of any text."""

from __future__ import annotations

from ..lexicon_roles import DETERMINERS
from ..matching import Prepared

__all__ = ["caused_other_way", "doer_exchanged"]

_PASSIVE = frozenset("was were is are be been being get got gets getting".split())
_AUXILIARIES = _PASSIVE | frozenset(
    "has have had will would did does do can could must should may might shall not n't never also still".split())


def _doer(text: Prepared, v: int) -> tuple[int, bool] | None:
    """The word that does the verb at `v` and whether the verb is passive: the word before it opening its clause
    (determiners before it, auxiliaries between), or in a passive the word after "by" (determiners between)."""
    content, words, plain, clause = set(text.content()), text.words, DETERMINERS["en"], text.clauses[v]
    k = v - 1
    while k >= 0 and words[k] in _AUXILIARIES and text.clauses[k] == clause:
        k -= 1
    passive = any(w in _PASSIVE for w in words[k + 1:v])
    if not passive:
        if k < 0 or k not in content or text.clauses[k] != clause:
            return None
        h = k - 1
        while h >= 0 and words[h] in plain and text.clauses[h] == clause:
            h -= 1
        if f"{words[k]}-{words[v]}" in text.written.lower():
            return None  # one modifier written with a hyphen ("a water-soluble salt"): no doer and its verb
        return None if h >= 0 and text.clauses[h] == clause else (k, False)
    for j in range(v + 1, len(words)):
        if text.clauses[j] != clause:
            return None
        if words[j] == "by":
            j += 1
            while j < len(words) and words[j] in plain:
                j += 1
            return (j, True) if j < len(words) and j in content and text.clauses[j] == clause else None
    return None


# the markers of a cause after a verb with no object, as word sequences ("rotted from the damp", "due to soot")
_CAUSES = (("from",), ("because", "of"), ("due", "to"), ("owing", "to"), ("as", "a", "result", "of"))
_CAUSE_WORDS = 4  # words at most between a cause's marker and the word read ("from the wet salt spray")


def _cause(text: Prepared, v: int, j: int) -> bool:
    """Is the word at `j` the cause of the verb at `v`, the verb having no object: only adverbs ("quickly") between
    them, then a marker of a cause, determiners and the cause's other words ("rotted quickly from the damp", "peeled
    because of the salt spray")?"""
    words, plain, content = text.words, DETERMINERS["en"], set(text.content())
    for h in range(j - 1, max(v, j - _CAUSE_WORDS - 1), -1):
        for marker in _CAUSES:
            start = h - len(marker) + 1
            if start > v and tuple(words[start:h + 1]) == marker \
                    and all(text.clauses[i] == text.clauses[v] for i in range(v, start)) \
                    and all(text.clauses[i] == text.clauses[j] for i in range(start, j + 1)) \
                    and all(i not in content or words[i].endswith("ly") for i in range(v + 1, start)):
                return True
        if words[h] not in plain and h not in content:
            return False
    return False


def _object(text: Prepared, w: int) -> int | None:
    """The word the active verb at `w` is done to: the content word right after it, determiners between."""
    j = w + 1
    while j < len(text.words) and text.words[j] in DETERMINERS["en"]:
        j += 1
    return j if j < len(text.words) and j in text.content() and text.clauses[j] == text.clauses[w] else None


def caused_other_way(point: Prepared, got: Prepared, positions: tuple[int, ...] = ()) -> bool:
    """Does the answer have the doer of a point's verb with no object do that verb to the verb's cause: "the mirrors
    tarnished the soot" for "the mirrors tarnished from soot"? `positions`: as `doer_exchanged`."""
    if point.lang.code != "en":
        return False
    content = point.content()
    clauses = {got.clauses[j] for j in positions} if positions else set(got.clauses)
    for v in content[1:-1]:
        mine = _doer(point, v)
        if mine is None or mine[1]:
            continue
        causes = {point.stems[j] for j in content if j > v and _cause(point, v, j)} - {point.stems[mine[0]]}
        for w in got.content() if causes else ():
            if got.stems[w] != point.stems[v] or got.clauses[w] not in clauses:
                continue
            theirs, done = _doer(got, w), _object(got, w)
            if theirs is not None and not theirs[1] and got.stems[theirs[0]] == point.stems[mine[0]] \
                    and done is not None and got.stems[done] in causes:
                return True
    return False


def _paired(point: Prepared, got: Prepared, a: int, w: int) -> bool:
    """Do the answer's doer and verb stand side by side in the point too ("a power loom")? Then they are a noun
    and its modifier, no doer and verb: "the old loom was replaced by a power loom" has no verb "loom"."""
    return w == a + 1 and any(point.stems[j] == got.stems[a] and point.stems[j + 1] == got.stems[w]
                              for j in range(len(point.words) - 1))


def doer_exchanged(point: Prepared, got: Prepared, positions: tuple[int, ...] = ()) -> bool:
    """Does the answer give the point's verb, as its doer, a word the point names after that verb, and put the
    point's doer in that clause? `positions`: the words that make the point, whose clauses alone are read (all, if
    none are given)."""
    if point.lang.code != "en":
        return False
    content = point.content()
    for v in content[1:-1]:
        mine = _doer(point, v)
        if mine is None or mine[1] or point.words[v] in point.lang.lex.symmetric:
            continue
        k = mine[0]
        doer, later = point.stems[k], {point.stems[j] for j in content if j > v} - {point.stems[v]}
        clauses = {got.clauses[j] for j in positions} if positions else set(got.clauses)
        for w in got.content():
            theirs = _doer(got, w) if got.stems[w] == point.stems[v] and got.clauses[w] in clauses else None
            if theirs is None or got.stems[theirs[0]] not in later - {doer} or _paired(point, got, theirs[0], w):
                continue
            if not theirs[1] and all(_cause(point, v, j) for j in content if point.stems[j] == got.stems[theirs[0]]
                                     and j > v):
                continue  # the point's cause causing it: "soot tarnished the mirrors" for "... tarnished from soot"
            if any(got.words[h] == "than" and got.clauses[h] == got.clauses[w] for h in range(len(got.words))):
                continue  # a comparison: more of one is less of the other
            a, passive = theirs
            rest = range(len(got.words)) if passive else range(w + 1, len(got.words))
            if any(got.stems[h] == doer and got.clauses[h] == got.clauses[w] and h != a for h in rest):
                return True
        return False
    return False
