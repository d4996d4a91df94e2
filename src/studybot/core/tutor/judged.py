"""A question of a thing's good or bad sides ("what was the advantage of italic type?", "what's the downside of a
centrifugal compressor?") asks for what the text says in its favour or against it, which it seldom calls so: "Italic
type was narrower than roman type, so more words fitted on a page", "A centrifugal compressor is simple and rugged but
makes a wide, fat engine". The noun of the judgement is a light word (`lexicon_tutor`); the passage that answers
judges by a contrast, a comparison or what the thing lets happen (`JUDGING`), not one that only says what the thing
is or who used it ("Whittle used a centrifugal compressor: an impeller flings the air outwards"). When no passage
that covers the question judges, the tutor declines. English only: a language without an entry asks nothing here."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from ..text import normalise

if TYPE_CHECKING:
    from .analysis import Question
    from .documents import Doc

__all__ = ["judgement_unsaid", "judgement_asked"]

# the nouns of a judgement asked for
ASKED = {"en": re.compile(r"\b(?:advantages?|disadvantages?|downsides?|upsides?|drawbacks?|shortcomings?|benefits?|"
                          r"weakness(?:es)?|strengths?|weak points?|strong points?)\b")}
# the words by which a sentence judges a thing: a contrast, a comparison, a result, what it allows or prevents
JUDGING = {"en": re.compile(r"\b(?:but|however|although|though|yet|whereas|than|so|thus|therefore|hence|because|too|"
                            r"only|cannot|could not|unable|allows?|allowed|allowing|enables?|enabled|enabling|lets?|"
                            r"letting|meant|means|easier|harder|cheaper|dearer|faster|slower|better|worse|lighter|"
                            r"heavier|simpler|safer|advantages?|disadvantages?|drawbacks?|benefits?)\b")}


def judgement_asked(q: Question, code: str) -> bool:
    """Does a question ask for a thing's good or bad sides (`ASKED`)?"""
    asked = ASKED.get(code)
    return asked is not None and asked.search(q.text) is not None


def judgement_unsaid(q: Question, doc: Doc, code: str) -> bool:
    """Does a passage leave unsaid the judgement a question asks for: it asks one, and the passage has no word that
    judges (`JUDGING`)?"""
    return judgement_asked(q, code) and not _judges(doc.text, code)


@lru_cache(maxsize=1 << 12)
def _judges(text: str, code: str) -> bool:
    judging = JUDGING.get(code)
    return judging is not None and judging.search(normalise(text)) is not None
