"""A keypoint cut in two by the commas of [ ]: `keypoints: [the gland makes a substance, which controls sugar]` is
two keypoints, the second no claim of its own. Said when a keypoint written unquoted on the line of the one before
opens as a part of a sentence does: a conjunction or relative word ("which", "that", "который", "и"), or in
Russian a participle ("регулирующее сахар"). Rules of the language, no word of any text."""

from __future__ import annotations

import re

from .example_checks import OPENERS
from .packs import Pack, Problem
from .packs.traps import Positions

__all__ = ["split_keypoints"]

# Russian active participles: "-ющий", "-ящее", "-вший", "-ущих"... (a keypoint opening so leans on a noun before it)
_PARTICIPLE = {"ru": re.compile(r"\w+(?:ющ|ящ|ущ|ащ|вш)(?:ий|ая|ее|ие|его|ей|их|им|ими|ую|ем|ему|ую)")}


def _leans(point: str, language: str) -> bool:
    """Does a keypoint open as the rest of a sentence, not a claim of its own?"""
    first = point.split(maxsplit=1)[0].casefold() if point.split() else ""
    participle = _PARTICIPLE.get(language)
    return first in OPENERS.get(language, OPENERS["en"]) or bool(participle and participle.fullmatch(first))


def split_keypoints(pack: Pack, where: Positions | None) -> list[Problem]:
    """Warnings for keypoints that read as the rest of the keypoint before them, cut by a comma of [ ]."""
    out = []
    for card in pack.cards:
        if card.kind not in ("list", "explain") or not where:
            continue
        for index in range(1, len(card.keypoints)):
            spot, before = (where.get(("cards", card.id, "keypoints", i)) for i in (index, index - 1))
            point = card.keypoints[index].point
            if not spot or not before or spot.quoted or spot.line != before.line or not _leans(point, pack.language):
                continue
            joined = f"{card.keypoints[index - 1].point}, {point}"
            out.append(Problem(pack.path, spot.line, spot.column,
                               f"card '{card.id}': the keypoint '{point}' reads as the rest of "
                               f"'{card.keypoints[index - 1].point}': inside [ ] every comma starts a new keypoint, "
                               f"so a learner must make each alone; if \"{joined}\" is one point, quote it: "
                               f"[\"{joined}\"]", "warning"))
    return out
