"""Keypoints no learner can make, and a keypoint cut in two by the commas of [ ]: `keypoints: [the gland makes a
substance, which controls sugar]` is two keypoints, the second no claim of its own. Said when a keypoint written
unquoted on the line of the one before opens as a part of a sentence does: a conjunction or relative word ("which",
"that", "который", "и"), or in Russian a participle ("регулирующее сахар"). A keypoint that its own words, written
by a learner, do not make (nor do any of its `accept` wordings) is made by no answer: said whatever the card's own
answer makes. Rules of the language, no word of any text."""

from __future__ import annotations

import re

from .example_checks import OPENERS, card_at
from .grading import Grader
from .packs import Pack, Problem
from .packs.traps import Positions

__all__ = ["split_keypoints", "unmade_keypoints"]

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


def unmade_keypoints(pack: Pack, grader: Grader, where: Positions | None = None) -> list[Problem]:
    """Warnings for keypoints that neither their own words nor any of their `accept` wordings make, written as a
    learner's whole answer: no learner can make them, whether or not the card's own answer is right by the others
    (a card whose own answer fails is also said by `validate.check_own_answers`, which cannot tell which point is
    the cause when the answer is the points' own words)."""
    out = []
    for card in pack.cards:
        if card.kind not in ("list", "explain"):
            continue
        for index, keypoint in enumerate(card.keypoints):
            if any(grader.grade(card, text).keypoints[index].covered for text in (keypoint.point, *keypoint.accept)):
                continue
            out.append(Problem(pack.path, *card_at(where, card, "keypoints", index),
                               f"card '{card.id}': the keypoint '{keypoint.point}', written by a learner word for "
                               "word, does not make itself, so no answer can make it; say it in other words, or give "
                               "the wording learners will write in its accept", "warning"))
    return out
