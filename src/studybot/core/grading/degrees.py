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

from ..lexicon_compare import COMPARISONS
from ..matching import Prepared
from ..packs import Card

__all__ = ["Covered", "cover_in_plain_degree", "plain_degree"]

Covered = tuple[bool, str, bool, tuple[int, ...]]  # (made, the answer's words that made it, with a typo, where)

_COMPARED = re.compile(r"\b(?:than|same|as \w+ as)\b")


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


def cover_in_plain_degree(cover: Callable[[str, tuple[str, ...], Prepared], Covered],
                          prep: Callable[[str], Prepared], card: Card, k: int, got: Prepared,
                          plain_got: Prepared | None) -> Covered | None:
    """The point `k` made when the answer and the point's wordings are read in the plain degree (`cover` judges an
    answer on a point and its accepted wordings); None when it is not, or neither side has a comparative."""
    point = card.keypoints[k]
    wordings = [prep(text) for text in (point.point, *point.accept)]
    if any(_COMPARED.search(w.text) for w in wordings):
        return None
    read = [plain_degree(w.text) for w in wordings]
    if plain_got is None and not any(read):
        return None
    accepted = tuple(r or w.text for r, w in zip(read[1:], wordings[1:], strict=True))
    made, matched, typo, _ = cover(read[0] or wordings[0].text, accepted, plain_got or got)
    return (True, matched, typo, ()) if made else None  # (where: the plain reading's places, not the answer's)
