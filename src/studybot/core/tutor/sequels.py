"""What came after something: "what happened after X?", "what followed X?", "что было (произошло) после X?" ask of
the event the text tells next, not of X itself.

The ranking finds the passage that tells of X. Unless that passage itself says what came after X (a word of sequence,
"after", "following", "после", "спустя", followed closely by a word of X: "two months after the mayor's speech"),
the answer is the passage that follows it in its section, when the notes go on there (a sequence told); when X's
passage ends its section, nothing the text tells follows it, and the tutor declines. Rules of English and Russian, no
word of one text.

A question may also date what it asks by another event: "what did the town build after the flood?", "when did the
mill open again after the fire?". The words after "after" (`anchored`) name that event, which the text tells first,
in a sentence of its own; the answer comes later and says it happened next by a word of sequence ("After that, ...",
"From then on ...", "... then ..."), not always naming the event again. Such a passage meets the event's words
(`after_anchor`) when a sentence before it in its paragraph, within `ANCHOR_REACH`, says them: "The flood of 1820
destroyed the bridge. ... After that the town built a stone one." answers the first question.

What someone did after or before an event ("what did Harvey do after he published his book?", "что делал X до
полёта?") asks of another deed than that event: the passage that only tells the event ("In 1628 Harvey published
...") is no answer. It answers when it says the order itself (a word of sequence followed closely by a word of the
question: "after the opening", "до отбора в отряд"); else, for "after", the next passage of its section does when it
names the doer again (the text going on about them), and for "before" none does: the tutor declines. A passage that
does not tell the event at all, told after every sentence that does, is a deed of its own that came after it ("what did
Holm do after the war?": "Holm moved to Lisbon in 1948"), as the notes tell a story in its order (`dated_apart`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question, Unit
    from .documents import Doc, Library
    from .ranking import Ranker, Scored
    from .words import Words

__all__ = ["after_anchor", "anchored", "asks_sequel", "dated_apart", "sequel"]

_ASKED = re.compile(
    r"^\W*what (?:happened|came|followed|took place|was done)\s+(?:next\s+|then\s+)?after\b"
    r"|^\W*что (?:было|произошло|случилось|последовало)(?: (?:дальше|потом|затем))?\s+после(?!\w)")
_SEQUENCE = re.compile(r"\b(?:after|following)\b|(?<!\w)(?:после|спустя)(?!\w)")
# "what did X do after/before Y?", "что (с)делал X после / до / перед Y?": a deed dated by another event
_DEED = re.compile(r"^\W*what (?:did|does|do|will|would) .+? do\s+(?:next\s+|then\s+|first\s+)?(after|before)\s+"
                   r"(?!(?:that|this|it|then)\b)"
                   r"|^\W*что\b.*?(?<!\w)(?:с?делал[аио]?|делает|делают|сделает|сделают)(?!\w).*?(?<!\w)(после|до|перед)"
                   r"(?!\w)")
_EARLIER = re.compile(r"\b(?:before|until|earlier than|prior to)\b|(?<!\w)(?:до|перед|прежде|раньше)(?!\w)")
_WORD = re.compile(r"[^\W\d_]+")
WINDOW = 4  # words after a word of sequence in which a word of X says "after X"
# "MAIN after EVENT": what the question asks, then the event it is dated by (English); not "how long after X did Y?"
# (a time between, `intervals`), nor "what happened after X?" (above), nor "after that" (no event named)
_ANCHORED = re.compile(r"^(?!\W*(?:how (?:long|soon|many \w+|much time)|what (?:happened|came|followed|took place|"
                       r"was done)\s+(?:next\s+|then\s+)?after)\b)(.+?)\s(?:after|following)\s+"
                       r"(?!(?:that|this|it|then)\b)(.+)$")
# a word by which a sentence says it tells what came next ("After that", "from then on"; not a bare "then" or "later",
# which tell steps and spans as often)
_NEXT = re.compile(r"\b(?:after|afterwards?|thereafter|subsequently|from then on|from that time on)\b")
ANCHOR_REACH = 6  # sentences before a passage, in its paragraph, one of which may tell the event a question dates by


def asks_sequel(q: Question) -> bool:
    """Does a question ask what came after something ("what happened after X?", "что было после X?")?"""
    return _asked(q.text)


def sequel(ranker: Ranker, q: Question, best: Scored) -> Scored | None:
    """The passage that answers "what happened after X?" given the passage `best` that tells of X: `best` itself when
    it says what came after X, else the next passage of its section (None when there is none). So of "what did X do
    after / before Y?" (`_DEED`), where the next passage must name X again, and "before" takes none."""
    deed = _deed(q.text)
    if not (deed or asks_sequel(q)) or tells_after(best.doc.text, q, ranker.library.words,
                                                    _EARLIER if deed == "before" else _SEQUENCE):
        return best
    if deed == "after" and dated_apart(best.doc, q, ranker.library):
        return best  # "what did X do after the war?": "X moved to Y in 1947", told after the war's passages
    docs = ranker.library.docs
    after = best.doc.id + 1
    if deed == "before" or after >= len(docs) or docs[after].section_id != best.doc.section_id or \
            docs[after].kind != best.doc.kind:
        return None
    doers = [u for u in q.units if u.name and not u.anchor]
    if deed and doers and not any(u.strong & docs[after].keys for u in doers):
        return None  # the text goes on about someone else
    return type(best)(best.score, best.coverage, best.own, docs[after])


