"""A quality said in the positive degree or in the comparative: "cheap food" and "cheaper food", "weaker gravity"
and "the weak gravity". Where nothing is compared with anything named ("than", "as ... as", "the same"), English
says the same of a thing either way: "the employers would use cheaper food to pay less" makes "the manufacturers
wanted cheap bread so they could cut wages". The comparison rewrite (`comparisons.py`) writes a comparative as
"more"/"less" and the property's word ("less expensive"); here that is read back as the plain adjective of its pole
("cheap"), on both sides, and the point judged again. The opposite pole stays the opposite ("stronger gravity" is
no "weak gravity"), and a change said with a direction word ("prices were lower") is a change, not a quality: only
the adjectives of a measured property are read so. English only; general data (`lexicon_compare`)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..causes import read_causes
from ..lexicon_compare import COMPARISONS
from ..matching import Prepared
from ..packs import Card
from .base import GraderBase

__all__ = ["Covered", "becoming_said_by_change", "in_plain_degree", "plain_answer", "plain_degree", "plain_wordings"]

Covered = tuple[bool, str, bool, tuple[int, ...]]  # (made, the answer's words that made it, with a typo, where)

_COMPARED = re.compile(r"\b(?:than|same|as \w+ as)\b")
# "the farther a galaxy is, the faster it moves away": a correlative comparative ties one quality to another
_DEGREE = r"the (?:more|less|fewer|farther|further|better|worse)"
_CORRELATIVE = re.compile(rf"\b{_DEGREE}\b.*\b{_DEGREE}\b")


@cache
def _poles() -> tuple[re.Pattern[str], dict[str, str]]:
    """"more expensive" -> "expensive", "less expensive" -> "cheap", for every English property."""
    cmp = COMPARISONS["en"]
    plain = {}
    for prop in cmp.properties:
        plain[f"{cmp.more} {prop.canon}"] = prop.canon
        if prop.less:
            plain[f"{cmp.less} {prop.canon}"] = prop.less[0]
    keys = "|".join(sorted(map(re.escape, plain), key=len, reverse=True))
    return re.compile(rf"\b(?:{keys})\b"), plain


def plain_degree(text: str) -> str | None:
    """A prepared English text with its comparatives of quality read as the plain adjective of their pole, or None
    when it has none, or compares things ("than", "as ... as", "the same")."""
    if _COMPARED.search(text):
        return None
    pattern, plain = _poles()
    read = pattern.sub(lambda m: plain[m.group()], text)
    return read if read != text else None


# the comparatives of a level, which say a change too ("prices were lower"): read plain in an answer only, so "lower
# taxes" makes a point's "low taxes", while a point's "lower taxes" (a change) is never made by "low taxes"
_LEVELS = {"higher": "high", "lower": "low"}
_LEVEL = re.compile(rf"\b(?:{'|'.join(_LEVELS)})\b")


def plain_answer(got: Prepared, prep: Callable[[str], Prepared]) -> Prepared | None:
    """An English answer with its comparatives of quality (and of level, `_LEVELS`) in the plain degree and its
    reasons said by "because" (`causes`), prepared; None when it has none."""
    if got.lang.code != "en":
        return None
    read = plain_degree(got.text)
    if not _COMPARED.search(got.text) and _LEVEL.search(read or got.text):
        read = _LEVEL.sub(lambda m: _LEVELS[m.group()], read or got.text)
    if (causal := read_causes(read or got.text)) != (read or got.text):  # "Y, so X": "X because Y" (`causes`)
        read = causal
    return prep(read) if read else None


def plain_wordings(prep: Callable[[str], Prepared], card: Card, k: int) -> tuple[str, ...] | None:
    """The point `k`'s wordings (point first) with their comparatives in the plain degree; None when none has one,
    or one compares things."""
    point = card.keypoints[k]
    texts = [prep(text).text for text in (point.point, *point.accept)]
    if any(_COMPARED.search(text) for text in texts):
        return None
    read = [plain_degree(text) for text in texts]
    return tuple(r or t for r, t in zip(read, texts, strict=True)) if any(read) else None


def in_plain_degree(grader: GraderBase, card: Card, k: int, got: Prepared, plain_got: Prepared | None,
                    cover: Callable[[str, tuple[str, ...], Prepared], Covered]) -> Covered | None:
    """The point `k` made when the answer (`plain_answer`, or as it is) and the point's wordings (`plain_wordings`,
    worked out once per card, or as they are) are read in the plain degree, by `cover` (which judges an answer on a
    point and its accepted wordings); None when it is not, or neither side has a comparative."""
    if got.lang.code != "en":
        return None
    wordings = grader.card_value(card, f"plain degree {k}", lambda: plain_wordings(grader.prep, card, k))
    if plain_got is None and wordings is None:
        return None
    point = card.keypoints[k]
    text, *accept = wordings or (point.point, *point.accept)
    made, matched, typo, _ = cover(text, tuple(accept), plain_got or got)
    if made and not _grades_kept(grader.prep(point.point), plain_got or got):
        return None
    return (True, matched, typo, ()) if made else None  # (where: the plain reading's places, not the answer's)


def _grades_kept(point: Prepared, got: Prepared) -> bool:
    """Does an answer read in the plain degree still say each quality a correlative point grades ("the farther a
    galaxy is, the faster it moves away": far and fast)? Read plain, such a point loses its tie of two qualities;
    what is left ("galaxies move away") does not make it."""
    if not _CORRELATIVE.search(point.text):
        return True
    pattern, plain = _poles()
    graded = [plain[m.group()] for m in pattern.finditer(point.text)]
    stems = set(got.stems)
    return all(got.lang.stem(word) in stems for word in graded)


# A change said by a verb of becoming and a word of direction: "wages became higher", "the wind got stronger", "bread
# became less expensive" (as the comparison rewrite writes "cheaper") say that the thing rose or fell, as "wages rose"
# or "wages went up" do. In such a wording the verb of becoming is not wanted in the answer on its own: the word of
# direction after it is (any word of that direction, checked as every direction is), so "wages fell" and "wages were
# high" stay wrong. Only a verb of becoming right before the word of direction, in English.
_BECOMING = {"en": frozenset("become becomes became becoming get gets got getting".split())}


def becoming_said_by_change(ref: Prepared) -> frozenset[str]:
    """The stems of a wording's verbs of becoming that stand right before a word of direction (`_wanted_as`'s
    skips: "became" of "wages became higher" is made by the direction of "wages rose")."""
    verbs = _BECOMING.get(ref.lang.code)
    if not verbs:
        return frozenset()
    words, dirs = ref.words, ref.dirs
    return frozenset(ref.stems[i] for i in range(len(words) - 1)
                     if words[i] in verbs and dirs[i + 1] and ref.clauses[i] == ref.clauses[i + 1])
