"""English word order: who acts on whom. A point of one thing acting on another ("the engineers trained the pilots")
that an answer says with the same verb and the two the other way round ("the pilots trained the engineers", "the
engineers were trained by the pilots"): the subject before the verb, the object right after it; a passive ("were
trained by") turns them. Only a verb whose two sides are each one plain word (maybe after a name, its owner: "Orvia's
engineers"), the point's subject opening its clause;
a verb of two who act alike ("met", "married") is read as no one acting; names are read as parties (`parties`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..lexicon_roles import DETERMINERS
from ..matching import Prepared
from ..wordnet import base_forms

if TYPE_CHECKING:
    from .parties import Parties

__all__ = ["acted_on", "order_reversed", "verb_between"]

_PASSIVE = frozenset("was were is are be been being".split())
_AUXILIARIES = frozenset("was were is are be been being has have had will would did does do can could".split())


def acted_on(text: Prepared, i: int, flips: tuple[tuple[str, ...], ...]) -> bool:
    """English: does the later of two parties stand where the one acted on (or, after a passive or a converse, the
    one acting) does: right after the verb, only determiners between ("defeated the Danes", "lost to Orvia"), not
    after another preposition ("what happened in Ukraine")?"""
    k = i - 1
    while k >= 0 and text.words[k] in DETERMINERS["en"]:
        k -= 1
    return k >= 0 and text.clauses[k] == text.clauses[i] and (
        k in text.content() or any(f[-1] == text.words[k] for f in flips))


def _sides(text: Prepared, v: int) -> tuple[int, int, bool] | None:
    """The word before a verb (its subject: at its clause's start, determiners only before it, auxiliaries only
    between) and the word after it (determiners only between; after "by" in a passive), and whether it is passive."""
    content, words, plain = set(text.content()), text.words, DETERMINERS["en"]
    k = v - 1
    while k >= 0 and words[k] in _AUXILIARIES and text.clauses[k] == text.clauses[v]:
        k -= 1
    passive = any(w in _PASSIVE for w in words[k + 1:v])
    if k < 0 or k not in content or text.clauses[k] != text.clauses[v]:
        return None
    h = k - 1
    if h >= 0 and words[h] in text.capitalised and h in content:
        h -= 1  # (a name before it, its owner: "Orvia's engineers trained ...")
    while h >= 0 and words[h] in plain and text.clauses[h] == text.clauses[v]:
        h -= 1
    if h >= 0 and text.clauses[h] == text.clauses[v]:
        return None  # (the subject does not open its clause: "the town of X", "in X")
    j = v + 1
    if passive:
        if j >= len(words) or words[j] != "by":
            return None
        j += 1
    while j < len(words) and words[j] in plain:
        j += 1
    if j + 1 < len(words) and words[j] in text.capitalised and j + 1 in content \
            and text.clauses[j + 1] == text.clauses[v]:
        j += 1  # ("trained Orvia's pilots": the pilots)
    if j >= len(words) or j not in content or text.clauses[j] != text.clauses[v]:
        return None
    return k, j, passive


def order_reversed(point: Prepared, got: Prepared, parties: Parties) -> bool:
    """Does the answer say the point's verb with its doer and the one it acts on exchanged?"""
    if point.lang.code != "en":
        return False
    content = point.content()
    if len(content) < 3:
        return False
    lex = point.lang.lex
    for v in content[1:-1]:
        sides = _sides(point, v)
        if sides is None or point.words[v] in lex.symmetric:
            continue
        k, j, passive = sides
        doer, done = (point.stems[j], point.stems[k]) if passive else (point.stems[k], point.stems[j])
        if doer == done or parties.is_party(point.words[k], point.stems[k]) \
                or parties.is_party(point.words[j], point.stems[j]):
            if k == v - 1 and point.words[k] in point.capitalised and not base_forms(point.words[v], "v"):
                continue  # (a name owning the subject, "Orvia's engineers", read as if it acted: the verb is next)
            return False  # (names: `roles_swapped`)
        for w in got.content():
            if got.stems[w] != point.stems[v]:
                continue
            theirs = _sides(got, w)
            if theirs is None:
                continue
            a, b, turned = theirs
            their_doer, their_done = (got.stems[b], got.stems[a]) if turned else (got.stems[a], got.stems[b])
            if their_doer == done and their_done == doer:
                return True
        return False
    return False


def verb_between(text: Prepared, first: int, second: int) -> bool:
    """English: is a word between two names a verb's form (WordNet), so that one may act on the other ("Caesar
    defeated Pompey")? A compound modifier's adjective is none ("Heat-resistant Vellard glass": a wording's first word
    capitalised by its place, then a name, with no act between them). Other languages: yes (no table asked)."""
    return text.lang.code != "en" or any(base_forms(text.words[k], "v") for k in range(first + 1, second))
