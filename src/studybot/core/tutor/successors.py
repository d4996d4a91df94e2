"""Declining "who succeeded X?" when the reply tells of no succession.

"Who succeeded X as head?", "who replaced X?", "who took over from X?", "who was X's successor?", "кто сменил X?",
"кто стал преемником X?", "who became king after X?", "кто стал председателем после X?": the question asks for the one
who came after X, and a reply that names X and the post ("Its head was X, a banker ...") but tells of no change of
hands states the wrong person with a source. The reply's sentences must say a succession: its verb or noun
("succeeded", "successor", "replaced", "took over", "in his place", "followed by", "passed to", "сменил", "преемник",
"вместо", "на смену"), or someone becoming, named or elected to the post ("became", "was appointed", "стал",
"назначен", "избран"). Only "who" questions: "what took over from X?" is a thing, answered by the ranking as before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..text import normalise
from .analysis import Question
from .words import Words

__all__ = ["succession_unsaid"]

ASKED = {
    "en": re.compile(r"\b(?:succeed(?:ed|s)?|replac(?:ed|es|e)|successors?|took over from|take over from|takes over "
                     r"from|came after|followed|bec(?:ame|ome|omes)\b.*\bafter)\b"),
    "ru": re.compile(r"\b(?:смени\w*|замени\w*|преемник\w*|наследова\w*|пришёл на смену|пришел на смену|"
                     r"(?:стал|стала|стали|станет)\b.*\bпосле\b)"),
}
SAID = {
    "en": re.compile(r"\b(?:succe(?:ed|eded|eds|ssor|ssors|ssion)|replac\w*|took over|taken over|takes over|take over|"
                     r"in (?:his|her|their) place|in place of|followed by|passed to|became|become|becomes|"
                     r"was (?:appointed|elected|named|made)|were (?:appointed|elected))\b"),
    "ru": re.compile(r"\b(?:смени\w*|смена|смену|замени\w*|преемни\w*|наслед\w*|вместо|стал|стала|стали|"
                     r"назнач\w*|избра\w*|возглави\w*|занял\w*)\b"),
}


def succession_unsaid(q: Question, sentences: Iterable[str], words: Words) -> bool:
    """Does a "who succeeded X?" question get a reply whose sentences tell of no succession?"""
    code = words.lang.code
    if code not in ASKED or not q.wants.person or q.wants.yes_no or not ASKED[code].search(q.text):
        return False
    return not SAID[code].search(normalise(" ".join(sentences)))
