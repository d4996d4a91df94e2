"""Adverbs of doing a thing together or apart, per language: "together", "jointly", "вместе", "сообща" against
"apart", "separately", "порознь", "поодиночке". They are opposites only where one is said in place of the other, as
the word a claim turns on ("the guilds were stronger together": "the guilds were better apart"); beside each other
or elsewhere in a text they are no contradiction ("they met together, then left separately"), so the table is read
only in place of a point's word (`grading.partly_flips`), never among the lexicon's opposites. Two adverbs of one
side said in place of each other say the same ("inherited separately" for "inherited independently", "воевали
сообща" for "воевали вместе": `meaning`); "apart" and "alone" stay out of that ("apart from" excepts, "alone" is
also "only"). Only words any text on any subject uses."""

from __future__ import annotations

__all__ = ["joint_alike", "joint_opposites"]

_TOGETHER = {"en": frozenset("together jointly collectively".split()),
             "ru": frozenset("вместе сообща совместно заодно".split())}
# ("отдельности" only of "по отдельности")
_APART = {"en": frozenset("apart separately individually singly independently alone".split()),
          "ru": frozenset("порознь врозь поодиночке отдельно раздельно обособленно отдельности".split())}


def joint_opposites(code: str, a: str, b: str) -> bool:
    """Is one of two words (as written) an adverb of doing together and the other of doing apart?"""
    together, apart = _TOGETHER.get(code, frozenset()), _APART.get(code, frozenset())
    return a in together and b in apart or a in apart and b in together


def joint_alike(code: str, a: str, b: str) -> bool:
    """Are two other words (as written) adverbs of the same side, doing together or doing apart ("separately",
    "independently")?"""
    if a == b or a in _NOT_ALIKE or b in _NOT_ALIKE:
        return False
    together, apart = _TOGETHER.get(code, frozenset()), _APART.get(code, frozenset())
    return a in together and b in together or a in apart and b in apart


_NOT_ALIKE = frozenset(("apart", "alone", "отдельности"))
