"""An item of a list named by one word of its point: "pamphlets, meetings, a newspaper" for the points "pamphlets
sent by post", "mass meetings", "its own newspaper"; "очки, линзы" for "очки", "контактные линзы". Learners name
the things a list asks for, not the text's whole description of each. Only in a list card, only by an item of the
answer (cut at commas, semicolons and "and") that is one word (maybe with an article or words of the question: "Doppler
ultrasound" asked the uses of the Doppler effect; maybe after a count of the things
it names, "40 meetings", when the point has no figure of its own or that one) and no other figure, a word of no
other point of the card (nor of the question: "segment" of "the space segment", "the user segment" names neither,
nor a word in brackets, a note or another name: "the new name (old name)"), and not denied. In Russian the noun
of a point's adjective made of it by "-н-" names it too ("лазер" for "лазерная сварка": "лазерн" is "лазер" and
"-н-"). A verb of coming to be opening or closing the item frames it ("появляются воронки", "cracks appear"). An item
the card gives as a known mistake names no point ("linen" of "the hand press adapted from cider and linen presses",
where "linen" is the card's mistake), nor does a person's given name before a patronymic ("Николай" of "Пётр
Семёнович Гранин": many are so named, and "Пётр Андреевич Орлов" is another). Rules of how lists are answered;
no word of a text."""

from __future__ import annotations

import re
from collections.abc import Callable

from ..lexicon_framing import APPEARING
from ..matching import Prepared
from ..packs import Card
from ..people import patronymic
from ..quantities import Quantity
from .figures import same_quantity
from .parts_left_out import whole_named

__all__ = ["named_alone"]

_ITEMS = re.compile(r"\s*(?:[,;]|\band\b|\bи\b)\s*")
_BRACKETED = re.compile(r"\([^()]*\)")
_ARTICLES = frozenset(("a", "an", "the"))
_MOST = 2  # words of an item that names a point by part of it ("St Mark's" for "St Mark's Basilica")


def named_alone(card: Card, k: int, got: Prepared, prep: Callable[[str], Prepared],
                skip: frozenset[str]) -> str | None:
    """The item of the answer that names point `k` of a list card by one of its words, or None."""
    point = prep(_BRACKETED.sub(" ", card.keypoints[k].point))  # ("галлий (экаалюминий)": its old name a note)
    own = {point.stems[i] for i in point.content()} - skip
    if len(own) < 2:
        return None  # (a point of one word is matched as it stands)
    others = {st for j, kp in enumerate(card.keypoints) if j != k for text in (kp.point, *kp.accept)
              for st in prep(text).stems}
    given = {point.stems[i] for i in range(len(point.words) - 1) if patronymic(point.words[i + 1], got.lang.lex)}
    figured = any(c.isdigit() for text in (card.keypoints[k].point, *card.keypoints[k].accept) for c in text) \
        or bool(point.quantities)
    counts = point.quantities if figured else None  # a point's own count: the item's must be it ("87 halls")
    wrong = {frozenset(read.stems[i] for i in read.content()) for mistake in card.mistakes
             for read in map(prep, mistake.match)}  # (a known mistake named is no point named)
    for item in _ITEMS.split(got.text):
        said = prep(item) if item else None
        if said is not None and (said.quantities or any(c.isdigit() for c in item)):
            said = _uncounted(said, prep, counts)  # "87 halls" for "the guild halls": a count of the things named
        if said is not None and len(said.words) > 1 and not APPEARING.get(got.lang.code, frozenset()).isdisjoint(
                said.words[:1] + said.words[-1:]):  # "появляются воронки", "cracks appear": the thing that appears
            said = prep(" ".join(w for w in said.words if w not in APPEARING[got.lang.code]))
        named = 0 if said is None else len([w for w, st in zip(said.words, said.stems, strict=True)
                                             if w not in _ARTICLES and st not in skip])  # ("Doppler" of the question)
        if said is None or said.negated() or not 0 < named <= _MOST:
            continue  # (the words alone, maybe with an article: "a newspaper", not "he was distrusted")
        content = [said.stems[i] for i in said.content() if said.stems[i] not in skip]
        words = [_of_point(stem, own, got.lang.code) if stem.isalpha() else None for stem in content]
        if len(content) == named and named < len(own) and all(word and word not in others for word in words) \
                and frozenset(content) not in wrong and not set(words) <= given \
                and not whole_named(point, set(content)):  # "the sand" for "the upper layer of the sand": the whole
            return item
    return None


def _uncounted(said: Prepared, prep: Callable[[str], Prepared], counts: list[Quantity] | None) -> Prepared | None:
    """An item that counts the things it names ("87 halls", "the three halls", "12 церквей") without its count, or
    None: an item with any other figure ("2 км", "in 1666"), of its count alone, or, when the point has figures of its
    own (`counts`, else None), of a count that is none of them ("12 halls" for "the 40 guild halls")."""
    words = [w for w in said.words if w not in _ARTICLES]
    if len(said.quantities) != 1 or said.quantities[0].kind != "count" or len(words) < 2 or not words[0].isdigit() \
            or any(c.isdigit() for w in words[1:] for c in w) \
            or counts is not None and not any(same_quantity(q, said.quantities[0]) for q in counts):
        return None
    return prep(" ".join(words[1:]))


def _of_point(stem: str, own: set[str], code: str) -> str | None:
    """The point's stem an item's word says: its own, or in Russian the adjective made of it by "-н-" ("лазер" /
    "лазерн"); None when neither."""
    if stem in own:
        return stem
    return stem + "н" if code == "ru" and len(stem) >= 4 and stem + "н" in own else None
