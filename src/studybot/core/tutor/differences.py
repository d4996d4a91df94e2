"""A question of the difference between two things ("В чём разница между X и Y?", "Чем X отличается от Y?", "What is
the difference between X and Y?", "How does X differ from Y?"), which no one sentence of the notes answers: a text
that treats two things together says what each is, so the reply shows what it says each is, when it says both in one
section (its two definitions), or defines the one by the other ("X — Y, which ..."). Rules of how the difference of two
things is asked in English and Russian; no word of any text."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import Reply
    from .words import Words

__all__ = ["contrast_pair", "told_apart"]

_RU_DIFFER = r"(?:отличается|отличаются|отличался|отличалась|отличалось|отличались|различаются|различались)"
_ASKS = {
    "ru": (re.compile(r"^\W*(?:а |и )?в чем (?:разница|различие|отличие|различия|отличия)(?: между)? (?P<x>.+?) и "
                      r"(?P<y>.+?)\W*$"),
           re.compile(rf"^\W*(?:а |и )?чем (?P<x>.+?) {_RU_DIFFER} от (?P<y>.+?)\W*$"),
           re.compile(rf"^\W*(?:а |и )?чем {_RU_DIFFER} (?P<x>.+?) (?:от|и) (?P<y>.+?)\W*$")),
    "en": (re.compile(r"^\W*what(?:'s| is| was| are) the (?:main )?differences? between (?P<x>.+?) and (?P<y>.+?)\W*$"),
           re.compile(r"^\W*how (?:does|do|did) (?P<x>.+?) differ from (?P<y>.+?)\W*$"),
           re.compile(r"^\W*how (?:is|are|was|were) (?P<x>.+?) different from (?P<y>.+?)\W*$")),
}
_DEFINE = {"ru": "что такое {}", "en": "what is {}"}
# a respect the question adds after the second thing ("по составу", "in size"): not a word of the thing
_RESPECT = {"ru": re.compile(r"\s+(?:по|при|в|во|на|с|со|для)\s.*$"), "en": re.compile(r"\s+(?:in|by|for|at|on)\s.*$")}
_WORD = re.compile(r"[^\W_]+")


def contrast_pair(text: str, lang: str) -> tuple[str, str] | None:
    """The two things a question (normalised) asks the difference of, or None."""
    for pattern in _ASKS.get(lang, ()):
        if m := pattern.match(text):
            x, y = m["x"].strip(), _RESPECT[lang].sub("", m["y"]).strip()
            if x and y and len(_WORD.findall(x)) <= 4 and len(_WORD.findall(y)) <= 4:
                return x, y
    return None


def told_apart(pair: tuple[str, str], lang: str, ask: Callable[[str], Reply], words: Words) -> list[Reply]:
    """The replies telling what the text says each thing is, when the text tells them apart: both from one section,
    or one whose sentences name the other thing too (by its last word, the head of a Russian or English noun phrase,
    "обычного снега"); else none."""
    replies = [ask(_DEFINE[lang].format(thing)) for thing in pair]
    answered = [r for r in replies if r.kind == "answer" and not r.no_reason]
    if len(answered) == 2 and answered[0].section_id is not None and answered[0].section_id == answered[1].section_id:
        return answered
    for reply, other in zip(replies, reversed(pair), strict=True):
        head = _WORD.findall(other)[-1:]
        said = {words.stem(w) for s in reply.sentences for w in _WORD.findall(s.lower())}
        if reply in answered and head and words.stem(head[0]) in said:
            return [reply]
    return []
