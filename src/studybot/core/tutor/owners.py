"""A property asked of a thing: "what are the side effects of X?", "what is the threshold for X?", "how deep is the
lagoon of X?" ask of one property (the noun before "of" / "for") of one thing (the words after it). A passage that
does not say the thing ("Painkillers taken for a cold bring side effects" for "the side effects of velmorin?") tells
of the property in general or of another thing's, and one that does not say the property ("geologists drilled into
Orm atoll and reached rock" for "how deep is the lagoon of Orm atoll?") tells of another of the thing's: neither
answers (`owner_unsaid`), and the tutor takes the next passage that says both and answers, or declines. The
property's word counts only when a figure is asked (a fate, a cause, a role is told without its noun), unless it
only frames the question (a light word: "the size of") or a figure of the measure it names gives it ("what is the
melting point of X?": "X melts at 40 °C"); the thing is said by its own word, a synonym, a weak key (a word of its
family) or the pronoun that opens the passage (`otherwise.said_before`). English word order: "what is the X of
Y?", "how deep is the X of Y?"; no word of a text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .analysis import Question, Unit
from .otherwise import said_before
from .words import WORD

if TYPE_CHECKING:
    from .documents import Doc, Library

__all__ = ["owner_unsaid"]

# "what is the X of Y", "what are the side effects of Y", "how deep is the X of Y", "what's the X for Y" (normalised)
_ASKED = re.compile(r"^\W*(?:what|how \w+)(?:'s| is| was| are| were) the ((?:\w+ ){1,3})(?:of|for) (.+)$")
_ARTICLES = frozenset({"the", "a", "an"})
_WHAT = re.compile(r"^\W*what\b")  # the property a measure ("what is the melting point of X?"), not "how deep is the X"


def _parts(q: Question, library: Library) -> tuple[list[Unit], list[Unit]]:
    """The units of the property a question asks (its head noun, right before "of") and of the thing it asks it of
    (the words after "of" up to the first word that is no content word), but light words."""
    m = _ASKED.match(q.text)
    if m is None:
        return [], []
    stem, stop = library.words.stem, library.words.stop
    head = WORD.findall(m.group(1))[-1]
    after = WORD.findall(m.group(2))
    while after and after[0] in _ARTICLES:
        after = after[1:]
    thing = []
    for w in after:
        if w in stop:
            break
        thing.append(stem(w))
    units = [u for u in q.units if not u.light]
    return ([u for u in units if stem(head) in (u.stems or {u.stem})],
            [u for u in units if (u.stems or {u.stem}) & set(thing)])


def owner_unsaid(q: Question, doc: Doc, library: Library) -> bool:
    """Does a passage leave unsaid the property a question asks ("the X of Y") or the thing it asks it of?"""
    if q.wants.yes_no or q.wants.listing:
        return False
    prop, thing = _parts(q, library)

    def said(u: Unit) -> bool:
        return bool((u.strong | u.weak) & doc.keys) or said_before(doc, u, library)

    # "what is the melting point of X?": "X melts at 40 °C" (not "how deep is the lagoon of X?": a length of another)
    measured = _WHAT.match(q.text) is not None and bool(q.wants.measures & doc.traits.kinds)
    return bool(prop) and q.wants.numeric and not measured and not any(said(u) for u in prop) or bool(
        thing) and not any(said(u) for u in thing)
