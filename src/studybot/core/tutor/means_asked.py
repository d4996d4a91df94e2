"""A "how did X raise the amount of Y?" question asks by what means, not for a figure.

"The amount of", "the number of", "the rate of" ask for a figure (`TutorWords.asks["numeric"]`) when the question
asks for one ("what was the number of deaths?"); a question in the form that asks how a thing is done ("how did",
"how can": `asks["manner"]`), whose figure noun is what its verb of change acts on ("How did the lab in Illinois boost
the amount of penicillin produced?", "how can a farmer cut the number of pests?"), asks how the change was made:
"by growing the mould in corn steep liquor" answers, a figure ("2.3 million doses") does not. A rule of the language
(the verb's direction, `Language.direction`: raise, boost, increase, cut, reduce ...), no word of a text; English only
(Russian asks a figure of "количество" only with "какое" / "сколько", never in the form of "как увеличили ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["amount_changed"]

_CHANGED = {  # a verb, then the figure noun it acts on
    "en": re.compile(r"\b([a-z]+) (?:the|its|their|his|her|our|this|that) (?:\w+ )?(?:amount|number|quantity|size|"
                     r"rate|level|volume|output|yield|supply|share|proportion|percentage|cost|price|speed|total)"
                     r" of\b"),
}


def amount_changed(text: str, code: str, direction: Callable[[str], int]) -> bool:
    """Does a question (normalised) say a verb of change acting on a figure noun ("boost the amount of")?"""
    pattern = _CHANGED.get(code)
    return pattern is not None and any(direction(m.group(1)) for m in pattern.finditer(text))
