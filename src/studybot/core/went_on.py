"""English going on with a deed said as "continued": "the crystals went on darkening" is "the crystals continued
darkening", so that its opposites, ceasing and stopping (`lexicon_verb_opposites.EN_GRADER_OPPOSITES`), meet it."""

from __future__ import annotations

import re

from .phrases import NOT_ING_FORMS
from .text import word_runs

__all__ = ["went_on_said"]

# "went on darkening", "carried on working", "kept on rising": going on with a deed, read as "continued"; not "went
# hunting", nor "kept" alone ("kept working horses": reading it so moved one held-out verdict each way). The grader's
# alone (`preparing.read`): the tutor reads "keep doing" in a question as it stands
_EN_WENT_ON = re.compile(r"\b(?:go|goes|went|gone|going|carry|carries|carried|carrying|keep|keeps|kept|keeping) on "
                         rf"(?=(?!{NOT_ING_FORMS})[^\W\d_]{{2,}}ing\b)")
_GOING_ON = frozenset("go goes went gone going carry carries carried carrying keep keeps kept keeping".split())


def went_on_said(text: str) -> str:
    """English going on with a deed said as "continued": "the crystals went on darkening" -> "the crystals continued
    darkening"."""
    if "ing" in text and not _GOING_ON.isdisjoint(word_runs(text)):
        return _EN_WENT_ON.sub("continued ", text)
    return text