def dated_apart(doc: Doc, q: Question, library: Library) -> bool:
    """Is a passage that does not tell the event a "what did X do after Y?" question dates its deed by (Y: what it
    says after "after") a deed of its own, told after every passage of the same kind that tells Y? The notes tell a
    story in its order, so what they tell after Y came after it; the passage that tells Y itself is no answer
    (`sequel`)."""
    m = _DEED.search(q.text)
    event = _stems(q.text[m.end():], library.words) if m is not None else frozenset()
    anchors = [u for u in q.units if (u.stems or {u.stem}) & event]
    if not anchors or any((u.strong | u.weak) & doc.keys for u in anchors):
        return False
    told = [d.id for d in library.docs if d.kind == doc.kind and d.id != doc.id and any(
        u.strong & d.keys for u in anchors)]
    if not told:
        return False
    return doc.id > max(told)


@lru_cache(maxsize=1024)
def _deed(text: str) -> str:
    """"after" or "before" of "what did X do after / before Y?" (Russian "после" is "after"), else ""."""
    m = _DEED.search(text)
    if m is None:
        return ""
    order = m.group(1) or m.group(2)
    return "after" if order in ("after", "после") else "before"


def tells_after(text: str, q: Question, words: Words, sequence: re.Pattern[str] = _SEQUENCE) -> bool:
    """Does a sentence say that something came after what the question names ("two months after the mayor's
    speech"): a word of sequence followed within `WINDOW` words by a content word of the question? (`sequence`:
    `_EARLIER`'s words say it came before.)"""
    plain = normalise(text)
    asked = [u for u in q.units if not u.light]
    for match in sequence.finditer(plain):
        stems = {words.stem(w) for w in _WORD.findall(plain[match.end():])[:WINDOW]}
        if any(u.strong & stems or u.stem in stems for u in asked):
            return True
    return False


@lru_cache(maxsize=1024)
def _asked(text: str) -> bool:
    return bool(_ASKED.search(text))


def anchored(units: list[Unit], text: str, words: Words) -> list[Unit]:
    """The units of a question, those naming only the event it dates what it asks by marked `anchor` ("flood" in "what
    did the town build after the flood?"), when the rest asks something of its own (a word not light)."""
    m = _ANCHORED.match(text)
    if m is None:
        return units
    event, main = _stems(m.group(2), words), _stems(m.group(1), words)

    def of(u: Unit, stems: frozenset[str]) -> bool:
        return bool((u.stems or {u.stem}) & stems)

    marked = [replace(u, anchor=True) if of(u, event) and not of(u, main) else u for u in units]
    if not any(u.anchor for u in marked) or not any(not u.anchor and not u.light for u in marked):
        return units
    return marked


def after_anchor(doc: Doc, u: Unit, library: Library) -> bool:
    """Does a passage say by a word of sequence that it tells what came after the event an `anchor` unit names, which a
    sentence before it in its paragraph (within `ANCHOR_REACH`) says ("After that, the town built ...")?"""
    if not u.anchor or not _NEXT.search(normalise(doc.text)):
        return False
    docs = library.docs
    for j in range(doc.id - 1, max(-1, doc.id - 1 - ANCHOR_REACH), -1):
        before = docs[j]
        if before.section_id != doc.section_id or before.paragraph != doc.paragraph or before.kind != doc.kind:
            return False
        if u.strong & before.keys:
            return True
    return False


def _stems(text: str, words: Words) -> frozenset[str]:
    """The stems of a part of a question's content words, as it is read (a name for the pack's alias of it)."""
    said = [w for w in words.prepare(text).words if w not in words.stop]
    return frozenset(s for w in said for part in w.split() for s in (words.stem(part), words.name_stem(part)))
